#include "CalendarLogging.h"
Q_LOGGING_CATEGORY(lcCalendar, "psv.calendar", QtWarningMsg)
