#include "SyncLogging.h"
Q_LOGGING_CATEGORY(lcSync, "psv.sync", QtWarningMsg)
