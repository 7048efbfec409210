#include "SyncConflicts.h"

#include "Database.h"
#include "IsoTime.h"
#include "RecordTables.h"
#include "Sql.h"
#include "SyncFields.h"
#include "WriteScope.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace psv {

namespace {

QJsonValue parsed(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument d = QJsonDocument::fromJson("[" + v.toString().toUtf8() + "]");
    return d.isArray() && d.array().size() == 1 ? d.array().at(0) : QJsonValue(v.toString());
}

SyncConflict fromRow(const QSqlQuery &q)
{
    SyncConflict c;
    c.id = q.value(0).toLongLong();
    c.kind = q.value(1).toString();
    c.entityType = q.value(2).toString();
    c.entityId = q.value(3).toString();
    c.field = q.value(4).toString();
    c.base = parsed(q.value(5));
    c.local = parsed(q.value(6));
    c.remote = parsed(q.value(7));
    c.localHlc = q.value(8).toString();
    c.remoteHlc = q.value(9).toString();
    c.peerId = q.value(10).toString();
    c.bundleId = q.value(11).toString();
    c.createdAt = q.value(12).toString();
    c.status = q.value(13).toString();
    c.resolution = q.value(14).toString();
    c.settledBy = q.value(15).toString();
    return c;
}

const char *kSelect = "SELECT id, kind, entity_type, entity_id, field, base, local, remote, local_hlc, remote_hlc, "
                      "peer_id, bundle_id, created_at, status, resolution, settled_by FROM sync_conflicts";

const RecordTables::Table *tableOf(const QString &type)
{
    if (type == QLatin1String("unit"))
        return &RecordTables::units();
    if (type == QLatin1String("site"))
        return &RecordTables::sites();
    if (type == QLatin1String("officer"))
        return &RecordTables::officers();
    return nullptr;
}

} // namespace

QJsonObject SyncConflict::toJson() const
{
    QJsonObject o {{QStringLiteral("id"), id}, {QStringLiteral("kind"), kind},
        {QStringLiteral("entity_type"), entityType}, {QStringLiteral("entity_id"), entityId},
        {QStringLiteral("field"), field}, {QStringLiteral("local"), local}, {QStringLiteral("remote"), remote},
        {QStringLiteral("local_hlc"), localHlc}, {QStringLiteral("remote_hlc"), remoteHlc},
        {QStringLiteral("peer"), peerId}, {QStringLiteral("bundle"), bundleId},
        {QStringLiteral("created_at"), createdAt}, {QStringLiteral("status"), status},
        {QStringLiteral("resolution"), resolution}, {QStringLiteral("settled_by"), settledBy}};
    if (!base.isUndefined())
        o.insert(QStringLiteral("base"), base);
    return o;
}

Result<QList<SyncConflict>> SyncConflicts::list(bool openOnly) const
{
    return Sql::all<SyncConflict>(m_db.sql(),
        QLatin1String(kSelect) + (openOnly ? QStringLiteral(" WHERE status = 'open'") : QString())
            + QStringLiteral(" ORDER BY id"),
        {}, fromRow);
}

Result<SyncConflict> SyncConflicts::get(qint64 id) const
{
    auto r
        = Sql::first<SyncConflict>(m_db.sql(), QLatin1String(kSelect) + QStringLiteral(" WHERE id = ?"), {id}, fromRow);
    if (!r)
        return r.error();
    if (!r.value())
        return makeError(tr("There is no sync conflict %1.").arg(id), QString::number(id));
    return *r.value();
}

Result<SyncConflict> SyncConflicts::settle(qint64 id, const QString &keep, const Actor &actor)
{
    auto c = get(id);
    if (!c)
        return c.error();
    const SyncConflict conflict = c.value();
    if (conflict.status != QLatin1String("open"))
        return makeError(
            tr("Sync conflict %1 is already settled (%2).").arg(id).arg(conflict.resolution), QString::number(id));
    const RecordTables::Table *table = conflict.kind == QLatin1String("field") ? tableOf(conflict.entityType) : nullptr;
    if (!table && keep != QLatin1String("local"))
        return makeError(tr("A conflict of kind \"%1\" is settled by keeping the local version (--keep local); the "
                            "other version stays recorded with the conflict. A sealed inspection is never replaced.")
                             .arg(conflict.kind),
            QString::number(id));
    QJsonValue value;
    if (keep == QLatin1String("local"))
        value = conflict.local;
    else if (keep == QLatin1String("remote"))
        value = conflict.remote;
    else
        value = parsed(keep);
    Status s = m_db.write(actor, [&](WriteScope &w) -> Status {
        if (table) {
            auto rows = RecordTables::select(w.sql(), *table, QStringLiteral("id = ?"), {conflict.entityId});
            if (!rows)
                return rows.error();
            if (rows.value().isEmpty())
                return makeError(tr("The record of this conflict no longer exists."), conflict.entityId);
            QJsonObject row = rows.value().constFirst();
            auto stamps = SyncFields::stampsOf(w.sql(), conflict.entityType, conflict.entityId, row);
            if (!stamps)
                return stamps.error();
            row.insert(conflict.field, value);
            row.insert(QStringLiteral("updated_at"), IsoTime::format(w.now()));
            row.insert(QStringLiteral("hlc"), w.hlc());
            if (Status st = RecordTables::update(
                    w.sql(), *table, row, {conflict.field, QStringLiteral("updated_at"), QStringLiteral("hlc")});
                !st)
                return st;
            FieldStamps merged = stamps.value();
            merged.insert(conflict.field, SyncFields::fromStore(w.hlc()));
            if (Status st = SyncFields::save(w.sql(), conflict.entityType, conflict.entityId, row, merged); !st)
                return st;
            if (Status st = w.record(QStringLiteral("sync-settle"), conflict.entityType, conflict.entityId,
                    {{QStringLiteral("conflict"), id}, {QStringLiteral("field"), conflict.field},
                        {QStringLiteral("value"), value}},
                    QStringLiteral("update"));
                !st)
                return st;
        } else if (Status st = w.audit(QStringLiteral("sync-settle"), conflict.entityType, conflict.entityId,
                       {{QStringLiteral("conflict"), id}, {QStringLiteral("keep"), keep}});
            !st) {
            return st;
        }
        QSqlQuery q(w.sql());
        return Sql::run(q,
            QStringLiteral("UPDATE sync_conflicts SET status = 'settled', resolution = ?, settled_by = ?, "
                           "settled_at = ? WHERE id = ?"),
            {keep == QLatin1String("local") || keep == QLatin1String("remote") ? keep : QStringLiteral("value"),
                actor.display(), IsoTime::format(w.now()), id});
    });
    if (!s)
        return s.error();
    return get(id);
}

} // namespace psv
