#include "ChangeLog.h"

#include "Database.h"
#include "Sql.h"
#include "StoreColumns.h"

#include <QSqlQuery>

namespace psv {

Status ChangeLog::insert(QSqlDatabase db, const QString &deviceId, const QString &hlc, const QString &entityType,
    const QString &entityId, const QString &op)
{
    QSqlQuery q(db);
    return Sql::run(q,
        QStringLiteral("INSERT INTO change_log (device_id, hlc, entity_type, entity_id, op) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {deviceId, hlc, entityType, entityId, op});
}

Result<QList<ChangeLog::Change>> ChangeLog::since(qint64 afterSeq, int limit) const
{
    QSqlQuery q(m_db.sql());
    if (Status s = Sql::run(q,
            QStringLiteral("SELECT %1 FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?")
                .arg(StoreColumns::joined(StoreColumns::changeLog())),
            {afterSeq, limit});
        !s)
        return s.error();
    QList<Change> out;
    while (q.next())
        out.append(Change {q.value(QStringLiteral("seq")).toLongLong(), q.value(QStringLiteral("device_id")).toString(),
            q.value(QStringLiteral("hlc")).toString(), q.value(QStringLiteral("entity_type")).toString(),
            q.value(QStringLiteral("entity_id")).toString(), q.value(QStringLiteral("op")).toString()});
    return out;
}

Result<qint64> ChangeLog::lastSeq() const
{
    QSqlQuery q(m_db.sql());
    if (Status s = Sql::run(q, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log")); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace psv
