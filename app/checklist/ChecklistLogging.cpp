#include "ChecklistLogging.h"
Q_LOGGING_CATEGORY(lcChecklist, "psv.checklist", QtWarningMsg)
