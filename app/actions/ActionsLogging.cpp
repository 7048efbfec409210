#include "ActionsLogging.h"

Q_LOGGING_CATEGORY(lcActions, "psv.actions")
