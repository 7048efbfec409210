#include "EvidenceRepository.h"

#include "Database.h"
#include "InspectionRepository.h"
#include "IsoTime.h"
#include "ItemResultRepository.h"
#include "Sql.h"
#include "StoreColumns.h"
#include "Uuid.h"
#include "WriteScope.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace psv {

namespace {
QString columnList()
{
    static const QString list = StoreColumns::joined(StoreColumns::evidence());
    return list;
}

Evidence fromRow(const QSqlQuery &q)
{
    Evidence e;
    e.id = q.value(QStringLiteral("id")).toString();
    e.inspectionId = Sql::text(q.value(QStringLiteral("inspection_id")));
    e.sha256 = q.value(QStringLiteral("sha256")).toString();
    e.size = q.value(QStringLiteral("size")).toLongLong();
    e.originalName = q.value(QStringLiteral("original_name")).toString();
    e.originalPath = q.value(QStringLiteral("original_path")).toString();
    e.deviceNumber = q.value(QStringLiteral("device_number")).toString();
    e.capturedAt = Sql::toTime(q.value(QStringLiteral("captured_at")));
    e.captureTimeSource = q.value(QStringLiteral("capture_time_source")).toString();
    e.importedAt = Sql::toTime(q.value(QStringLiteral("imported_at")));
    e.importedBy = q.value(QStringLiteral("imported_by")).toString();
    e.mediaType = q.value(QStringLiteral("media_type")).toString();
    e.durationMs = Sql::toInt64(q.value(QStringLiteral("duration_ms")));
    e.width = q.value(QStringLiteral("width")).toInt();
    e.height = q.value(QStringLiteral("height")).toInt();
    e.codec = q.value(QStringLiteral("codec")).toString();
    e.flags = Sql::toStringList(q.value(QStringLiteral("flags")));
    e.storePath = q.value(QStringLiteral("store_path")).toString();
    e.createdAt = Sql::toTime(q.value(QStringLiteral("created_at")));
    e.hlc = q.value(QStringLiteral("hlc")).toString();
    return e;
}
} // namespace

Result<Evidence> EvidenceRepository::add(const Evidence &input, const Actor &actor)
{
    auto v = input.validated();
    if (!v)
        return v.error();
    Evidence e = v.value();
    QString number;
    if (!e.inspectionId.isEmpty()) {
        auto inspection = InspectionRepository(m_db).editable(e.inspectionId);
        if (!inspection)
            return inspection.error();
        number = inspection.value().number;
    }
    e.id = Uuid::create();
    const Status s = m_db.write(actor, [&](WriteScope &w) {
        e.createdAt = w.now();
        if (!e.importedAt.isValid())
            e.importedAt = w.now();
        if (e.importedBy.isEmpty())
            e.importedBy = actor.isOfficer() ? actor.officerId : actor.name;
        e.hlc = w.hlc();
        QSqlQuery q(w.sql());
        const QString marks = QStringLiteral("?, ").repeated(19) + u'?';
        if (Status st = Sql::run(q, QStringLiteral("INSERT INTO evidence (%1) VALUES (%2)").arg(columnList(), marks),
                {e.id, Sql::orNull(e.inspectionId), e.sha256, e.size, e.originalName, e.originalPath, e.deviceNumber,
                    Sql::time(e.capturedAt), e.captureTimeSource, Sql::time(e.importedAt), e.importedBy, e.mediaType,
                    Sql::integer(e.durationMs), e.width, e.height, e.codec, Sql::json(e.flags), e.storePath,
                    Sql::time(e.createdAt), e.hlc});
            !st)
            return st;
        QJsonObject details = e.toJson();
        details.insert(QStringLiteral("number"), number);
        return w.record(QStringLiteral("import"), QStringLiteral("evidence"), e.id, details, QStringLiteral("insert"));
    });
    if (!s)
        return s.error();
    return e;
}

Result<Evidence> EvidenceRepository::assign(const QString &evidenceId, const QString &inspectionId, const Actor &actor)
{
    auto e = get(evidenceId);
    if (!e)
        return e;
    if (!e.value().inspectionId.isEmpty() && e.value().inspectionId != inspectionId)
        if (auto current = InspectionRepository(m_db).editable(e.value().inspectionId); !current)
            return current.error();
    auto inspection = InspectionRepository(m_db).editable(inspectionId);
    if (!inspection)
        return inspection.error();
    Evidence out = e.value();
    const Status s = m_db.write(actor, [&](WriteScope &w) {
        out.inspectionId = inspectionId;
        out.hlc = w.hlc();
        QSqlQuery q(w.sql());
        if (Status st = Sql::run(q, QStringLiteral("UPDATE evidence SET inspection_id = ?, hlc = ? WHERE id = ?"),
                {inspectionId, out.hlc, evidenceId});
            !st)
            return st;
        return w.record(QStringLiteral("assign"), QStringLiteral("evidence"), evidenceId,
            {{QStringLiteral("inspection_id"), inspectionId}, {QStringLiteral("number"), inspection.value().number},
                {QStringLiteral("sha256"), out.sha256}},
            QStringLiteral("update"));
    });
    if (!s)
        return s.error();
    return out;
}

