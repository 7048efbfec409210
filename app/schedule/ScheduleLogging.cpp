#include "ScheduleLogging.h"
Q_LOGGING_CATEGORY(lcSchedule, "psv.schedule", QtWarningMsg)
