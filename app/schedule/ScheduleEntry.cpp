#include "ScheduleEntry.h"

#include "IsoTime.h"

#include <QCoreApplication>

namespace psv {

QString ScheduleEntry::groupCode(Group group)
{
    switch (group) {
    case Group::Overdue:
        return QStringLiteral("overdue");
    case Group::DueToday:
        return QStringLiteral("due-today");
    case Group::DueSoon:
        return QStringLiteral("due-soon");
    case Group::Later:
        return QStringLiteral("later");
    case Group::Done:
        return QStringLiteral("done");
    }
    return {};
}

QString ScheduleEntry::groupTitle(Group group, int soonDays)
{
    switch (group) {
    case Group::Overdue:
        return QCoreApplication::translate("ScheduleEntry", "Overdue");
    case Group::DueToday:
        return QCoreApplication::translate("ScheduleEntry", "Due today");
    case Group::DueSoon:
        return QCoreApplication::translate("ScheduleEntry", "Due in the next %n working day(s)", nullptr, soonDays);
    case Group::Later:
        return QCoreApplication::translate("ScheduleEntry", "Due later");
    case Group::Done:
        return QCoreApplication::translate("ScheduleEntry", "Done");
    }
    return {};
}

QString ScheduleEntry::workingDaysText() const
{
    QString text;
    if (group == Group::Done)
        text = QCoreApplication::translate("ScheduleEntry", "closed");
    else if (group == Group::DueToday)
        text = QCoreApplication::translate("ScheduleEntry", "due today");
    else if (group == Group::Overdue && workingDays == 0) // due before a run of days off still running
        text = QCoreApplication::translate("ScheduleEntry", "overdue since %1")
                   .arg(order.reinspectionDue.toString(Qt::ISODate));
    else if (group == Group::Overdue)
        text = QCoreApplication::translate("ScheduleEntry", "overdue by %n working day(s)", nullptr, -workingDays);
    else
        text = QCoreApplication::translate("ScheduleEntry", "%n working day(s) left", nullptr, workingDays);
    if (provisional && group != Group::Done)
        text += QCoreApplication::translate("ScheduleEntry", " (provisional)");
    return text;
}

QJsonObject ScheduleEntry::toJson() const
{
    return {{QStringLiteral("order_id"), order.id}, {QStringLiteral("order_kind"), toCode(order.kind)},
        {QStringLiteral("order_status"), toCode(order.status)},
        {QStringLiteral("issued_on"), IsoTime::json(order.issuedOn)},
        {QStringLiteral("deadline"), IsoTime::json(order.deadline)},
        {QStringLiteral("reinspection_due"), IsoTime::json(order.reinspectionDue)},
        {QStringLiteral("due_basis"), order.dueBasis}, {QStringLiteral("inspection_number"), inspectionNumber},
        {QStringLiteral("inspection_kind"), toCode(kind)}, {QStringLiteral("site_id"), siteId},
        {QStringLiteral("site_name"), siteName}, {QStringLiteral("unit_name"), unitName},
        {QStringLiteral("reinspection_id"), order.reinspectionId},
        {QStringLiteral("reinspection_number"), reinspectionNumber},
        {QStringLiteral("reinspection_sealed"), reinspectionSealed}, {QStringLiteral("group"), groupCode(group)},
        {QStringLiteral("working_days"), workingDays}, {QStringLiteral("provisional"), provisional}};
}

} // namespace psv
