#include "UnitRepository.h"

#include "Database.h"
#include "JsonDiff.h"
#include "Sql.h"
#include "StoreColumns.h"
#include "Uscc.h"
#include "Uuid.h"
#include "WriteScope.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace psv {

namespace {
QString columnList()
{
    static const QString list = StoreColumns::joined(StoreColumns::units());
    return list;
}

Unit fromRow(const QSqlQuery &q)
{
    Unit u;
    u.id = q.value(QStringLiteral("id")).toString();
    u.name = q.value(QStringLiteral("name")).toString();
    u.type = fromCode<UnitType>(q.value(QStringLiteral("type")).toString()).value_or(UnitType::Other);
    u.uscc = Sql::text(q.value(QStringLiteral("uscc")));
    u.address = q.value(QStringLiteral("address")).toString();
    u.contactPerson = q.value(QStringLiteral("contact_person")).toString();
    u.contactPhone = q.value(QStringLiteral("contact_phone")).toString();
    u.policeStation = q.value(QStringLiteral("police_station")).toString();
    u.countyOrgan = q.value(QStringLiteral("county_organ")).toString();
    u.createdAt = Sql::toTime(q.value(QStringLiteral("created_at")));
    u.updatedAt = Sql::toTime(q.value(QStringLiteral("updated_at")));
    u.hlc = q.value(QStringLiteral("hlc")).toString();
    return u;
}

Result<std::optional<Unit>> one(QSqlDatabase db, const QString &where, const QVariant &key)
{
    return Sql::first<Unit>(
        db, QStringLiteral("SELECT %1 FROM units WHERE %2").arg(columnList(), where), {key}, fromRow);
}

Error notFound(const QString &key)
{
    return makeError(
        QCoreApplication::translate("UnitRepository", "No unit with the id or code '%1' is recorded.").arg(key),
        QStringLiteral("unit"));
}
} // namespace

Result<Unit> UnitRepository::get(const QString &id) const
{
    auto r = one(m_db.sql(), QStringLiteral("id = ?"), id);
    if (!r)
        return r.error();
    if (!r.value())
        return notFound(id);
    return *r.value();
}

Result<Unit> UnitRepository::findByUscc(const QString &uscc) const
{
    const QString code = Uscc::normalize(uscc);
    // the earliest when another device's record of the same unit is kept beside it (schema 4)
    auto r = one(m_db.sql(), QStringLiteral("uscc = ? ORDER BY created_at, id"), code);
    if (!r)
        return r.error();
    if (!r.value())
        return notFound(code);
    return *r.value();
}

Result<Unit> UnitRepository::resolve(const QString &idOrUscc) const
{
    auto r = one(m_db.sql(), QStringLiteral("id = ?"), idOrUscc.trimmed());
    if (!r)
        return r.error();
    if (!r.value()) {
        auto byCode = findByUscc(idOrUscc);
        if (!byCode && byCode.error().where == QLatin1String("unit"))
            return notFound(idOrUscc.trimmed());
        return byCode;
    }
    return *r.value();
}

Status UnitRepository::checkUsccFree(const Unit &unit) const
{
    if (unit.uscc.isEmpty())
        return {};
    auto other = one(m_db.sql(), QStringLiteral("uscc = ?"), unit.uscc);
    if (!other)
        return other.error();
    if (other.value() && other.value()->id != unit.id)
        return makeError(QCoreApplication::translate("UnitRepository",
                             "The unified social credit code %1 is already recorded for the unit "
                             "'%2' (%3); a unit is recorded once.")
                             .arg(unit.uscc, other.value()->name, other.value()->id),
            QStringLiteral("uscc"));
    return {};
}

Result<Unit> UnitRepository::add(const Unit &input, const Actor &actor)
{
    auto v = input.validated();
    if (!v)
        return v.error();
    Unit u = v.value();
    u.id = Uuid::create();
    if (Status s = checkUsccFree(u); !s)
        return s.error();
    const Status s = m_db.write(actor, [&](WriteScope &w) { return insert(w, u); });
    if (!s)
        return s.error();
    return u;
}

Status UnitRepository::insert(WriteScope &w, Unit &u)
{
    if (u.id.isEmpty())
        u.id = Uuid::create();
    u.createdAt = u.updatedAt = w.now();
    u.hlc = w.hlc();
    QSqlQuery q(w.sql());
    if (Status st = Sql::run(q,
            QStringLiteral("INSERT INTO units (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(columnList()),
            {u.id, u.name, toCode(u.type), Sql::orNull(u.uscc), u.address, u.contactPerson, u.contactPhone,
                u.policeStation, u.countyOrgan, Sql::time(u.createdAt), Sql::time(u.updatedAt), u.hlc});
        !st)
        return st;
    return w.record(QStringLiteral("create"), QStringLiteral("unit"), u.id, u.toJson(), QStringLiteral("insert"));
}

Result<Unit> UnitRepository::update(const Unit &input, const Actor &actor)
{
    auto before = get(input.id);
    if (!before)
        return before.error();
    auto v = input.validated();
    if (!v)
        return v.error();
    Unit u = v.value();
    u.createdAt = before.value().createdAt;
    // An unchanged code is not re-checked: another device's record of this unit may be kept beside it.
    if (u.uscc != before.value().uscc)
        if (Status s = checkUsccFree(u); !s)
            return s.error();
    const Status s = m_db.write(actor, [&](WriteScope &w) {
        u.updatedAt = w.now();
        u.hlc = w.hlc();
        QSqlQuery q(w.sql());
        if (Status st = Sql::run(q,
                QStringLiteral("UPDATE units SET name = ?, type = ?, uscc = ?, address = ?, "
                               "contact_person = ?, contact_phone = ?, police_station = ?, "
                               "county_organ = ?, updated_at = ?, hlc = ? WHERE id = ?"),
                {u.name, toCode(u.type), Sql::orNull(u.uscc), u.address, u.contactPerson, u.contactPhone,
                    u.policeStation, u.countyOrgan, Sql::time(u.updatedAt), u.hlc, u.id});
            !st)
            return st;
        return w.record(QStringLiteral("update"), QStringLiteral("unit"), u.id,
            {{QStringLiteral("changes"), JsonDiff::changes(before.value().toJson(), u.toJson())}},
            QStringLiteral("update"));
    });
    if (!s)
        return s.error();
    return u;
}

Result<QList<Unit>> UnitRepository::list(const UnitFilter &f) const
{
    QString sql = QStringLiteral("SELECT %1 FROM units WHERE 1").arg(columnList());
    QVariantList binds;
    if (!f.search.trimmed().isEmpty()) {
        const QString code = Uscc::normalize(f.search);
        sql += QStringLiteral(" AND (name LIKE ? ESCAPE '\\' OR (uscc >= ? AND uscc < ?))");
        binds << Sql::containsPattern(f.search.trimmed()) << code << QString(code + QChar(0xffff));
    }
    if (f.type) {
        sql += QStringLiteral(" AND type = ?");
        binds << toCode(*f.type);
    }
    sql += QStringLiteral(" ORDER BY name, id LIMIT ? OFFSET ?");
    binds << f.limit << f.offset;
    return Sql::all<Unit>(m_db.sql(), sql, binds, fromRow);
}

} // namespace psv
