#include "SyncFields.h"

#include "CanonicalJson.h"
#include "Hlc.h"
#include "Sql.h"

#include <QJsonDocument>

namespace psv {

QJsonObject SyncFields::normalized(const QJsonObject &o)
{
    return QJsonDocument::fromJson(CanonicalJson::serialize(o)).object();
}

QJsonObject SyncFields::mergeable(const QJsonObject &row)
{
    QJsonObject o;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it)
        if (isMergeable(it.key()))
            o.insert(it.key(), it.value());
    return o;
}

bool SyncFields::isMergeable(const QString &column)
{
    return column != QLatin1String("id") && column != QLatin1String("created_at")
        && column != QLatin1String("updated_at") && column != QLatin1String("hlc");
}

HlcTimestamp SyncFields::fromStore(const QString &storeHlc)
{
    const Hlc h = Hlc::parse(storeHlc);
    if (h.isNull() || !HlcTimestamp::isValidDeviceId(h.device) || h.ms > HlcTimestamp::MaxWallMs
        || h.counter > HlcTimestamp::MaxCounter)
        return {};
    return HlcTimestamp {h.ms, h.counter, h.device};
}

QString SyncFields::toStore(const HlcTimestamp &stamp)
{
    if (stamp.isNull())
        return {};
    return Hlc {stamp.wallMs, stamp.counter, stamp.deviceId}.toString();
}

Result<FieldStamps> SyncFields::stampsOf(
    QSqlDatabase db, const QString &entityType, const QString &entityId, const QJsonObject &row)
{
    QSqlQuery q(db);
    if (Status s = Sql::run(q,
            QStringLiteral("SELECT snapshot, stamps FROM sync_fields WHERE entity_type = ? AND entity_id = ?"),
            {entityType, entityId});
        !s)
        return s.error();
    QJsonObject snapshot, stored;
    if (q.next()) {
        snapshot = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        stored = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    }
    const HlcTimestamp rowStamp = fromStore(row.value(QStringLiteral("hlc")).toString());
    FieldStamps out;
    const QJsonObject values = mergeable(row);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const auto known = HlcTimestamp::parse(stored.value(it.key()).toString());
        if (snapshot.contains(it.key())
            && CanonicalJson::serialize(snapshot.value(it.key())) == CanonicalJson::serialize(it.value()) && known)
            out.insert(it.key(), *known);
        else if (!rowStamp.isNull())
            out.insert(it.key(), rowStamp);
    }
    return out;
}

Status SyncFields::save(QSqlDatabase db, const QString &entityType, const QString &entityId, const QJsonObject &values,
    const FieldStamps &stamps)
{
    QJsonObject s;
    for (auto it = stamps.constBegin(); it != stamps.constEnd(); ++it)
        s.insert(it.key(), it.value().toString());
    QSqlQuery q(db);
    return Sql::run(q,
        QStringLiteral("INSERT OR REPLACE INTO sync_fields (entity_type, entity_id, snapshot, stamps) "
                       "VALUES (?, ?, ?, ?)"),
        {entityType, entityId, QString::fromUtf8(CanonicalJson::serialize(mergeable(values))),
            QString::fromUtf8(CanonicalJson::serialize(s))});
}

} // namespace psv
