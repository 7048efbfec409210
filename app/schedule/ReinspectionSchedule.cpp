#include "ReinspectionSchedule.h"

#include "InspectionRepository.h"
#include "OrderRepository.h"
#include "SiteRepository.h"
#include "UnitRepository.h"

#include <QHash>

#include <algorithm>

namespace psv {

void ReinspectionSchedule::classify(ScheduleEntry &e, const QDate &today, int soonDays, const WorkCalendar &calendar)
{
    const QDate due = e.order.reinspectionDue;
    e.workingDays = calendar.workingDaysBetween(today, due);
    e.provisional = false;
    const QDate first = std::min(today, due);
    const QDate last = std::max(today, due);
    for (int y = first.year(); y <= last.year(); ++y)
        if (!calendar.hasYear(y))
            e.provisional = true;
    const bool closed = e.order.status == OrderStatus::Corrected || e.order.status == OrderStatus::Escalated;
    if (closed || e.reinspectionSealed)
        e.group = ScheduleEntry::Group::Done;
    else if (due < today)
        e.group = ScheduleEntry::Group::Overdue;
    else if (due == today)
        e.group = ScheduleEntry::Group::DueToday;
    else if (e.workingDays <= soonDays)
        e.group = ScheduleEntry::Group::DueSoon;
    else
        e.group = ScheduleEntry::Group::Later;
}

Result<QList<ScheduleEntry>> ReinspectionSchedule::build(const QDate &today, int soonDays) const
{
    OrderFilter filter;
    filter.limit = 1000000;
    auto orders = OrderRepository(m_db).list(filter);
    if (!orders)
        return orders.error();
    InspectionRepository inspections(m_db);
    SiteRepository sites(m_db);
    UnitRepository units(m_db);
    QHash<QString, Inspection> inspectionCache;
    QHash<QString, Site> siteCache;
    QHash<QString, QString> unitNames;
    auto inspection = [&](const QString &id) -> Result<Inspection> {
        if (auto it = inspectionCache.constFind(id); it != inspectionCache.constEnd())
            return *it;
        auto r = inspections.get(id);
        if (r)
            inspectionCache.insert(id, r.value());
        return r;
    };

    QList<ScheduleEntry> out;
    for (const Order &o : orders.value()) {
        if (!o.reinspectionDue.isValid())
            continue;
        ScheduleEntry e;
        e.order = o;
        auto origin = inspection(o.inspectionId);
        if (!origin)
            return origin.error();
        e.inspectionNumber = origin.value().number;
        e.kind = origin.value().kind;
        e.siteId = origin.value().siteId;
        if (!siteCache.contains(e.siteId)) {
            auto s = sites.get(e.siteId);
            if (!s)
                return s.error();
            siteCache.insert(e.siteId, s.value());
        }
        const Site &site = siteCache[e.siteId];
        e.siteName = site.name;
        e.siteAddress = site.address;
        if (!unitNames.contains(site.unitId)) {
            auto u = units.get(site.unitId);
            if (!u)
                return u.error();
            unitNames.insert(site.unitId, u.value().name);
        }
        e.unitName = unitNames.value(site.unitId);
        if (!o.reinspectionId.isEmpty()) {
            auto re = inspection(o.reinspectionId);
            if (!re)
                return re.error();
            e.reinspectionNumber = re.value().number;
            e.reinspectionSealed = re.value().isSealed();
        }
        classify(e, today, soonDays, m_calendar);
        out << e;
    }
    std::stable_sort(out.begin(), out.end(), [](const ScheduleEntry &a, const ScheduleEntry &b) {
        if (a.group != b.group)
            return int(a.group) < int(b.group);
        return a.order.reinspectionDue < b.order.reinspectionDue;
    });
    return out;
}

} // namespace psv
