#include "InspectionQuery.h"

#include "Database.h"
#include "InspectionNumber.h"
#include "IsoTime.h"
#include "Sql.h"
#include "Uscc.h"

#include <QSqlQuery>

namespace psv {

QJsonObject InspectionSummary::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("number"), number}, {QStringLiteral("version"), version},
        {QStringLiteral("status"), toCode(status)}, {QStringLiteral("kind"), toCode(kind)},
        {QStringLiteral("trigger"), toCode(trigger)}, {QStringLiteral("started_at"), IsoTime::json(startedAt)},
        {QStringLiteral("ended_at"), IsoTime::json(endedAt)}, {QStringLiteral("site_id"), siteId},
        {QStringLiteral("site_name"), siteName}, {QStringLiteral("unit_id"), unitId},
        {QStringLiteral("unit_name"), unitName}, {QStringLiteral("uscc"), uscc},
        {QStringLiteral("seal_hash"), sealHash}};
}

Result<std::pair<QString, QVariantList>> InspectionQuery::atSites(
    const QString &sitesSql, const QString &rowCondition, const QVariantList &binds) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (Status s = Sql::run(q, sitesSql + QStringLiteral(" LIMIT %1").arg(ManySites + 1), binds); !s)
        return s.error();
    QVariantList ids;
    while (q.next())
        ids << q.value(0);
    if (ids.isEmpty())
        return std::pair<QString, QVariantList>(QStringLiteral("0"), {});
    if (ids.size() <= ManySites) {
        QString marks = QStringLiteral("?, ").repeated(ids.size());
        marks.chop(2);
        return std::pair<QString, QVariantList>(QStringLiteral("i.site_id IN (") + marks + u')', ids);
    }
    // Many: test each inspection's (already joined) site and unit while walking newest first; the
    // page fills after a few hundred rows instead of sorting thousands.
    return std::pair<QString, QVariantList>(u'(' + rowCondition + u')', binds);
}

