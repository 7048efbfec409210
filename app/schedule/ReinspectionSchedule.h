// The re-inspection schedule (规定 Art. 15): every order with a re-inspection date, classified on a
// given day as overdue, due today, due within the next N working days, later, or done (the order is
// closed, or its re-inspection is sealed), with the working days left counted on the official calendar.
#pragma once

#include "Result.h"
#include "ScheduleEntry.h"
#include "WorkCalendar.h"

#include <QDate>
#include <QList>

namespace psv {

class Database;

class ReinspectionSchedule
{
public:
    static constexpr int kDefaultSoonDays = 3;

    ReinspectionSchedule(Database &db, const WorkCalendar &calendar) : m_db(db), m_calendar(calendar) { }

    // All orders with a re-inspection date, most urgent first (overdue, due today, soon, later, done;
    // by due date within a group).
    Result<QList<ScheduleEntry>> build(const QDate &today, int soonDays = kDefaultSoonDays) const;

    // The group and working days of one order on `today` (the rules, without the store).
    static void classify(ScheduleEntry &entry, const QDate &today, int soonDays, const WorkCalendar &calendar);

private:
    Database &m_db;
    const WorkCalendar &m_calendar;
};

} // namespace psv
