#include "WorkflowLogging.h"

Q_LOGGING_CATEGORY(lcWorkflow, "psv.workflow")
