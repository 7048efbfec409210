#include "SiteActivityQuery.h"

#include "Database.h"
#include "Sql.h"

#include <QSqlQuery>

namespace psv {

Result<QHash<QString, SiteActivity>> SiteActivityQuery::all() const
{
    QSqlQuery q(m_db.sql());
    const Status s = Sql::run(q,
        QStringLiteral("SELECT i.site_id, MAX(i.started_at) AS last_started_at, "
                       "COUNT(DISTINCT i.number) AS inspections, "
                       "(SELECT COUNT(*) FROM orders o JOIN inspections j ON o.inspection_id = j.id "
                       " WHERE j.site_id = i.site_id AND o.status IN ('open', 'overdue')) AS open_orders "
                       "FROM inspections i GROUP BY i.site_id"));
    if (!s)
        return s.error();
    QHash<QString, SiteActivity> out;
    while (q.next()) {
        SiteActivity a;
        a.lastInspection = Sql::toTime(q.value(QStringLiteral("last_started_at")));
        a.inspections = q.value(QStringLiteral("inspections")).toInt();
        a.openOrders = q.value(QStringLiteral("open_orders")).toInt();
        out.insert(q.value(QStringLiteral("site_id")).toString(), a);
    }
    return out;
}

} // namespace psv
