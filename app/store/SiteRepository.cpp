#include "SiteRepository.h"

#include "Database.h"
#include "JsonDiff.h"
#include "Sql.h"
#include "StoreColumns.h"
#include "UnitRepository.h"
#include "Uuid.h"
#include "WriteScope.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace psv {

namespace {
QString columnList()
{
    static const QString list = StoreColumns::joined(StoreColumns::sites());
    return list;
}

Site fromRow(const QSqlQuery &q)
{
    Site s;
    s.id = q.value(QStringLiteral("id")).toString();
    s.unitId = q.value(QStringLiteral("unit_id")).toString();
    s.name = q.value(QStringLiteral("name")).toString();
    s.address = q.value(QStringLiteral("address")).toString();
    s.latitude = Sql::toReal(q.value(QStringLiteral("latitude")));
    s.longitude = Sql::toReal(q.value(QStringLiteral("longitude")));
    s.category = fromCode<PlaceCategory>(q.value(QStringLiteral("category")).toString()).value_or(PlaceCategory::Art9);
    s.inUseSince = Sql::toDate(q.value(QStringLiteral("in_use_since")));
    s.cameraCount = q.value(QStringLiteral("camera_count")).toInt();
    s.cameraTypes = Sql::toStringList(q.value(QStringLiteral("camera_types")));
    s.retentionDays = Sql::toInt(q.value(QStringLiteral("retention_days")));
    s.filingStatus
        = fromCode<FilingStatus>(q.value(QStringLiteral("filing_status")).toString()).value_or(FilingStatus::NotFiled);
    s.filingNumber = q.value(QStringLiteral("filing_number")).toString();
    s.filingDate = Sql::toDate(q.value(QStringLiteral("filing_date")));
    s.filedCameraCount = Sql::toInt(q.value(QStringLiteral("filed_camera_count")));
    s.filedRetentionDays = Sql::toInt(q.value(QStringLiteral("filed_retention_days")));
    s.jurisdiction = q.value(QStringLiteral("jurisdiction")).toString();
    s.createdAt = Sql::toTime(q.value(QStringLiteral("created_at")));
    s.updatedAt = Sql::toTime(q.value(QStringLiteral("updated_at")));
    s.hlc = q.value(QStringLiteral("hlc")).toString();
    return s;
}

QVariantList values(const Site &s)
{
    return {s.id, s.unitId, s.name, s.address, Sql::real(s.latitude), Sql::real(s.longitude), toCode(s.category),
        Sql::date(s.inUseSince), s.cameraCount, Sql::json(s.cameraTypes), Sql::integer(s.retentionDays),
        toCode(s.filingStatus), s.filingNumber, Sql::date(s.filingDate), Sql::integer(s.filedCameraCount),
        Sql::integer(s.filedRetentionDays), s.jurisdiction, Sql::time(s.createdAt), Sql::time(s.updatedAt), s.hlc};
}
} // namespace

Status SiteRepository::checkUnit(const QString &unitId) const
{
    auto unit = UnitRepository(m_db).get(unitId);
    if (!unit)
        return unit.error();
    return {};
}

Result<Site> SiteRepository::get(const QString &id) const
{
    auto r = Sql::first<Site>(
        m_db.sql(), QStringLiteral("SELECT %1 FROM sites WHERE id = ?").arg(columnList()), {id}, fromRow);
    if (!r)
        return r.error();
    if (!r.value())
        return makeError(
            QCoreApplication::translate("SiteRepository", "No video system with the id '%1' is recorded.").arg(id),
            QStringLiteral("site"));
    return *r.value();
}

Result<Site> SiteRepository::add(const Site &input, const Actor &actor)
{
    auto v = input.validated();
    if (!v)
        return v.error();
    Site site = v.value();
    if (Status s = checkUnit(site.unitId); !s)
        return s.error();
    site.id = Uuid::create();
    const Status s = m_db.write(actor, [&](WriteScope &w) { return insert(w, site); });
    if (!s)
        return s.error();
    return site;
}

Status SiteRepository::insert(WriteScope &w, Site &site)
{
    if (site.id.isEmpty())
        site.id = Uuid::create();
    site.createdAt = site.updatedAt = w.now();
    site.hlc = w.hlc();
    QSqlQuery q(w.sql());
    const QString marks = QStringLiteral("?, ").repeated(19) + u'?';
    if (Status st
        = Sql::run(q, QStringLiteral("INSERT INTO sites (%1) VALUES (%2)").arg(columnList(), marks), values(site));
        !st)
        return st;
    return w.record(QStringLiteral("create"), QStringLiteral("site"), site.id, site.toJson(), QStringLiteral("insert"));
}

Result<Site> SiteRepository::update(const Site &input, const Actor &actor)
{
    auto before = get(input.id);
    if (!before)
        return before.error();
    auto v = input.validated();
    if (!v)
        return v.error();
    Site site = v.value();
    if (Status s = checkUnit(site.unitId); !s)
        return s.error();
    site.createdAt = before.value().createdAt;
    const Status s = m_db.write(actor, [&](WriteScope &w) {
        site.updatedAt = w.now();
        site.hlc = w.hlc();
        QVariantList binds = values(site);
        binds.removeFirst();
        binds.append(site.id);
        QSqlQuery q(w.sql());
        if (Status st = Sql::run(q,
                QStringLiteral("UPDATE sites SET unit_id = ?, name = ?, address = ?, latitude = ?, "
                               "longitude = ?, category = ?, in_use_since = ?, camera_count = ?, "
                               "camera_types = ?, retention_days = ?, filing_status = ?, "
                               "filing_number = ?, filing_date = ?, filed_camera_count = ?, "
                               "filed_retention_days = ?, jurisdiction = ?, created_at = ?, "
                               "updated_at = ?, hlc = ? WHERE id = ?"),
                binds);
            !st)
            return st;
        return w.record(QStringLiteral("update"), QStringLiteral("site"), site.id,
            {{QStringLiteral("changes"), JsonDiff::changes(before.value().toJson(), site.toJson())}},
            QStringLiteral("update"));
    });
    if (!s)
        return s.error();
    return site;
}

Result<QList<Site>> SiteRepository::list(const SiteFilter &f) const
{
    QString sql = QStringLiteral("SELECT %1 FROM sites WHERE 1").arg(columnList());
    QVariantList binds;
    if (!f.unitId.isEmpty()) {
        sql += QStringLiteral(" AND unit_id = ?");
        binds << f.unitId;
    }
    if (!f.search.trimmed().isEmpty()) {
        const QString p = Sql::containsPattern(f.search.trimmed());
        sql += QStringLiteral(" AND (name LIKE ? ESCAPE '\\' OR address LIKE ? ESCAPE '\\' OR unit_id IN "
                              "(SELECT id FROM units WHERE name LIKE ? ESCAPE '\\'))");
        binds << p << p << p;
    }
    if (f.category) {
        sql += QStringLiteral(" AND category = ?");
        binds << toCode(*f.category);
    }
    if (f.filingStatus) {
        sql += QStringLiteral(" AND filing_status = ?");
        binds << toCode(*f.filingStatus);
    }
    sql += QStringLiteral(" ORDER BY name, id LIMIT ? OFFSET ?");
    binds << f.limit << f.offset;
    return Sql::all<Site>(m_db.sql(), sql, binds, fromRow);
}

} // namespace psv
