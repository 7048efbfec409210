#include "UiLogging.h"
Q_LOGGING_CATEGORY(lcUi, "psv.ui", QtWarningMsg)
