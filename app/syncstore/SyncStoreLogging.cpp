#include "SyncStoreLogging.h"
Q_LOGGING_CATEGORY(lcSyncStore, "psv.syncstore", QtWarningMsg)
