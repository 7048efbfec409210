#include "CoreLogging.h"
Q_LOGGING_CATEGORY(lcCore, "psv.core", QtWarningMsg)
