#include "RecordApplier.h"

#include "CanonicalJson.h"
#include "Database.h"
#include "FieldMerger.h"
#include "InspectionRepository.h"
#include "IsoTime.h"
#include "SealService.h"
#include "SealedInspectionRule.h"
#include "Sql.h"
#include "SyncFields.h"
#include "SyncPeers.h"
#include "WriteScope.h"

#include <QJsonArray>
#include <QSet>

namespace psv {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}

bool same(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isUndefined() || b.isUndefined())
        return a.isUndefined() && b.isUndefined();
    return CanonicalJson::serialize(a) == CanonicalJson::serialize(b);
}

QVariant jsonText(const QJsonValue &v)
{
    if (v.isUndefined())
        return Sql::null();
    return QString::fromUtf8(CanonicalJson::serialize(v));
}

} // namespace

RecordApplier::RecordApplier(WriteScope &scope, const BundleManifest &manifest, ImportSummary &summary)
    : m_scope(scope), m_manifest(manifest), m_summary(summary), m_peer(manifest.deviceId)
{
}

int RecordApplier::rank(const QString &type)
{
    static const QStringList order {QStringLiteral("sync-ack"), QStringLiteral("unit"), QStringLiteral("site"),
        QStringLiteral("officer"), QStringLiteral("inspection"), QStringLiteral("order"), QStringLiteral("review")};
    const qsizetype i = order.indexOf(type);
    return i < 0 ? int(order.size()) : int(i);
}

Status RecordApplier::prepare()
{
    auto peer = SyncPeers::get(m_scope.sql(), m_peer);
    if (!peer)
        return peer.error();
    m_received = SyncFields::fromStore(peer.value().lastReceivedHlc);
    auto hlc = SyncPeers::hlcOfSeq(m_scope.sql(), peer.value().lastAckedSeq);
    if (!hlc)
        return hlc.error();
    m_acked = SyncFields::fromStore(hlc.value());
    return {};
}

Status RecordApplier::apply(const BundleRecord &r)
{
    ++m_summary.records;
    if (r.type == QLatin1String("sync-ack"))
        return applyAck(r);
    if (r.type == QLatin1String("unit"))
        return applyStamped(r, RecordTables::units());
    if (r.type == QLatin1String("site"))
        return applyStamped(r, RecordTables::sites());
    if (r.type == QLatin1String("officer"))
        return applyStamped(r, RecordTables::officers());
    if (r.type == QLatin1String("inspection"))
        return applyInspection(r);
    if (r.type == QLatin1String("order"))
        return applyOrder(r);
    if (r.type == QLatin1String("review"))
        return applyReview(r);
    return makeError(tr("Unknown record type \"%1\".").arg(r.type), r.id);
}

bool RecordApplier::localChangedSince(const QString &localStoreHlc) const
{
    const HlcTimestamp l = SyncFields::fromStore(localStoreHlc);
    if (l.isNull() || l.deviceId == m_peer)
        return false;
    return m_acked.isNull() || l > m_acked;
}

Status RecordApplier::applyAck(const BundleRecord &r)
{
    for (const QJsonValue &v : r.data.value(QStringLiteral("acks")).toArray()) {
        const QJsonObject a = v.toObject();
        if (str(a, "device") != m_scope.deviceId())
            continue;
        const qint64 seq = qint64(a.value(QStringLiteral("seq")).toDouble());
        if (Status s = SyncPeers::noteAcked(m_scope.sql(), m_peer, seq, IsoTime::format(m_scope.now())); !s)
            return s;
    }
    auto peer = SyncPeers::get(m_scope.sql(), m_peer);
    if (!peer)
        return peer.error();
    auto hlc = SyncPeers::hlcOfSeq(m_scope.sql(), peer.value().lastAckedSeq);
    if (!hlc)
        return hlc.error();
    m_acked = SyncFields::fromStore(hlc.value());
    ++m_summary.unchanged;
    return {};
}

