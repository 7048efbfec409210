#include "BundleExporter.h"

#include "BundleWriter.h"
#include "Database.h"
#include "EvidenceStore.h"
#include "IsoTime.h"
#include "RecordTables.h"
#include "Sql.h"
#include "SyncFields.h"
#include "SyncPeers.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace psv {

namespace {

QStringList sorted(const QSet<QString> &set)
{
    QStringList l(set.cbegin(), set.cend());
    std::sort(l.begin(), l.end());
    return l;
}

QString text(const QJsonObject &row, const char *column)
{
    const QJsonValue v = row.value(QLatin1String(column));
    return v.isString() ? v.toString() : QString();
}

QJsonArray array(const QList<QJsonObject> &rows)
{
    QJsonArray a;
    for (const QJsonObject &r : rows)
        a.append(r);
    return a;
}

} // namespace

Status BundleExporter::collectChanges(const ExportRequest &request, Plan &plan, QSet<QString> &inspections,
    QSet<QString> &orders, QSet<QString> &reviews, QSet<QString> &units, QSet<QString> &sites,
    QSet<QString> &officers) const
{
    QSqlDatabase db = m_db.sql();
    if (!request.inspectionNumbers.isEmpty()) {
        for (const QString &number : request.inspectionNumbers) {
            auto r = Sql::all<QString>(db, QStringLiteral("SELECT id FROM inspections WHERE number = ? OR id = ?"),
                {number.trimmed(), number.trimmed()}, [](const QSqlQuery &q) { return q.value(0).toString(); });
            if (!r)
                return r.error();
            if (r.value().isEmpty())
                return makeError(tr("There is no inspection numbered %1.").arg(number), number);
            for (const QString &id : r.value())
                inspections.insert(id);
        }
        return {};
    }
    auto peer = SyncPeers::get(db, request.peerId);
    if (!peer)
        return peer.error();
    const qint64 after = request.peerId.isEmpty() ? 0 : peer.value().lastAckedSeq;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status s = Sql::run(q,
            QStringLiteral("SELECT c.seq, c.hlc, c.entity_type, c.entity_id, e.inspection_id FROM change_log c "
                           "LEFT JOIN evidence e ON c.entity_type = 'evidence' AND e.id = c.entity_id "
                           "WHERE c.seq > ? ORDER BY c.seq"),
            {after});
        !s)
        return s;
    qint64 fromSeq = -1, toSeq = -1;
    QString fromHlc, toHlc;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        const QString hlc = q.value(1).toString();
        if (fromSeq < 0) {
            fromSeq = seq;
            fromHlc = hlc;
        }
        toSeq = seq;
        toHlc = std::max(toHlc, hlc);
        fromHlc = std::min(fromHlc, hlc);
        const QString type = q.value(2).toString(), id = q.value(3).toString();
        if (type == QLatin1String("unit"))
            units.insert(id);
        else if (type == QLatin1String("site"))
            sites.insert(id);
        else if (type == QLatin1String("officer"))
            officers.insert(id);
        else if (type == QLatin1String("inspection"))
            inspections.insert(id);
        else if (type == QLatin1String("item"))
            inspections.insert(id.section(u'/', 0, 0));
        else if (type == QLatin1String("evidence") && !q.value(4).isNull())
            inspections.insert(q.value(4).toString());
        else if (type == QLatin1String("order"))
            orders.insert(id);
        else if (type == QLatin1String("review"))
            reviews.insert(id);
    }
    if (fromSeq >= 0) {
        plan.header.changes.fromSeq = fromSeq;
        plan.header.changes.toSeq = toSeq;
        const HlcTimestamp f = SyncFields::fromStore(fromHlc), t = SyncFields::fromStore(toHlc);
        if (!f.isNull() && !t.isNull()) {
            plan.header.changes.fromHlc = f;
            plan.header.changes.toHlc = t;
        }
    }
    return {};
}

