#include "InspectionRepository.h"

#include "Database.h"
#include "InspectionNumber.h"
#include "InspectionQuery.h"
#include "JsonDiff.h"
#include "OfficerRepository.h"
#include "OrderRepository.h"
#include "SiteRepository.h"
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
    static const QString list = StoreColumns::joined(StoreColumns::inspections());
    return list;
}

Inspection fromRow(const QSqlQuery &q)
{
    Inspection i;
    i.id = q.value(QStringLiteral("id")).toString();
    i.number = q.value(QStringLiteral("number")).toString();
    i.version = q.value(QStringLiteral("version")).toInt();
    i.supersedesId = Sql::text(q.value(QStringLiteral("supersedes_id")));
    i.correctionReason = q.value(QStringLiteral("correction_reason")).toString();
    i.siteId = q.value(QStringLiteral("site_id")).toString();
    i.kind = fromCode<InspectionKind>(q.value(QStringLiteral("kind")).toString()).value_or(InspectionKind::General);
    i.trigger = fromCode<InspectionTrigger>(q.value(QStringLiteral("trigger_kind")).toString())
                    .value_or(InspectionTrigger::Routine);
    i.reportReference = q.value(QStringLiteral("report_reference")).toString();
    i.reinspectionOfOrderId = Sql::text(q.value(QStringLiteral("reinspection_of_order_id")));
    i.checklistId = q.value(QStringLiteral("checklist_id")).toString();
    i.checklistVersion = q.value(QStringLiteral("checklist_version")).toString();
    i.checklistHash = q.value(QStringLiteral("checklist_hash")).toString();
    i.startedAt = Sql::toTime(q.value(QStringLiteral("started_at")));
    i.endedAt = Sql::toTime(q.value(QStringLiteral("ended_at")));
    i.recorderId = Sql::text(q.value(QStringLiteral("recorder_id")));
    i.representative = q.value(QStringLiteral("representative")).toString();
    i.witness = q.value(QStringLiteral("witness")).toString();
    i.bodyCameras = Sql::toStringList(q.value(QStringLiteral("body_cameras")));
    i.notes = q.value(QStringLiteral("notes")).toString();
    i.status
        = fromCode<InspectionStatus>(q.value(QStringLiteral("status")).toString()).value_or(InspectionStatus::Draft);
    i.snapshot = Sql::toObject(q.value(QStringLiteral("snapshot")));
    i.sealHash = Sql::text(q.value(QStringLiteral("seal_hash")));
    i.sealedAt = Sql::toTime(q.value(QStringLiteral("sealed_at")));
    i.sealedBy = q.value(QStringLiteral("sealed_by")).toString();
    i.createdAt = Sql::toTime(q.value(QStringLiteral("created_at")));
    i.updatedAt = Sql::toTime(q.value(QStringLiteral("updated_at")));
    i.hlc = q.value(QStringLiteral("hlc")).toString();
    return i;
}

Result<std::optional<Inspection>> one(QSqlDatabase db, const QString &where, const QVariantList &binds)
{
    auto found = Sql::first<Inspection>(
        db, QStringLiteral("SELECT %1 FROM inspections WHERE %2").arg(columnList(), where), binds, fromRow);
    if (!found || !found.value())
        return found;
    Inspection i = *found.value();
    auto officers = Sql::all<QString>(db,
        QStringLiteral("SELECT officer_id FROM inspection_officers WHERE inspection_id = ? ORDER BY position"), {i.id},
        [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!officers)
        return officers.error();
    i.inspectorIds = officers.value();
    return std::optional<Inspection>(i);
}

Error notFound(const QString &key)
{
    return makeError(
        QCoreApplication::translate("InspectionRepository", "No inspection with the number or id '%1' is recorded.")
            .arg(key),
        QStringLiteral("inspection"));
}

Result<Inspection> found(Result<std::optional<Inspection>> r, const QString &key)
{
    if (!r)
        return r.error();
    if (!r.value())
        return notFound(key);
    return *r.value();
}

QVariantList headerValues(const Inspection &i)
{
    return {i.siteId, toCode(i.kind), toCode(i.trigger), i.reportReference, Sql::orNull(i.reinspectionOfOrderId),
        i.checklistId, i.checklistVersion, i.checklistHash, Sql::time(i.startedAt), Sql::time(i.endedAt),
        Sql::orNull(i.recorderId), i.representative, i.witness, Sql::json(i.bodyCameras), i.notes,
        Sql::time(i.updatedAt), i.hlc};
}

Status writeInspectors(QSqlDatabase db, const Inspection &i)
{
    QSqlQuery q(db);
    if (Status s = Sql::run(q, QStringLiteral("DELETE FROM inspection_officers WHERE inspection_id = ?"), {i.id}); !s)
        return s;
    for (qsizetype p = 0; p < i.inspectorIds.size(); ++p)
        if (Status s = Sql::run(q,
                QStringLiteral("INSERT INTO inspection_officers (inspection_id, position, officer_id) "
                               "VALUES (?, ?, ?)"),
                {i.id, int(p), i.inspectorIds[p]});
            !s)
            return s;
    return {};
}
} // namespace