Status RecordApplier::conflict(const QString &kind, const QString &type, const QString &id, const QString &field,
    const QJsonValue &base, const QJsonValue &local, const QJsonValue &remote, const QString &localHlc,
    const QString &remoteHlc)
{
    QSqlQuery q(m_scope.sql());
    // The same disagreement is listed once while it is open.
    if (Status s = Sql::run(q,
            QStringLiteral("SELECT COUNT(*) FROM sync_conflicts WHERE status = 'open' AND kind = ? AND "
                           "entity_type = ? AND entity_id = ? AND field = ? AND remote IS ?"),
            {kind, type, id, field, jsonText(remote)});
        !s)
        return s;
    if (q.next() && q.value(0).toInt() > 0)
        return {};
    if (Status s = Sql::run(q,
            QStringLiteral("INSERT INTO sync_conflicts (kind, entity_type, entity_id, field, base, local, remote, "
                           "local_hlc, remote_hlc, peer_id, bundle_id, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {kind, type, id, field, jsonText(base), jsonText(local), jsonText(remote), localHlc, remoteHlc, m_peer,
                m_manifest.bundleId, IsoTime::format(m_scope.now())});
        !s)
        return s;
    ++m_summary.conflicts;
    return m_scope.audit(QStringLiteral("sync-conflict"), type, id,
        {{QStringLiteral("kind"), kind}, {QStringLiteral("field"), field}, {QStringLiteral("peer"), m_peer},
            {QStringLiteral("bundle"), m_manifest.bundleId}});
}

Status RecordApplier::applyStamped(const BundleRecord &r, const RecordTables::Table &table)
{
    QSqlDatabase db = m_scope.sql();
    auto rows = RecordTables::select(db, table, QStringLiteral("id = ?"), {r.id});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty()) {
        // A key another record here holds (USCC, police number): the same unit or person recorded
        // on two devices. Both records are kept (sealed inspections name their officers by id)
        // and the pair is listed for a person.
        const char *unique = r.type == QLatin1String("unit") ? "uscc"
            : r.type == QLatin1String("officer")             ? "police_number"
                                                             : nullptr;
        if (unique && !str(r.data, unique).isEmpty()) {
            QSqlQuery q(db);
            if (Status s = Sql::run(q,
                    QStringLiteral("SELECT id FROM %1 WHERE %2 = ?")
                        .arg(QLatin1String(table.name), QLatin1String(unique)),
                    {str(r.data, unique)});
                !s)
                return s;
            if (q.next()) {
                const QString localId = q.value(0).toString();
                q.finish();
                if (Status s = conflict(QStringLiteral("unique"), r.type, r.id, QLatin1String(unique),
                        QJsonValue(QJsonValue::Undefined), localId, r.data, {}, SyncFields::toStore(r.hlc));
                    !s)
                    return s;
            }
        }
        if (Status s = RecordTables::insert(db, table, r.data); !s)
            return s;
        if (Status s = SyncFields::save(db, r.type, r.id, r.data, r.stamps); !s)
            return s;
        ++m_summary.inserted;
        return m_scope.changed(r.type, r.id, QStringLiteral("insert"));
    }
    const QJsonObject localRow = rows.value().constFirst();
    auto localStamps = SyncFields::stampsOf(db, r.type, r.id, localRow);
    if (!localStamps)
        return localStamps.error();
    VersionedFields local {SyncFields::normalized(SyncFields::mergeable(localRow)), localStamps.value()};
    VersionedFields remote {SyncFields::normalized(SyncFields::mergeable(r.data)), r.stamps};
    VersionedFields base;
    QSet<QString> names;
    for (auto it = local.values.constBegin(); it != local.values.constEnd(); ++it)
        names.insert(it.key());
    for (auto it = remote.values.constBegin(); it != remote.values.constEnd(); ++it)
        names.insert(it.key());
    for (const QString &f : std::as_const(names)) {
        const QJsonValue lv = local.values.value(f), rv = remote.values.value(f);
        const HlcTimestamp ls = local.stamps.value(f), rs = remote.stamps.value(f);
        // Remote changed the field since this device last received from the peer; local changed
        // it since the peer last acknowledged this device's changes (and not by taking the peer's).
        const bool m = !same(lv, rv) && ls != rs && (rs.isNull() || m_received.isNull() || rs > m_received);
        const bool l = ls != rs && !ls.isNull() && ls.deviceId != m_peer && (m_acked.isNull() || ls > m_acked);
        if (!m) {
            if (!lv.isUndefined())
                base.values.insert(f, lv);
            if (!ls.isNull())
                base.stamps.insert(f, ls);
            if (lv.isUndefined())
                remote.values.remove(f);
            else
                remote.values.insert(f, lv);
            if (ls.isNull())
                remote.stamps.remove(f);
            else
                remote.stamps.insert(f, ls);
        } else if (!l) {
            if (!lv.isUndefined())
                base.values.insert(f, lv);
            if (!ls.isNull())
                base.stamps.insert(f, ls);
        }
    }
    const FieldMergeResult merged = FieldMerger::merge(base, local, remote);
    for (const FieldConflict &c : merged.conflicts)
        if (Status s = conflict(QStringLiteral("field"), r.type, r.id, c.field, c.base, c.local, c.remote,
                c.localStamp.toString(), c.remoteStamp.toString());
            !s)
            return s;
    if (!merged.localChanged) {
        ++m_summary.unchanged;
        return SyncFields::save(db, r.type, r.id, local.values, merged.stamps);
    }
    QJsonObject row = localRow;
    for (auto it = local.values.constBegin(); it != local.values.constEnd(); ++it)
        row.insert(it.key(), merged.merged.contains(it.key()) ? merged.merged.value(it.key()) : QJsonValue());
    for (auto it = merged.merged.constBegin(); it != merged.merged.constEnd(); ++it)
        row.insert(it.key(), it.value());
    row.insert(QStringLiteral("updated_at"), IsoTime::format(m_scope.now()));
    row.insert(QStringLiteral("hlc"), m_scope.hlc());
    if (Status s = RecordTables::update(db, table, row); !s)
        return s;
    if (Status s = SyncFields::save(db, r.type, r.id, merged.merged, merged.stamps); !s)
        return s;
    ++m_summary.updated;
    return m_scope.record(QStringLiteral("sync-merge"), r.type, r.id,
        {{QStringLiteral("fromRemote"), QJsonArray::fromStringList(merged.takenFromRemote)},
            {QStringLiteral("conflicts"), int(merged.conflicts.size())}, {QStringLiteral("peer"), m_peer}},
        QStringLiteral("update"));
}

