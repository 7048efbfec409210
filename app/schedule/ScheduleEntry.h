// One order's re-inspection (规定 Art. 15) as the schedule shows it: the order, where and what was
// inspected, which group it falls in on a given day, and how many working days remain (or are over).
#pragma once

#include "Codes.h"
#include "Order.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace psv {

struct ScheduleEntry
{
    // The order the view lists them in: what needs attention first.
    enum class Group { Overdue, DueToday, DueSoon, Later, Done };

    Order order;
    QString inspectionNumber; // the inspection that issued the order
    InspectionKind kind = InspectionKind::General;
    QString siteId;
    QString siteName;
    QString siteAddress;
    QString unitName;
    QString reinspectionNumber; // empty until a re-inspection is started
    bool reinspectionSealed = false;
    Group group = Group::Later;
    // Working days from `today` to the due date: > 0 still to come, 0 due today, < 0 overdue by that many
    // (0 as well when overdue but no working day has passed since, e.g. during a holiday).
    int workingDays = 0;
    // A day between today and the due date lies in a year without an official calendar.
    bool provisional = false;

    bool isOpen() const { return group != Group::Done; }
    // "overdue", "due-today", "due-soon", "later", "done"
    static QString groupCode(Group group);
    // Translated group title.
    static QString groupTitle(Group group, int soonDays);
    // Translated: "3 working days left", "due today", "overdue by 2 working days" (+ provisional mark).
    QString workingDaysText() const;
    QJsonObject toJson() const;
};

} // namespace psv