Result<Evidence> EvidenceRepository::get(const QString &id) const
{
    QSqlQuery q(m_db.sql());
    if (Status s = Sql::run(q, QStringLiteral("SELECT %1 FROM evidence WHERE id = ?").arg(columnList()), {id}); !s)
        return s.error();
    if (!q.next())
        return makeError(
            QCoreApplication::translate("EvidenceRepository", "No evidence with the id '%1' is recorded.").arg(id),
            QStringLiteral("evidence"));
    return fromRow(q);
}

Result<QList<Evidence>> EvidenceRepository::list(const EvidenceFilter &f) const
{
    QString sql = QStringLiteral("SELECT %1 FROM evidence WHERE 1").arg(columnList());
    QVariantList binds;
    if (!f.inspectionId.isEmpty()) {
        sql += QStringLiteral(" AND inspection_id = ?");
        binds << f.inspectionId;
    }
    if (!f.siteId.isEmpty()) {
        sql += QStringLiteral(" AND inspection_id IN (SELECT id FROM inspections WHERE site_id = ?)");
        binds << f.siteId;
    }
    if (!f.sha256.isEmpty()) {
        sql += QStringLiteral(" AND sha256 = ?");
        binds << f.sha256.toLower();
    }
    if (f.capturedFrom.isValid()) {
        sql += QStringLiteral(" AND captured_at >= ?");
        binds << IsoTime::format(f.capturedFrom);
    }
    if (f.capturedBefore.isValid()) {
        sql += QStringLiteral(" AND captured_at < ?");
        binds << IsoTime::format(f.capturedBefore);
    }
    sql += QStringLiteral(" ORDER BY captured_at, id LIMIT ? OFFSET ?");
    binds << f.limit << f.offset;
    return Sql::all<Evidence>(m_db.sql(), sql, binds, fromRow);
}

Result<QStringList> EvidenceRepository::sealedHashes(const QString &inspectionId) const
{
    return Sql::all<QString>(m_db.sql(),
        QStringLiteral("SELECT DISTINCT sha256 FROM evidence WHERE inspection_id IN "
                       "(SELECT o.id FROM inspections o JOIN inspections i ON i.number = o.number "
                       "AND o.version <= i.version WHERE i.id = ?) "
                       "OR id IN (SELECT evidence_id FROM item_evidence WHERE inspection_id = ?) "
                       "ORDER BY sha256"),
        {inspectionId, inspectionId}, [](const QSqlQuery &q) { return q.value(0).toString(); });
}

Result<ItemResult> EvidenceRepository::link(
    const QString &inspectionId, const QString &itemKey, const EvidenceLink &link, const Actor &actor)
{
    if (Status s = link.validate(); !s)
        return s.error();
    auto e = get(link.evidenceId);
    if (!e)
        return e.error();
    if (e.value().inspectionId != inspectionId)
        return makeError(QCoreApplication::translate("EvidenceRepository",
                             "The evidence '%1' belongs to another inspection; link only evidence of this inspection.")
                             .arg(e.value().originalName),
            QStringLiteral("evidence"));
    ItemResultRepository items(m_db);
    auto found = items.find(inspectionId, itemKey);
    if (!found)
        return found.error();
    ItemResult item;
    if (found.value()) {
        item = *found.value();
    } else {
        item.inspectionId = inspectionId;
        item.itemKey = itemKey;
        item.status = ItemStatus::NotChecked;
    }
    item.evidence.append(link);
    return items.set(item, actor);
}

Status EvidenceRepository::recordView(const QString &evidenceId, const Actor &actor)
{
    auto e = get(evidenceId);
    if (!e)
        return e.error();
    const Evidence evidence = e.value();
    return m_db.write(actor, [&](WriteScope &w) {
        return w.audit(QStringLiteral("view"), QStringLiteral("evidence"), evidence.id,
            {{QStringLiteral("sha256"), evidence.sha256}, {QStringLiteral("original_name"), evidence.originalName},
                {QStringLiteral("inspection_id"), evidence.inspectionId}});
    });
}

} // namespace psv
