#include "ReviewQueue.h"

#include "Database.h"
#include "IsoTime.h"
#include "Sql.h"
#include "Uuid.h"
#include "WriteScope.h"

namespace psv {

namespace {

const char *kSelect
    = "SELECT i.id, i.number, i.version, i.status, i.seal_hash, COALESCE(i.sealed_at, ''), i.sealed_by, "
      "s.name, u.name, COALESCE(d.decision, ''), COALESCE(d.comment, '') FROM inspections i "
      "JOIN sites s ON s.id = i.site_id JOIN units u ON u.id = s.unit_id "
      "LEFT JOIN review_decisions d ON d.id = (SELECT id FROM review_decisions WHERE inspection_id = i.id "
      "ORDER BY decided_at DESC, id DESC LIMIT 1) WHERE i.seal_hash IS NOT NULL";

ReviewItem fromRow(const QSqlQuery &q)
{
    return ReviewItem {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
        q.value(8).toString(), q.value(9).toString(), q.value(10).toString()};
}

} // namespace

QJsonObject ReviewItem::toJson() const
{
    return {{QStringLiteral("id"), inspectionId}, {QStringLiteral("number"), number},
        {QStringLiteral("version"), version}, {QStringLiteral("status"), status},
        {QStringLiteral("seal_hash"), sealHash}, {QStringLiteral("sealed_at"), sealedAt},
        {QStringLiteral("sealed_by"), sealedBy}, {QStringLiteral("site"), siteName}, {QStringLiteral("unit"), unitName},
        {QStringLiteral("decision"), decision}, {QStringLiteral("comment"), comment}};
}

Result<QList<ReviewItem>> ReviewQueue::list(bool all) const
{
    return Sql::all<ReviewItem>(m_db.sql(),
        QLatin1String(kSelect) + (all ? QString() : QStringLiteral(" AND i.status = 'submitted'"))
            + QStringLiteral(" ORDER BY i.number, i.version"),
        {}, fromRow);
}

Result<ReviewItem> ReviewQueue::decide(
    const QString &numberOrId, bool approve, const QString &comment, const Actor &actor, const QString &expectedSeal)
{
    auto role = Sql::first<QString>(m_db.sql(), QStringLiteral("SELECT role FROM officers WHERE id = ? AND active = 1"),
        {actor.officerId}, [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!role)
        return role.error();
    if (!actor.isOfficer() || !role.value()
        || (*role.value() != QLatin1String("reviewer") && *role.value() != QLatin1String("admin")))
        return makeError(tr("Only an officer with the reviewer or admin role may approve or return an inspection."),
            actor.display());
    if (!approve && comment.trimmed().isEmpty())
        return makeError(
            tr("Returning an inspection needs a comment saying what is to be corrected."), QStringLiteral("comment"));
    auto found = Sql::all<ReviewItem>(m_db.sql(),
        QLatin1String(kSelect) + QStringLiteral(" AND (i.id = ? OR i.number = ?) ORDER BY i.version DESC"),
        {numberOrId, numberOrId}, fromRow);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return makeError(tr("There is no sealed inspection %1 to review.").arg(numberOrId), numberOrId);
    const ReviewItem item = found.value().constFirst();
    if (!expectedSeal.isEmpty() && expectedSeal.trimmed().toLower() != item.sealHash)
        return makeError(tr("The seal hash given, %1, is not the seal of inspection %2, which is %3; the decision is "
                            "refused.")
                             .arg(expectedSeal.left(16), item.number, item.sealHash.left(16)),
            item.number);
    if (item.status != QLatin1String("submitted") && item.status != QLatin1String("sealed"))
        return makeError(
            tr("Inspection %1 is %2; only a submitted inspection is reviewed.").arg(item.number, item.status),
            item.number);
    const QString decision = approve ? QStringLiteral("approved") : QStringLiteral("returned");
    Status s = m_db.write(actor, [&](WriteScope &w) -> Status {
        const QString id = Uuid::create();
        QSqlQuery q(w.sql());
        if (Status st = Sql::run(q,
                QStringLiteral("INSERT INTO review_decisions (id, inspection_id, seal_hash, decision, comment, "
                               "reviewer_id, reviewer, decided_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {id, item.inspectionId, item.sealHash, decision, comment.trimmed(), actor.officerId, actor.display(),
                    IsoTime::format(w.now()), w.hlc()});
            !st)
            return st;
        if (Status st
            = Sql::run(q, QStringLiteral("UPDATE inspections SET status = ?, updated_at = ?, hlc = ? WHERE id = ?"),
                {decision, IsoTime::format(w.now()), w.hlc(), item.inspectionId});
            !st)
            return st;
        return w.record(QStringLiteral("review"), QStringLiteral("review"), id,
            {{QStringLiteral("inspection"), item.inspectionId}, {QStringLiteral("number"), item.number},
                {QStringLiteral("decision"), decision}, {QStringLiteral("seal_hash"), item.sealHash},
                {QStringLiteral("comment"), comment.trimmed()}},
            QStringLiteral("insert"));
    });
    if (!s)
        return s.error();
    ReviewItem out = item;
    out.status = decision;
    out.decision = decision;
    out.comment = comment.trimmed();
    return out;
}

} // namespace psv
