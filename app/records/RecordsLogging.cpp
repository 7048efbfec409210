#include "RecordsLogging.h"
Q_LOGGING_CATEGORY(lcRecords, "psv.records", QtWarningMsg)
