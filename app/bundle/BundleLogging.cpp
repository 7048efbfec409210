#include "BundleLogging.h"
Q_LOGGING_CATEGORY(lcBundle, "psv.bundle", QtWarningMsg)
