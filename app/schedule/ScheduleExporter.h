// The open re-inspections (and the correction deadlines of 责令限期改正 orders) as an iCalendar file
// (RFC 5545, through IcsWriter) for an officer's calendar; written atomically and audited.
#pragma once

#include "Actor.h"
#include "IcsWriter.h"
#include "Result.h"
#include "ScheduleEntry.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace psv {

class Database;
class WorkCalendar;

class ScheduleExporter
{
public:
    // One all-day event per open re-inspection ("reinspection-<order id>@psv-inspector") and one per
    // correction deadline still to come or passed while the order is open ("deadline-<order id>@…").
    static QList<IcsEvent> events(const QList<ScheduleEntry> &entries);

    // Builds the schedule on `today`, writes OUT atomically and appends an "export" audit entry.
    // Returns the number of events written.
    static Result<int> exportTo(Database &db, const WorkCalendar &calendar, const QString &path, const QDate &today,
        const Actor &actor, const QDateTime &stamp = {});
};

} // namespace psv
