#include "EvidenceOrigins.h"

#include "Database.h"
#include "Sql.h"

#include <QSqlQuery>

namespace psv {

Result<QHash<QString, QString>> EvidenceOrigins::fromOtherDevices(Database &db)
{
    // The device is the number's first part; a file also named by one of this device's own
    // inspections is this device's, wherever else it appears.
    auto rows = Sql::all<std::pair<QString, QString>>(db.sql(),
        QStringLiteral("SELECT e.sha256, substr(i.number, 1, instr(i.number, '-') - 1) AS device "
                       "FROM evidence e JOIN inspections i ON i.id = e.inspection_id "
                       "WHERE i.number NOT LIKE ? || '-%' AND e.sha256 NOT IN ("
                       "  SELECT e2.sha256 FROM evidence e2 JOIN inspections i2 ON i2.id = e2.inspection_id "
                       "  WHERE i2.number LIKE ? || '-%') "
                       "ORDER BY e.sha256"),
        {db.deviceId(), db.deviceId()}, [](const QSqlQuery &q) {
            return std::pair {
                q.value(QStringLiteral("sha256")).toString(), q.value(QStringLiteral("device")).toString()};
        });
    if (!rows)
        return rows.error();
    QHash<QString, QString> origins;
    for (const auto &[sha256, device] : rows.value())
        origins.insert(sha256, device);
    return origins;
}

} // namespace psv
