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
            QStringLiteral("SELECT c.seq, c.hlc, c.entity_type, c.entity_id, e.inspection_id AS evidence_inspection_id "
                           "FROM change_log c "
                           "LEFT JOIN evidence e ON c.entity_type = 'evidence' AND e.id = c.entity_id "
                           "WHERE c.seq > ? ORDER BY c.seq"),
            {after});
        !s)
        return s;
    qint64 fromSeq = -1, toSeq = -1;
    QString fromHlc, toHlc;
    while (q.next()) {
        const qint64 seq = q.value(QStringLiteral("seq")).toLongLong();
        const QString hlc = q.value(QStringLiteral("hlc")).toString();
        if (fromSeq < 0) {
            fromSeq = seq;
            fromHlc = hlc;
        }
        toSeq = seq;
        toHlc = std::max(toHlc, hlc);
        fromHlc = std::min(fromHlc, hlc);
        const QString type = q.value(QStringLiteral("entity_type")).toString();
        const QString id = q.value(QStringLiteral("entity_id")).toString();
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
        else if (type == QLatin1String("evidence") && !q.value(QStringLiteral("evidence_inspection_id")).isNull())
            inspections.insert(q.value(QStringLiteral("evidence_inspection_id")).toString());
        else if (type == QLatin1String("order"))
            orders.insert(id);
        else if (type == QLatin1String("review"))
            reviews.insert(id);
    }
    if (fromSeq >= 0) {
        plan.header.changes.fromSeq = fromSeq;
        plan.header.changes.toSeq = toSeq;
        const HlcTimestamp f = HlcTimestamp::parseOrNull(fromHlc), t = HlcTimestamp::parseOrNull(toHlc);
        if (!f.isNull() && !t.isNull()) {
            plan.header.changes.fromHlc = f;
            plan.header.changes.toHlc = t;
        }
    }
    return {};
}

Result<BundleManifest> BundleExporter::header(const ExportRequest &request, const Actor &actor) const
{
    BundleManifest h;
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
    return h;
}

Result<BundleExporter::Plan> BundleExporter::plan(const ExportRequest &request, const Actor &actor) const
{
    auto h = header(request, actor);
    if (!h)
        return h.error();
    Plan plan;
    plan.header = h.value();
    Selection sel;
    if (Status s
        = collectChanges(request, plan, sel.inspections, sel.orders, sel.reviews, sel.units, sel.sites, sel.officers);
        !s)
        return s.error();
    if (Status s = addReferencedInspections(sel); !s)
        return s.error();
    if (Status s = addInspectionRecords(sel, plan); !s)
        return s.error();
    if (Status s = addStampedRecords(sel, plan); !s)
        return s.error();
    if (Status s = addSyncAck(plan); !s)
        return s.error();
    plan.blobHashes.removeDuplicates();
    std::sort(plan.blobHashes.begin(), plan.blobHashes.end());
    return plan;
}

Status BundleExporter::addReferencedInspections(Selection &selection) const
{
    QSqlDatabase db = m_db.sql();
    QSet<QString> &inspections = selection.inspections;
    // Orders and reviews bring their inspections.
    const std::pair<const RecordTables::Table &, const QSet<QString> &> owned[]
        = {{RecordTables::orders(), selection.orders}, {RecordTables::reviews(), selection.reviews}};
    for (const auto &[table, ids] : owned) {
        if (ids.isEmpty())
            continue;
        auto r = RecordTables::selectIn(db, table, QStringLiteral("id"), sorted(ids));
        if (!r)
            return r.error();
        for (const QJsonObject &o : r.value())
            inspections.insert(text(o, "inspection_id"));
    }
    // An inspection's references: earlier versions, the order it re-inspects.
    auto follow = [&](const QString &id, QStringList &pending) {
        if (!id.isEmpty() && !inspections.contains(id)) {
            inspections.insert(id);
            pending << id;
        }
    };
    QStringList pending = sorted(inspections);
    while (!pending.isEmpty()) {
        auto rows = RecordTables::selectIn(db, RecordTables::inspections(), QStringLiteral("id"), pending);
        if (!rows)
            return rows.error();
        pending.clear();
        for (const QJsonObject &r : rows.value()) {
            follow(text(r, "supersedes_id"), pending);
            const QString order = text(r, "reinspection_of_order_id");
            if (order.isEmpty())
                continue;
            auto o = RecordTables::selectIn(db, RecordTables::orders(), QStringLiteral("id"), {order});
            if (!o)
                return o.error();
            for (const QJsonObject &row : o.value())
                follow(text(row, "inspection_id"), pending);
        }
    }
    return {};
}

