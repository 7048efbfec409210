#include "ModelLogging.h"
Q_LOGGING_CATEGORY(lcModel, "psv.model", QtWarningMsg)
