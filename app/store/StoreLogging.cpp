#include "StoreLogging.h"
Q_LOGGING_CATEGORY(lcStore, "psv.store", QtWarningMsg)