// One record per inspection with its inspectors, items, evidence, links and orders; changed orders
// also alone (for their status), and the inspections' reviews. Adds the sites and officers they refer to.
Status BundleExporter::addInspectionRecords(Selection &selection, Plan &plan) const
{
    QSqlDatabase db = m_db.sql();
    const QStringList inspectionIds = sorted(selection.inspections);
    auto byInspection = [&](const RecordTables::Table &table) {
        return RecordTables::selectIn(db, table, QStringLiteral("inspection_id"), inspectionIds);
    };
    auto inspectionRows = RecordTables::selectIn(db, RecordTables::inspections(), QStringLiteral("id"), inspectionIds);
    auto inspectors = byInspection(RecordTables::inspectionOfficers());
    auto items = byInspection(RecordTables::itemResults());
    auto evidence = byInspection(RecordTables::evidence());
    auto links = byInspection(RecordTables::itemEvidence());
    auto orderRows = byInspection(RecordTables::orders());
    auto reviewRows = byInspection(RecordTables::reviews());
    for (const auto *r : {&inspectionRows, &inspectors, &items, &evidence, &links, &orderRows, &reviewRows})
        if (!*r)
            return r->error();

    enum Child { Inspectors, Items, Evidence, Links, Orders, ChildCount };
    QHash<QString, QList<QJsonObject>> children[ChildCount];
    const QList<QJsonObject> *childRows[ChildCount]
        = {&inspectors.value(), &items.value(), &evidence.value(), &links.value(), &orderRows.value()};
    for (int i = 0; i < ChildCount; ++i)
        for (const QJsonObject &row : *childRows[i])
            children[i][text(row, "inspection_id")].append(row);
    for (const QJsonObject &row : inspectionRows.value()) {
        const QString id = text(row, "id");
        selection.sites.insert(text(row, "site_id"));
        if (!text(row, "recorder_id").isEmpty())
            selection.officers.insert(text(row, "recorder_id"));
        for (const QJsonObject &o : children[Inspectors].value(id))
            selection.officers.insert(text(o, "officer_id"));
        for (const QJsonObject &e : children[Evidence].value(id))
            plan.blobHashes << text(e, "sha256");
        QJsonObject data {{QStringLiteral("inspection"), row},
            {QStringLiteral("inspectors"), array(children[Inspectors].value(id))},
            {QStringLiteral("items"), array(children[Items].value(id))},
            {QStringLiteral("evidence"), array(children[Evidence].value(id))},
            {QStringLiteral("links"), array(children[Links].value(id))},
            {QStringLiteral("orders"), array(children[Orders].value(id))}};
        plan.records << BundleRecord {
            QStringLiteral("inspection"), id, data, HlcTimestamp::parseOrNull(text(row, "hlc")), {}};
        ++plan.inspections;
    }
    for (const QJsonObject &row : orderRows.value())
        if (selection.orders.contains(text(row, "id")))
            plan.records << BundleRecord {
                QStringLiteral("order"), text(row, "id"), row, HlcTimestamp::parseOrNull(text(row, "hlc")), {}};
    for (const QJsonObject &row : reviewRows.value())
        plan.records << BundleRecord {
            QStringLiteral("review"), text(row, "id"), row, HlcTimestamp::parseOrNull(text(row, "hlc")), {}};
    return {};
}

// Units, sites and officers with their per-field stamps; sites bring their units.
Status BundleExporter::addStampedRecords(Selection &selection, Plan &plan) const
{
    QSqlDatabase db = m_db.sql();
    auto siteRows = RecordTables::selectIn(db, RecordTables::sites(), QStringLiteral("id"), sorted(selection.sites));
    if (!siteRows)
        return siteRows.error();
    for (const QJsonObject &row : siteRows.value())
        selection.units.insert(text(row, "unit_id"));
    auto unitRows = RecordTables::selectIn(db, RecordTables::units(), QStringLiteral("id"), sorted(selection.units));
    auto officerRows
        = RecordTables::selectIn(db, RecordTables::officers(), QStringLiteral("id"), sorted(selection.officers));
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
            plan.records << BundleRecord {
                QLatin1String(type), text(row, "id"), row, HlcTimestamp::parseOrNull(text(row, "hlc")), stamps.value()};
        }
    }
    return {};
}

// What this device has applied from each peer, so that they can stop sending it.
Status BundleExporter::addSyncAck(Plan &plan) const
{
    auto peers = SyncPeers::list(m_db.sql());
    if (!peers)
        return peers.error();
    QJsonArray acks;
    for (const SyncPeer &p : peers.value())
        if (p.lastReceivedSeq > 0)
            acks.append(QJsonObject {{QStringLiteral("device"), p.peerId}, {QStringLiteral("seq"), p.lastReceivedSeq}});
    if (!acks.isEmpty())
        plan.records << BundleRecord {
            QStringLiteral("sync-ack"), m_db.deviceId(), {{QStringLiteral("acks"), acks}}, {}, {}};
    return {};
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