Status RecordApplier::applyInspection(const BundleRecord &r)
{
    QSqlDatabase db = m_scope.sql();
    const QJsonObject row = r.data.value(QStringLiteral("inspection")).toObject();
    auto clash = Sql::first<QString>(db,
        QStringLiteral("SELECT id FROM inspections WHERE number = ? AND version = ? AND id <> ?"),
        {str(row, "number"), row.value(QStringLiteral("version")).toInteger(), r.id},
        [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!clash)
        return clash.error();
    if (clash.value())
        return conflict(QStringLiteral("number"), QStringLiteral("inspection"), r.id, QStringLiteral("number"),
            QJsonValue(QJsonValue::Undefined), *clash.value(), r.data, {}, str(row, "hlc"));
    auto local = RecordTables::select(db, RecordTables::inspections(), QStringLiteral("id = ?"), {r.id});
    if (!local)
        return local.error();
    std::optional<QString> localSeal;
    QString localHlc;
    if (!local.value().isEmpty()) {
        localSeal = str(local.value().constFirst(), "seal_hash");
        localHlc = str(local.value().constFirst(), "hlc");
    }
    const QString remoteSeal = str(row, "seal_hash");
    const bool changedHere = localSeal && localChangedSince(localHlc);
    switch (SealedInspectionRule::decide(localSeal, remoteSeal, changedHere)) {
    case SealedInspectionRule::Decision::Insert:
        ++m_summary.inserted;
        return insertInspection(r.data);
    case SealedInspectionRule::Decision::Identical:
        ++m_summary.unchanged;
        return {};
    case SealedInspectionRule::Decision::AdoptSealed:
        if (Status s = deleteInspection(r.id); !s)
            return s;
        ++m_summary.updated;
        return insertInspection(r.data);
    case SealedInspectionRule::Decision::KeepBoth:
        ++m_summary.unchanged;
        return conflict(QStringLiteral("sealed"), QStringLiteral("inspection"), r.id, QStringLiteral("seal_hash"),
            QJsonValue(QJsonValue::Undefined), *localSeal, r.data, localHlc, str(row, "hlc"));
    case SealedInspectionRule::Decision::MergeFields:
        break;
    }
    // Two drafts: the newer one wins when only one side changed; both changed → listed.
    const QString remoteHlc = str(row, "hlc");
    const bool remoteChanged = m_received.isNull() || SyncFields::fromStore(remoteHlc) > m_received;
    if (remoteHlc == localHlc || !remoteChanged) {
        ++m_summary.unchanged;
        return {};
    }
    if (changedHere) {
        ++m_summary.unchanged;
        return conflict(QStringLiteral("draft"), QStringLiteral("inspection"), r.id, {},
            QJsonValue(QJsonValue::Undefined), local.value().constFirst(), r.data, localHlc, remoteHlc);
    }
    if (Status s = deleteInspection(r.id); !s)
        return s;
    ++m_summary.updated;
    return insertInspection(r.data);
}

Status RecordApplier::deleteInspection(const QString &id)
{
    QSqlQuery q(m_scope.sql());
    for (const char *table :
        {"item_evidence", "item_results", "inspection_officers", "evidence", "orders", "review_decisions"}) {
        if (Status s
            = Sql::run(q, QStringLiteral("DELETE FROM %1 WHERE inspection_id = ?").arg(QLatin1String(table)), {id});
            !s)
            return s;
    }
    return Sql::run(q, QStringLiteral("DELETE FROM inspections WHERE id = ?"), {id});
}

Status RecordApplier::insertInspection(const QJsonObject &data)
{
    QSqlDatabase db = m_scope.sql();
    QJsonObject row = data.value(QStringLiteral("inspection")).toObject();
    const QString id = str(row, "id");
    const QString seal = str(row, "seal_hash");
    QString status = str(row, "status");
    if (!seal.isEmpty() && status == QLatin1String("sealed"))
        status = QStringLiteral("submitted"); // it has left the officer's laptop for review
    // Children first, the seal last: sealed inspections accept no new rows.
    row.insert(QStringLiteral("seal_hash"), QJsonValue());
    row.insert(QStringLiteral("status"), seal.isEmpty() ? status : QStringLiteral("completed"));
    if (Status s = RecordTables::insert(db, RecordTables::inspections(), row); !s)
        return s;
    const std::pair<const char *, const RecordTables::Table *> children[]
        = {{"inspectors", &RecordTables::inspectionOfficers()}, {"items", &RecordTables::itemResults()},
            {"evidence", &RecordTables::evidence()}, {"links", &RecordTables::itemEvidence()},
            {"orders", &RecordTables::orders()}};
    for (const auto &[member, table] : children)
        for (const QJsonValue &v : data.value(QLatin1String(member)).toArray())
            if (Status s = RecordTables::insert(db, *table, v.toObject()); !s)
                return s;
    if (!seal.isEmpty()) {
        QSqlQuery q(db);
        if (Status s = Sql::run(
                q, QStringLiteral("UPDATE inspections SET seal_hash = ?, status = ? WHERE id = ?"), {seal, status, id});
            !s)
            return s;
        auto inspection = InspectionRepository(m_scope.database()).get(id);
        if (!inspection)
            return inspection.error();
        auto payload = SealService(m_scope.database()).payload(inspection.value());
        if (!payload)
            return payload.error();
        if (SealService::hashOf(payload.value()) != seal)
            return makeError(tr("The sealed inspection %1 (version %2) in the bundle does not match its seal: its "
                                "content was changed after sealing. The bundle is refused.")
                                 .arg(str(row, "number"))
                                 .arg(row.value(QStringLiteral("version")).toInteger()),
                id);
    }
    return m_scope.record(QStringLiteral("sync-import"), QStringLiteral("inspection"), id,
        {{QStringLiteral("number"), str(row, "number")}, {QStringLiteral("seal_hash"), seal},
            {QStringLiteral("peer"), m_peer}},
        QStringLiteral("insert"));
}

Status RecordApplier::applyOrder(const BundleRecord &r)
{
    QSqlDatabase db = m_scope.sql();
    auto local = RecordTables::select(db, RecordTables::orders(), QStringLiteral("id = ?"), {r.id});
    if (!local)
        return local.error();
    if (local.value().isEmpty()) {
        // Orders travel inside their inspection; one arriving alone belongs to an inspection
        // that was not applied (a conflict), so it waits with it.
        ++m_summary.unchanged;
        return {};
    }
    const QJsonObject mine = local.value().constFirst();
    if (SyncFields::fromStore(str(r.data, "hlc")) <= SyncFields::fromStore(str(mine, "hlc")) || same(mine, r.data)) {
        ++m_summary.unchanged;
        return {};
    }
    // What may change after sealing: the status and the re-inspection that followed.
    if (Status s = RecordTables::update(db, RecordTables::orders(), r.data,
            {QStringLiteral("status"), QStringLiteral("reinspection_id"), QStringLiteral("updated_at"),
                QStringLiteral("hlc")});
        !s)
        return s;
    ++m_summary.updated;
    return m_scope.record(QStringLiteral("sync-merge"), QStringLiteral("order"), r.id,
        {{QStringLiteral("status"), str(r.data, "status")}, {QStringLiteral("peer"), m_peer}},
        QStringLiteral("update"));
}

Status RecordApplier::applyReview(const BundleRecord &r)
{
    QSqlDatabase db = m_scope.sql();
    auto existing = RecordTables::select(db, RecordTables::reviews(), QStringLiteral("id = ?"), {r.id});
    if (!existing)
        return existing.error();
    if (!existing.value().isEmpty()) {
        ++m_summary.unchanged;
        return {};
    }
    const QString inspectionId = str(r.data, "inspection_id");
    auto seal = Sql::first<QString>(db, QStringLiteral("SELECT COALESCE(seal_hash, '') FROM inspections WHERE id = ?"),
        {inspectionId}, [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!seal)
        return seal.error();
    if (!seal.value() || *seal.value() != str(r.data, "seal_hash")) {
        ++m_summary.unchanged;
        return conflict(QStringLiteral("review"), QStringLiteral("review"), r.id, QStringLiteral("seal_hash"),
            QJsonValue(QJsonValue::Undefined), seal.value() ? QJsonValue(*seal.value()) : QJsonValue(), r.data, {},
            str(r.data, "hlc"));
    }
    if (Status s = RecordTables::insert(db, RecordTables::reviews(), r.data); !s)
        return s;
    // The latest decision sets the status.
    QSqlQuery q(db);
    if (Status s = Sql::run(q,
            QStringLiteral("UPDATE inspections SET status = ?, updated_at = ?, hlc = ? WHERE id = ? AND NOT EXISTS "
                           "(SELECT 1 FROM review_decisions WHERE inspection_id = ? AND decided_at > ?)"),
            {str(r.data, "decision"), IsoTime::format(m_scope.now()), m_scope.hlc(), inspectionId, inspectionId,
                str(r.data, "decided_at")});
        !s)
        return s;
    ++m_summary.reviews;
    ++m_summary.inserted;
    return m_scope.record(QStringLiteral("sync-review"), QStringLiteral("review"), r.id,
        {{QStringLiteral("inspection"), inspectionId}, {QStringLiteral("decision"), str(r.data, "decision")},
            {QStringLiteral("peer"), m_peer}},
        QStringLiteral("insert"));
}

} // namespace psv