Status InspectionRepository::checkReferences(const Inspection &i) const
{
    if (auto site = SiteRepository(m_db).get(i.siteId); !site)
        return site.error();
    OfficerRepository officers(m_db);
    for (const QString &id : i.inspectorIds) {
        auto o = officers.get(id);
        if (!o)
            return o.error();
        if (!o.value().active)
            return makeError(
                QCoreApplication::translate("InspectionRepository", "The officer %1 is deactivated and cannot inspect.")
                    .arg(o.value().policeNumber),
                QStringLiteral("inspectors"));
    }
    if (!i.recorderId.isEmpty())
        if (auto o = officers.get(i.recorderId); !o)
            return o.error();
    if (!i.reinspectionOfOrderId.isEmpty())
        if (auto o = OrderRepository(m_db).get(i.reinspectionOfOrderId); !o)
            return o.error();
    return {};
}

Status InspectionRepository::insertRow(WriteScope &w, const Inspection &i)
{
    QVariantList binds {i.id, i.number, i.version, Sql::orNull(i.supersedesId), i.correctionReason};
    // The seal goes on last: the triggers refuse inspectors for an inspection already sealed.
    binds << headerValues(i) << toCode(i.status) << Sql::time(i.createdAt) << Sql::json(i.snapshot);
    QSqlQuery q(w.sql());
    if (Status s = Sql::run(q,
            QStringLiteral("INSERT INTO inspections (id, number, version, supersedes_id, "
                           "correction_reason, site_id, kind, trigger_kind, report_reference, "
                           "reinspection_of_order_id, checklist_id, checklist_version, "
                           "checklist_hash, started_at, ended_at, recorder_id, representative, "
                           "witness, body_cameras, notes, updated_at, hlc, status, created_at, "
                           "snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?)"),
            binds);
        !s)
        return s;
    if (Status s = writeInspectors(w.sql(), i); !s)
        return s;
    if (i.sealHash.isEmpty())
        return {};
    return Sql::run(q,
        QStringLiteral("UPDATE inspections SET seal_hash = ?, sealed_at = ?, sealed_by = ? WHERE id = ?"),
        {i.sealHash, Sql::time(i.sealedAt), i.sealedBy, i.id});
}

Result<Inspection> InspectionRepository::create(const Inspection &input, const Actor &actor, const AlsoWrite &alsoWrite)
{
    auto v = input.validated();
    if (!v)
        return v.error();
    Inspection i = v.value();
    if (Status s = checkReferences(i); !s)
        return s.error();
    i.id = Uuid::create();
    i.version = 1;
    i.supersedesId.clear();
    i.correctionReason.clear();
    i.status = InspectionStatus::Draft;
    i.sealHash.clear();
    const Status s = m_db.write(actor, [&](WriteScope &w) {
        if (!i.startedAt.isValid())
            i.startedAt = w.now();
        auto number = InspectionNumber::allocate(w, i.startedAt.toLocalTime().date().year());
        if (!number)
            return Status(number.error());
        i.number = number.value();
        i.createdAt = i.updatedAt = w.now();
        i.hlc = w.hlc();
        if (Status st = insertRow(w, i); !st)
            return st;
        if (Status st = w.record(
                QStringLiteral("create"), QStringLiteral("inspection"), i.id, i.toJson(), QStringLiteral("insert"));
            !st)
            return st;
        return alsoWrite ? alsoWrite(w, i) : Status();
    });
    if (!s)
        return s.error();
    return i;
}

Result<Inspection> InspectionRepository::editable(const QString &id) const
{
    auto r = get(id);
    if (!r)
        return r;
    const Inspection &i = r.value();
    if (i.isSealed())
        return makeError(QCoreApplication::translate("InspectionRepository",
                             "Inspection %1 (version %2) is sealed (seal %3) and cannot be "
                             "changed; to correct it, create a new version that references it "
                             "and states the reason.")
                             .arg(i.number)
                             .arg(i.version)
                             .arg(i.sealHash.left(12)),
            i.number);
    return r;
}

