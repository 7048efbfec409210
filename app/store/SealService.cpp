#include "SealService.h"

#include "AuditLog.h"
#include "CanonicalJson.h"
#include "Database.h"
#include "EvidenceRepository.h"
#include "InspectionRepository.h"
#include "ItemResultRepository.h"
#include "OfficerRepository.h"
#include "OrderRepository.h"
#include "Sha256.h"
#include "SiteRepository.h"
#include "Sql.h"
#include "UnitRepository.h"
#include "Uuid.h"
#include "WriteScope.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>

namespace psv {

QJsonObject SealService::Check::toJson() const
{
    return {{QStringLiteral("inspection_id"), inspectionId}, {QStringLiteral("number"), number},
        {QStringLiteral("version"), version}, {QStringLiteral("intact"), intact()},
        {QStringLiteral("stored_hash"), storedHash}, {QStringLiteral("computed_hash"), computedHash},
        {QStringLiteral("audited_hash"), auditedHash}, {QStringLiteral("problem"), problem},
        {QStringLiteral("message"), message}};
}

QString SealService::hashOf(const QJsonObject &payload)
{
    return Sha256::hex(CanonicalJson::serialize(payload));
}

Result<QJsonObject> SealService::payload(const Inspection &inspection) const
{
    auto items = ItemResultRepository(m_db).list(inspection.id);
    if (!items)
        return items.error();
    QJsonArray itemArray;
    for (const ItemResult &r : items.value()) {
        QJsonObject o = r.toJson();
        o.remove(QStringLiteral("updated_at"));
        itemArray.append(o);
    }
    OrderFilter filter;
    filter.inspectionId = inspection.id;
    filter.limit = 100000;
    auto orders = OrderRepository(m_db).list(filter);
    if (!orders)
        return orders.error();
    QList<Order> sorted = orders.value();
    std::sort(sorted.begin(), sorted.end(), [](const Order &a, const Order &b) { return a.id < b.id; });
    QJsonArray orderArray;
    for (const Order &o : std::as_const(sorted))
        orderArray.append(o.sealContent());
    auto hashes = EvidenceRepository(m_db).sealedHashes(inspection.id);
    if (!hashes)
        return hashes.error();
    return QJsonObject {{QStringLiteral("format"), format()}, {QStringLiteral("inspection"), inspection.sealContent()},
        {QStringLiteral("items"), itemArray}, {QStringLiteral("orders"), orderArray},
        {QStringLiteral("evidence"), QJsonArray::fromStringList(hashes.value())}};
}

Result<QJsonObject> SealService::snapshot(const Inspection &inspection) const
{
    auto site = SiteRepository(m_db).get(inspection.siteId);
    if (!site)
        return site.error();
    auto unit = UnitRepository(m_db).get(site.value().unitId);
    if (!unit)
        return unit.error();
    OfficerRepository officers(m_db);
    QJsonArray inspectors;
    for (const QString &id : inspection.inspectorIds) {
        auto o = officers.get(id);
        if (!o)
            return o.error();
        QJsonObject j = o.value().toJson();
        for (const char *k : {"created_at", "updated_at", "hlc", "has_secret", "active"})
            j.remove(QLatin1String(k));
        inspectors.append(j);
    }
    QJsonObject s = site.value().toJson();
    QJsonObject u = unit.value().toJson();
    for (const char *k : {"created_at", "updated_at", "hlc"}) {
        s.remove(QLatin1String(k));
        u.remove(QLatin1String(k));
    }
    return QJsonObject {
        {QStringLiteral("site"), s}, {QStringLiteral("unit"), u}, {QStringLiteral("inspectors"), inspectors}};
}

Result<Inspection> SealService::seal(const QString &inspectionId, const Actor &actor, const BeforeSeal &beforeSeal)
{
    InspectionRepository inspections(m_db);
    auto editable = inspections.editable(inspectionId);
    if (!editable)
        return editable.error();
    Inspection i = editable.value();
    auto snap = snapshot(i);
    if (!snap)
        return snap.error();
    const Status s = m_db.write(actor, [&](WriteScope &w) {
        if (beforeSeal)
            if (Status st = beforeSeal(w, i); !st)
                return st;
        i.snapshot = snap.value();
        if (!i.endedAt.isValid())
            i.endedAt = std::max(w.now(), i.startedAt);
        i.sealedAt = w.now();
        i.sealedBy = actor.display();
        auto p = payload(i);
        if (!p)
            return Status(p.error());
        i.sealHash = hashOf(p.value());
        i.status = InspectionStatus::Sealed;
        i.updatedAt = w.now();
        i.hlc = w.hlc();
        QSqlQuery q(w.sql());
        if (Status st = Sql::run(q,
                QStringLiteral("UPDATE inspections SET ended_at = ?, snapshot = ?, sealed_at = ?, "
                               "sealed_by = ?, seal_hash = ?, status = 'sealed', updated_at = ?, "
                               "hlc = ? WHERE id = ? AND seal_hash IS NULL"),
                {Sql::time(i.endedAt), Sql::json(i.snapshot), Sql::time(i.sealedAt), i.sealedBy, i.sealHash,
                    Sql::time(i.updatedAt), i.hlc, i.id});
            !st)
            return st;
        if (Sql::changes(w.sql()) != 1)
            return Status(makeError(QStringLiteral("the inspection was sealed concurrently"), i.number, 3));
        return w.record(QStringLiteral("seal"), QStringLiteral("inspection"), i.id,
            {{QStringLiteral("number"), i.number}, {QStringLiteral("version"), i.version},
                {QStringLiteral("seal_hash"), i.sealHash}},
            QStringLiteral("update"));
    });
    if (!s)
        return s.error();
    return i;
}

Result<SealService::Check> SealService::verify(const QString &inspectionId, const QString &expectedHash) const
{
    auto r = InspectionRepository(m_db).get(inspectionId);
    if (!r)
        return r.error();
    const Inspection &i = r.value();
    if (!i.isSealed())
        return makeError(QCoreApplication::translate("SealService",
                             "Inspection %1 (version %2) is not sealed, so there is no seal to "
                             "verify.")
                             .arg(i.number)
                             .arg(i.version),
            i.number);
    Check c;
    c.inspectionId = i.id;
    c.number = i.number;
    c.version = i.version;
    c.storedHash = i.sealHash;
    auto p = payload(i);
    if (!p)
        return p.error();
    c.computedHash = hashOf(p.value());
    AuditLog::Filter f;
    f.entityType = QStringLiteral("inspection");
    f.entityId = i.id;
    f.limit = 1000;
    auto entries = AuditLog(m_db).list(f);
    if (!entries)
        return entries.error();
    for (const AuditEntry &e : entries.value())
        if (e.action == QLatin1String("seal"))
            c.auditedHash = e.details.value(QStringLiteral("seal_hash")).toString();
    if (c.computedHash != c.storedHash) {
        c.problem = QStringLiteral("content");
        c.message = QCoreApplication::translate("SealService",
            "Inspection %1 (version %2) was changed after it was sealed: its data "
            "now hash to %3, the seal is %4.")
                        .arg(i.number)
                        .arg(i.version)
                        .arg(c.computedHash.left(16), c.storedHash.left(16));
    } else if (!c.auditedHash.isEmpty() && c.auditedHash != c.storedHash) {
        c.problem = QStringLiteral("audit");
        c.message = QCoreApplication::translate("SealService",
            "The seal of inspection %1 (version %2) is not the one the audit log "
            "recorded when it was sealed (%3).")
                        .arg(i.number)
                        .arg(i.version)
                        .arg(c.auditedHash.left(16));
    } else if (!expectedHash.isEmpty() && expectedHash.trimmed().toLower() != c.storedHash) {
        c.problem = QStringLiteral("expected");
        c.message = QCoreApplication::translate("SealService",
            "The seal hash given, %1, is not the seal of inspection %2 (version "
            "%3), which is %4.")
                        .arg(expectedHash.trimmed().left(16), i.number)
                        .arg(i.version)
                        .arg(c.storedHash.left(16));
    }
    return c;
}

Result<Inspection> SealService::correct(const QString &sealedId, const QString &reason, const Actor &actor)
{
    InspectionRepository inspections(m_db);
    auto r = inspections.get(sealedId);
    if (!r)
        return r.error();
    const Inspection &sealed = r.value();
    if (!sealed.isSealed())
        return makeError(QCoreApplication::translate("SealService",
                             "Inspection %1 (version %2) is not sealed; change it directly "
                             "instead of making a correction.")
                             .arg(sealed.number)
                             .arg(sealed.version),
            sealed.number);
    if (reason.trimmed().isEmpty())
        return makeError(
            QCoreApplication::translate("SealService", "A correction of a sealed inspection must state its reason."),
            QStringLiteral("reason"));
    auto latest = inspections.byNumber(sealed.number);
    if (!latest)
        return latest.error();
    if (latest.value().version != sealed.version)
        return makeError(QCoreApplication::translate(
                             "SealService", "Inspection %1 already has version %2; correct the latest version.")
                             .arg(sealed.number)
                             .arg(latest.value().version),
            sealed.number);
    auto items = ItemResultRepository(m_db).list(sealed.id);
    if (!items)
        return items.error();
    Inspection c = sealed;
    c.id = Uuid::create();
    c.version = sealed.version + 1;
    c.supersedesId = sealed.id;
    c.correctionReason = reason.trimmed();
    c.status = InspectionStatus::Draft;
    c.snapshot = {};
    c.sealHash.clear();
    c.sealedAt = {};
    c.sealedBy.clear();
    const Status s = m_db.write(actor, [&](WriteScope &w) {
        c.createdAt = c.updatedAt = w.now();
        c.hlc = w.hlc();
        if (Status st = InspectionRepository::insertRow(w, c); !st)
            return st;
        QSqlQuery q(w.sql());
        if (Status st = Sql::run(q,
                QStringLiteral("INSERT INTO item_results (inspection_id, item_key, status, observation, "
                               "observations, updated_at) SELECT ?, item_key, status, observation, "
                               "observations, updated_at FROM item_results WHERE inspection_id = ?"),
                {c.id, sealed.id});
            !st)
            return st;
        if (Status st = Sql::run(q,
                QStringLiteral("INSERT INTO item_evidence (inspection_id, item_key, position, "
                               "evidence_id, start_ms, end_ms, note) SELECT ?, item_key, position, "
                               "evidence_id, start_ms, end_ms, note FROM item_evidence "
                               "WHERE inspection_id = ?"),
                {c.id, sealed.id});
            !st)
            return st;
        return w.record(QStringLiteral("correct"), QStringLiteral("inspection"), c.id,
            {{QStringLiteral("number"), c.number}, {QStringLiteral("version"), c.version},
                {QStringLiteral("supersedes_id"), sealed.id}, {QStringLiteral("supersedes_seal"), sealed.sealHash},
                {QStringLiteral("reason"), c.correctionReason}},
            QStringLiteral("insert"));
    });
    if (!s)
        return s.error();
    return c;
}

} // namespace psv