Result<QList<InspectionSummary>> InspectionQuery::list(const InspectionFilter &f) const
{
    QString sql = QStringLiteral(
        "SELECT i.id, i.number, i.version, i.status, i.kind, i.trigger_kind, i.started_at, i.ended_at, i.site_id, "
        "s.name AS site_name, s.unit_id, u.name AS unit_name, u.uscc, i.seal_hash "
        "FROM inspections i CROSS JOIN sites s ON s.id = i.site_id CROSS JOIN units u ON u.id = s.unit_id WHERE 1");
    QVariantList binds;
    auto add = [&](const QString &condition, const QVariantList &values) {
        sql += QStringLiteral(" AND ") + condition;
        binds << values;
    };
    // Conditions on units and sites are resolved on those (small) tables first; see atSites().
    auto restrict = [&](const QString &sitesSql, const QString &rowCondition, const QVariantList &values) -> Status {
        auto c = atSites(sitesSql, rowCondition, values);
        if (!c)
            return c.error();
        add(c.value().first, c.value().second);
        return {};
    };
    if (f.status)
        add(QStringLiteral("i.status = ?"), {toCode(*f.status)});
    if (f.kind)
        add(QStringLiteral("i.kind = ?"), {toCode(*f.kind)});
    if (!f.siteId.isEmpty())
        add(QStringLiteral("i.site_id = ?"), {f.siteId});
    if (!f.officerId.isEmpty())
        add(QStringLiteral("i.id IN (SELECT inspection_id FROM inspection_officers WHERE officer_id = ?)"),
            {f.officerId});
    if (!f.unitId.isEmpty())
        if (Status s = restrict(
                QStringLiteral("SELECT id FROM sites WHERE unit_id = ?"), QStringLiteral("s.unit_id = ?"), {f.unitId});
            !s)
            return s.error();
    if (!f.uscc.isEmpty())
        if (Status s = restrict(QStringLiteral("SELECT id FROM sites WHERE unit_id IN "
                                               "(SELECT id FROM units WHERE uscc = ?)"),
                QStringLiteral("u.uscc = ?"), {Uscc::normalize(f.uscc)});
            !s)
            return s.error();
    if (!f.unitName.trimmed().isEmpty())
        if (Status s = restrict(QStringLiteral("SELECT id FROM sites WHERE unit_id IN "
                                               "(SELECT id FROM units WHERE name LIKE ? ESCAPE '\\')"),
                QStringLiteral("u.name LIKE ? ESCAPE '\\'"), {Sql::containsPattern(f.unitName.trimmed())});
            !s)
            return s.error();
    if (!f.number.trimmed().isEmpty()) {
        const QString n = f.number.trimmed().toUpper();
        add(QStringLiteral("i.number >= ? AND i.number < ?"), {n, QString(n + QChar(0xffff))});
    }
    if (const QString text = f.search.trimmed(); !text.isEmpty()) {
        const QString upper = Uscc::normalize(text);
        auto sites = atSites(QStringLiteral("SELECT id FROM sites WHERE name LIKE ? ESCAPE '\\' OR unit_id IN "
                                            "(SELECT id FROM units WHERE name LIKE ? ESCAPE '\\' OR uscc = ?)"),
            QStringLiteral("s.name LIKE ? ESCAPE '\\' OR u.name LIKE ? ESCAPE '\\' OR u.uscc = ?"),
            {Sql::containsPattern(text), Sql::containsPattern(text), upper});
        if (!sites)
            return sites.error();
        QString any = sites.value().first;
        QVariantList values = sites.value().second;
        if (InspectionNumber::looksLikePrefix(upper)) {
            any = QStringLiteral("(i.number >= ? AND i.number < ?) OR ") + any;
            values.prepend(QString(upper + QChar(0xffff)));
            values.prepend(upper);
        }
        add(u'(' + any + u')', values);
    }
    if (f.startedFrom.isValid())
        add(QStringLiteral("i.started_at >= ?"), {IsoTime::format(f.startedFrom)});
    if (f.startedBefore.isValid())
        add(QStringLiteral("i.started_at < ?"), {IsoTime::format(f.startedBefore)});
    if (f.latestVersionOnly)
        add(QStringLiteral("NOT EXISTS (SELECT 1 FROM inspections n WHERE n.number = i.number AND n.version > "
                           "i.version)"),
            {});
    sql += QStringLiteral(" ORDER BY i.started_at DESC, i.id DESC LIMIT ? OFFSET ?");
    binds << f.limit << f.offset;

    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (Status s = Sql::run(q, sql, binds); !s)
        return s.error();
    QList<InspectionSummary> out;
    while (q.next()) {
        InspectionSummary r;
        r.id = q.value(QStringLiteral("id")).toString();
        r.number = q.value(QStringLiteral("number")).toString();
        r.version = q.value(QStringLiteral("version")).toInt();
        r.status = fromCode<InspectionStatus>(q.value(QStringLiteral("status")).toString())
                       .value_or(InspectionStatus::Draft);
        r.kind = fromCode<InspectionKind>(q.value(QStringLiteral("kind")).toString()).value_or(InspectionKind::General);
        r.trigger = fromCode<InspectionTrigger>(q.value(QStringLiteral("trigger_kind")).toString())
                        .value_or(InspectionTrigger::Routine);
        r.startedAt = Sql::toTime(q.value(QStringLiteral("started_at")));
        r.endedAt = Sql::toTime(q.value(QStringLiteral("ended_at")));
        r.siteId = q.value(QStringLiteral("site_id")).toString();
        r.siteName = q.value(QStringLiteral("site_name")).toString();
        r.unitId = q.value(QStringLiteral("unit_id")).toString();
        r.unitName = q.value(QStringLiteral("unit_name")).toString();
        r.uscc = Sql::text(q.value(QStringLiteral("uscc")));
        r.sealHash = Sql::text(q.value(QStringLiteral("seal_hash")));
        out.append(r);
    }
    return out;
}

} // namespace psv