Result<Inspection> InspectionRepository::update(const Inspection &input, const Actor &actor)
{
    auto before = editable(input.id);
    if (!before)
        return before.error();
    Inspection i = input;
    const Inspection &old = before.value();
    i.number = old.number;
    i.version = old.version;
    i.supersedesId = old.supersedesId;
    i.status = old.status;
    i.createdAt = old.createdAt;
    if (i.version > 1 && i.correctionReason.trimmed().isEmpty())
        i.correctionReason = old.correctionReason;
    auto v = i.validated();
    if (!v)
        return v.error();
    i = v.value();
    if (Status s = checkReferences(i); !s)
        return s.error();
    const Status s = m_db.write(actor, [&](WriteScope &w) {
        i.updatedAt = w.now();
        i.hlc = w.hlc();
        QVariantList binds = headerValues(i);
        binds << i.correctionReason << i.id;
        QSqlQuery q(w.sql());
        if (Status st = Sql::run(q,
                QStringLiteral("UPDATE inspections SET site_id = ?, kind = ?, trigger_kind = ?, "
                               "report_reference = ?, reinspection_of_order_id = ?, checklist_id = ?, "
                               "checklist_version = ?, checklist_hash = ?, started_at = ?, "
                               "ended_at = ?, recorder_id = ?, representative = ?, witness = ?, "
                               "body_cameras = ?, notes = ?, updated_at = ?, hlc = ?, "
                               "correction_reason = ? WHERE id = ?"),
                binds);
            !st)
            return st;
        if (Status st = writeInspectors(w.sql(), i); !st)
            return st;
        return w.record(QStringLiteral("update"), QStringLiteral("inspection"), i.id,
            {{QStringLiteral("number"), i.number},
                {QStringLiteral("changes"), JsonDiff::changes(old.toJson(), i.toJson())}},
            QStringLiteral("update"));
    });
    if (!s)
        return s.error();
    return i;
}

Result<Inspection> InspectionRepository::setStatus(const QString &id, InspectionStatus status, const Actor &actor)
{
    auto r = get(id);
    if (!r)
        return r;
    Inspection i = r.value();
    if (i.status == status)
        return i;
    if (!Inspection::canChangeStatus(i.status, status))
        return makeError(QCoreApplication::translate("InspectionRepository",
                             "Inspection %1 cannot go from '%2' to '%3'; a draft is completed, "
                             "then sealed, submitted and approved or returned.")
                             .arg(i.number, toCode(i.status), toCode(status)),
            QStringLiteral("status"));
    const InspectionStatus from = i.status;
    const Status s = m_db.write(actor, [&](WriteScope &w) {
        i.status = status;
        i.updatedAt = w.now();
        i.hlc = w.hlc();
        QSqlQuery q(w.sql());
        if (Status st
            = Sql::run(q, QStringLiteral("UPDATE inspections SET status = ?, updated_at = ?, hlc = ? WHERE id = ?"),
                {toCode(status), Sql::time(i.updatedAt), i.hlc, i.id});
            !st)
            return st;
        return w.record(QStringLiteral("status"), QStringLiteral("inspection"), i.id,
            {{QStringLiteral("number"), i.number}, {QStringLiteral("from"), toCode(from)},
                {QStringLiteral("to"), toCode(status)}},
            QStringLiteral("update"));
    });
    if (!s)
        return s.error();
    return i;
}

Result<Inspection> InspectionRepository::get(const QString &id) const
{
    return found(one(m_db.sql(), QStringLiteral("id = ?"), {id}), id);
}

Result<Inspection> InspectionRepository::byNumber(const QString &number, int version) const
{
    const QString n = number.trimmed().toUpper();
    if (version > 0)
        return found(one(m_db.sql(), QStringLiteral("number = ? AND version = ?"), {n, version}),
            QStringLiteral("%1 v%2").arg(n).arg(version));
    return found(one(m_db.sql(), QStringLiteral("number = ? ORDER BY version DESC LIMIT 1"), {n}), n);
}

Result<Inspection> InspectionRepository::resolve(const QString &numberOrId, int version) const
{
    auto r = one(m_db.sql(), QStringLiteral("id = ?"), {numberOrId.trimmed()});
    if (r && !r.value())
        return byNumber(numberOrId, version);
    return found(std::move(r), numberOrId);
}

Result<QList<Inspection>> InspectionRepository::versions(const QString &number) const
{
    QSqlQuery q(m_db.sql());
    if (Status s = Sql::run(q, QStringLiteral("SELECT id FROM inspections WHERE number = ? ORDER BY version"),
            {number.trimmed().toUpper()});
        !s)
        return s.error();
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    QList<Inspection> out;
    for (const QString &id : std::as_const(ids)) {
        auto i = get(id);
        if (!i)
            return i.error();
        out << i.value();
    }
    return out;
}

Result<QList<InspectionSummary>> InspectionRepository::list(const InspectionFilter &filter) const
{
    return InspectionQuery(m_db).list(filter);
}

} // namespace psv
