#include "ScheduleExporter.h"

#include "AuditLog.h"
#include "Database.h"
#include "IsoTime.h"
#include "ReinspectionSchedule.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace psv {

namespace {
QString place(const ScheduleEntry &e)
{
    return e.unitName.isEmpty() ? e.siteName : QStringLiteral("%1 — %2").arg(e.unitName, e.siteName);
}

QString description(const ScheduleEntry &e)
{
    QStringList lines;
    lines << QCoreApplication::translate("ScheduleExporter", "Order: %1, issued %2 after inspection %3")
                 .arg(displayName(e.order.kind), IsoTime::format(e.order.issuedOn), e.inspectionNumber);
    if (e.order.deadline.isValid())
        lines << QCoreApplication::translate("ScheduleExporter", "Correction deadline: %1")
                     .arg(IsoTime::format(e.order.deadline));
    lines << QCoreApplication::translate("ScheduleExporter", "Re-inspection due: %1")
                 .arg(IsoTime::format(e.order.reinspectionDue));
    if (!e.order.dueBasis.isEmpty())
        lines << QCoreApplication::translate("ScheduleExporter", "Basis: %1").arg(e.order.dueBasis);
    if (e.provisional)
        lines << QCoreApplication::translate(
            "ScheduleExporter", "Provisional: a year without an official calendar was counted on weekends only.");
    return lines.join(u'\n');
}
} // namespace

QList<IcsEvent> ScheduleExporter::events(const QList<ScheduleEntry> &entries)
{
    QList<IcsEvent> out;
    for (const ScheduleEntry &e : entries) {
        if (!e.isOpen())
            continue;
        IcsEvent re;
        re.uid = QStringLiteral("reinspection-%1@psv-inspector").arg(e.order.id);
        re.summary = QCoreApplication::translate("ScheduleExporter", "Re-inspection (复查) due: %1").arg(place(e));
        re.description = description(e);
        re.date = e.order.reinspectionDue;
        re.location = e.siteAddress;
        out << re;
        if (e.order.deadline.isValid()) {
            IcsEvent dl = re;
            dl.uid = QStringLiteral("deadline-%1@psv-inspector").arg(e.order.id);
            dl.summary = QCoreApplication::translate("ScheduleExporter", "Correction deadline (责令限期改正): %1")
                             .arg(place(e));
            dl.date = e.order.deadline;
            out << dl;
        }
    }
    return out;
}

Result<int> ScheduleExporter::exportTo(Database &db, const WorkCalendar &calendar, const QString &path,
    const QDate &today, const Actor &actor, const QDateTime &stamp)
{
    auto entries = ReinspectionSchedule(db, calendar).build(today);
    if (!entries)
        return entries.error();
    const QList<IcsEvent> list = events(entries.value());
    if (Status s = IcsWriter::write(path, list, stamp); !s)
        return s.error();
    const QJsonObject details {{QStringLiteral("path"), QFileInfo(path).absoluteFilePath()},
        {QStringLiteral("format"), QStringLiteral("text/calendar")}, {QStringLiteral("events"), int(list.size())},
        {QStringLiteral("today"), IsoTime::json(today)}};
    if (Status s = AuditLog(db).record(
            actor, QStringLiteral("export"), QStringLiteral("schedule"), QStringLiteral("reinspections"), details);
        !s)
        return s.error();
    return int(list.size());
}

} // namespace psv