Result<BundleExporter::Plan> BundleExporter::plan(const ExportRequest &request, const Actor &actor) const
{
    QSqlDatabase db = m_db.sql();
    Plan plan;
    BundleManifest &h = plan.header;
    h.deviceId = m_db.deviceId();
    h.peerId = request.peerId;
    h.officer = {actor.officerId.isEmpty() ? actor.name : actor.officerId, actor.name, actor.policeNumber};
    h.createdAt = IsoTime::nowUtc();
    h.kind = QLatin1String(request.withMedia ? bundle::KindFull : bundle::KindMetadata);
    if (!request.peerId.isEmpty() && !HlcTimestamp::isValidDeviceId(request.peerId))
        return makeError(tr("The peer id must be 1 to 32 letters, digits, '_' or '-'."), request.peerId);
    if (request.peerId == m_db.deviceId())
        return makeError(
            tr("A bundle cannot be exported for this device itself (%1).").arg(request.peerId), request.peerId);

    QSet<QString> inspections, orders, reviews, units, sites, officers;
    if (Status s = collectChanges(request, plan, inspections, orders, reviews, units, sites, officers); !s)
        return s.error();

    // Orders and reviews bring their inspections; inspections bring their orders and reviews.
    auto ordersOf = [&](const QStringList &ids, const char *column) -> Result<QList<QJsonObject>> {
        return RecordTables::selectIn(db, RecordTables::orders(), QLatin1String(column), ids);
    };
    if (!orders.isEmpty()) {
        auto r = ordersOf(sorted(orders), "id");
        if (!r)
            return r.error();
        for (const QJsonObject &o : r.value())
            inspections.insert(text(o, "inspection_id"));
    }
    if (!reviews.isEmpty()) {
        auto r = RecordTables::selectIn(db, RecordTables::reviews(), QStringLiteral("id"), sorted(reviews));
        if (!r)
            return r.error();
        for (const QJsonObject &o : r.value())
            inspections.insert(text(o, "inspection_id"));
    }
    // An inspection's references: earlier versions, the order it re-inspects.
    QStringList pending = sorted(inspections);
    while (!pending.isEmpty()) {
        auto rows = RecordTables::selectIn(db, RecordTables::inspections(), QStringLiteral("id"), pending);
        if (!rows)
            return rows.error();
        pending.clear();
        for (const QJsonObject &r : rows.value()) {
            for (const char *ref : {"supersedes_id"}) {
                const QString id = text(r, ref);
                if (!id.isEmpty() && !inspections.contains(id)) {
                    inspections.insert(id);
                    pending << id;
                }
            }
            const QString order = text(r, "reinspection_of_order_id");
            if (!order.isEmpty()) {
                auto o = ordersOf({order}, "id");
                if (!o)
                    return o.error();
                for (const QJsonObject &row : o.value()) {
                    const QString id = text(row, "inspection_id");
                    if (!inspections.contains(id)) {
                        inspections.insert(id);
                        pending << id;
                    }
                }
            }
        }
    }
    const QStringList inspectionIds = sorted(inspections);
    auto inspectionRows = RecordTables::selectIn(db, RecordTables::inspections(), QStringLiteral("id"), inspectionIds);
    auto inspectors = RecordTables::selectIn(
        db, RecordTables::inspectionOfficers(), QStringLiteral("inspection_id"), inspectionIds);
    auto items
        = RecordTables::selectIn(db, RecordTables::itemResults(), QStringLiteral("inspection_id"), inspectionIds);
    auto evidence
        = RecordTables::selectIn(db, RecordTables::evidence(), QStringLiteral("inspection_id"), inspectionIds);
    auto links
        = RecordTables::selectIn(db, RecordTables::itemEvidence(), QStringLiteral("inspection_id"), inspectionIds);
    auto orderRows = ordersOf(inspectionIds, "inspection_id");
    auto reviewRows
        = RecordTables::selectIn(db, RecordTables::reviews(), QStringLiteral("inspection_id"), inspectionIds);
    for (const auto *r : {&inspectionRows, &inspectors, &items, &evidence, &links, &orderRows, &reviewRows})
        if (!*r)
            return r->error();

    QHash<QString, QList<QJsonObject>> byInspection[5];
    const QList<QJsonObject> *children[5]
        = {&inspectors.value(), &items.value(), &evidence.value(), &links.value(), &orderRows.value()};
    for (int i = 0; i < 5; ++i)
        for (const QJsonObject &row : *children[i])
            byInspection[i][text(row, "inspection_id")].append(row);
    QList<BundleRecord> records;
    for (const QJsonObject &row : inspectionRows.value()) {
        const QString id = text(row, "id");
        sites.insert(text(row, "site_id"));
        if (!text(row, "recorder_id").isEmpty())
            officers.insert(text(row, "recorder_id"));
        for (const QJsonObject &o : byInspection[0].value(id))
            officers.insert(text(o, "officer_id"));
        for (const QJsonObject &e : byInspection[2].value(id))
            plan.blobHashes << text(e, "sha256");
        QJsonObject data {{QStringLiteral("inspection"), row},
            {QStringLiteral("inspectors"), array(byInspection[0].value(id))},
            {QStringLiteral("items"), array(byInspection[1].value(id))},
            {QStringLiteral("evidence"), array(byInspection[2].value(id))},
            {QStringLiteral("links"), array(byInspection[3].value(id))},
            {QStringLiteral("orders"), array(byInspection[4].value(id))}};
        records << BundleRecord {QStringLiteral("inspection"), id, data, SyncFields::fromStore(text(row, "hlc")), {}};
        ++plan.inspections;
    }
    // Orders travel in their inspection; changed ones also alone, for their status.
    for (const QJsonObject &row : orderRows.value())
        if (orders.contains(text(row, "id")))
            records << BundleRecord {
                QStringLiteral("order"), text(row, "id"), row, SyncFields::fromStore(text(row, "hlc")), {}};
    for (const QJsonObject &row : reviewRows.value())
        records << BundleRecord {
            QStringLiteral("review"), text(row, "id"), row, SyncFields::fromStore(text(row, "hlc")), {}};

    // Sites bring their units.
    auto siteRows = RecordTables::selectIn(db, RecordTables::sites(), QStringLiteral("id"), sorted(sites));
    if (!siteRows)
        return siteRows.error();
    for (const QJsonObject &row : siteRows.value())
        units.insert(text(row, "unit_id"));
    auto unitRows = RecordTables::selectIn(db, RecordTables::units(), QStringLiteral("id"), sorted(units));
    auto officerRows = RecordTables::selectIn(db, RecordTables::officers(), QStringLiteral("id"), sorted(officers));
    if (!unitRows)
        return unitRows.error();
    if (!officerRows)
        return officerRows.error();
    const std::pair<const char *, const QList<QJsonObject> *> stamped[]
        = {{"unit", &unitRows.value()}, {"site", &siteRows.value()}, {"officer", &officerRows.value()}};
    for (const auto &[type, rows] : stamped) {
        for (const QJsonObject &row : *rows) {
            auto stamps = SyncFields::stampsOf(db, QLatin1String(type), text(row, "id"), row);
            if (!stamps)
                return stamps.error();
            records << BundleRecord {
                QLatin1String(type), text(row, "id"), row, SyncFields::fromStore(text(row, "hlc")), stamps.value()};
        }
    }

    auto peers = SyncPeers::list(db);
    if (!peers)
        return peers.error();
    QJsonArray acks;
    for (const SyncPeer &p : peers.value())
        if (p.lastReceivedSeq > 0)
            acks.append(QJsonObject {{QStringLiteral("device"), p.peerId}, {QStringLiteral("seq"), p.lastReceivedSeq}});
    if (!acks.isEmpty())
        records << BundleRecord {QStringLiteral("sync-ack"), m_db.deviceId(), {{QStringLiteral("acks"), acks}}, {}, {}};
    plan.records = records;
    plan.blobHashes.removeDuplicates();
    std::sort(plan.blobHashes.begin(), plan.blobHashes.end());
    return plan;
}

Result<BundleManifest> BundleExporter::exportTo(
    const QString &outPath, const ExportRequest &request, const Actor &actor, const BundleCallbacks &callbacks)
{
    auto p = plan(request, actor);
    if (!p)
        return p.error();
    BundleWriter writer(p.value().header);
    if (Status s = writer.addRecords(p.value().records); !s)
        return s.error();
    if (request.withMedia && !p.value().blobHashes.isEmpty()) {
        auto store = EvidenceStore::open(m_db.dataDir());
        if (!store)
            return store.error();
        for (const QString &sha : p.value().blobHashes) {
            if (!store.value().contains(sha))
                return makeError(
                    tr("The evidence file %1 is not in this computer's evidence store, so a bundle with media "
                       "cannot be made; export metadata only, or import the evidence again.")
                        .arg(sha),
                    store.value().pathFor(sha), 3);
            if (Status s = writer.addBlob(store.value().pathFor(sha), sha); !s)
                return s.error();
        }
    }
    return writer.write(outPath, callbacks);
}

} // namespace psv
