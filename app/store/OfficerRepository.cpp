#include "OfficerRepository.h"

#include "Database.h"
#include "JsonDiff.h"
#include "SecretHash.h"
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
    static const QString list = [] {
        QStringList columns = StoreColumns::officers();
        columns.replaceInStrings(
            QStringLiteral("secret_hash"), QStringLiteral("secret_hash IS NOT NULL AS has_secret"));
        return StoreColumns::joined(columns);
    }();
    return list;
}

Officer fromRow(const QSqlQuery &q)
{
    Officer o;
    o.id = q.value(QStringLiteral("id")).toString();
    o.name = q.value(QStringLiteral("name")).toString();
    o.policeNumber = q.value(QStringLiteral("police_number")).toString();
    o.unitName = q.value(QStringLiteral("unit_name")).toString();
    o.role = fromCode<OfficerRole>(q.value(QStringLiteral("role")).toString()).value_or(OfficerRole::Station);
    o.active = q.value(QStringLiteral("active")).toBool();
    o.hasSecret = q.value(QStringLiteral("has_secret")).toBool();
    o.createdAt = Sql::toTime(q.value(QStringLiteral("created_at")));
    o.updatedAt = Sql::toTime(q.value(QStringLiteral("updated_at")));
    o.hlc = q.value(QStringLiteral("hlc")).toString();
    return o;
}

Result<std::optional<Officer>> one(QSqlDatabase db, const QString &where, const QVariantList &binds)
{
    return Sql::first<Officer>(
        db, QStringLiteral("SELECT %1 FROM officers WHERE %2").arg(columnList(), where), binds, fromRow);
}

const QString PreferredByNumber
    = QStringLiteral("police_number = ? ORDER BY secret_hash IS NULL, active DESC, created_at, id");

Error notFound(const QString &key)
{
    return makeError(
        QCoreApplication::translate("OfficerRepository", "No officer with the id or police number '%1' is recorded.")
            .arg(key),
        QStringLiteral("officer"));
}

Result<Officer> found(Result<std::optional<Officer>> r, const QString &key)
{
    if (!r)
        return r.error();
    if (!r.value())
        return notFound(key);
    return *r.value();
}
} // namespace

Result<Officer> OfficerRepository::get(const QString &id) const
{
    return found(one(m_db.sql(), QStringLiteral("id = ?"), {id}), id);
}

Result<Officer> OfficerRepository::byPoliceNumber(const QString &policeNumber) const
{
    // A reviewer's store may hold the same person twice (registered on two laptops, see schema 4):
    // the one who can sign in here comes first, then an active one, then the earliest.
    return found(one(m_db.sql(), PreferredByNumber, {policeNumber.trimmed()}), policeNumber);
}

Result<Officer> OfficerRepository::resolve(const QString &idOrPoliceNumber) const
{
    auto r = one(m_db.sql(), QStringLiteral("id = ?"), {idOrPoliceNumber});
    if (r && !r.value())
        return byPoliceNumber(idOrPoliceNumber);
    return found(std::move(r), idOrPoliceNumber);
}

Result<Officer> OfficerRepository::add(const Officer &input, const QString &secret, const Actor &actor)
{
    auto v = input.validated();
    if (!v)
        return v.error();
    Officer o = v.value();
    auto existing = one(m_db.sql(), QStringLiteral("police_number = ?"), {o.policeNumber});
    if (!existing)
        return existing.error();
    if (existing.value())
        return makeError(QCoreApplication::translate("OfficerRepository",
                             "The police number %1 is already recorded for %2; each officer is "
                             "recorded once.")
                             .arg(o.policeNumber, existing.value()->name),
            QStringLiteral("police_number"));
    QString hash;
    if (!secret.isEmpty()) {
        auto h = SecretHash::hash(secret);
        if (!h)
            return h.error();
        hash = h.value();
    }
    o.id = Uuid::create();
    const Status s = m_db.write(actor, [&](WriteScope &w) { return insert(w, o, hash); });
    if (!s)
        return s.error();
    return o;
}

Status OfficerRepository::insert(WriteScope &w, Officer &o, const QString &secretHash)
{
    if (o.id.isEmpty())
        o.id = Uuid::create();
    o.hasSecret = !secretHash.isEmpty();
    o.createdAt = o.updatedAt = w.now();
    o.hlc = w.hlc();
    QSqlQuery q(w.sql());
    if (Status st = Sql::run(q,
            QStringLiteral("INSERT INTO officers (id, name, police_number, unit_name, role, active, "
                           "secret_hash, created_at, updated_at, hlc) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {o.id, o.name, o.policeNumber, o.unitName, toCode(o.role), o.active ? 1 : 0, Sql::orNull(secretHash),
                Sql::time(o.createdAt), Sql::time(o.updatedAt), o.hlc});
        !st)
        return st;
    return w.record(QStringLiteral("create"), QStringLiteral("officer"), o.id, o.toJson(), QStringLiteral("insert"));
}

Result<Officer> OfficerRepository::update(const Officer &input, const Actor &actor)
{
    auto before = get(input.id);
    if (!before)
        return before.error();
    auto v = input.validated();
    if (!v)
        return v.error();
    Officer o = v.value();
    // Another record with the number: refused, unless the number is unchanged (a copy of this
    // person from another device, kept beside this one, must not block editing).
    auto clash = one(m_db.sql(), QStringLiteral("police_number = ? AND id <> ?"), {o.policeNumber, o.id});
    if (!clash)
        return clash.error();
    if (clash.value() && o.policeNumber != before.value().policeNumber)
        return makeError(QCoreApplication::translate("OfficerRepository",
                             "The police number %1 is already recorded for %2; each officer is "
                             "recorded once.")
                             .arg(o.policeNumber, clash.value()->name),
            QStringLiteral("police_number"));
    o.createdAt = before.value().createdAt;
    o.hasSecret = before.value().hasSecret;
    const Status s = m_db.write(actor, [&](WriteScope &w) {
        o.updatedAt = w.now();
        o.hlc = w.hlc();
        QSqlQuery q(w.sql());
        if (Status st = Sql::run(q,
                QStringLiteral("UPDATE officers SET name = ?, police_number = ?, unit_name = ?, "
                               "role = ?, active = ?, updated_at = ?, hlc = ? WHERE id = ?"),
                {o.name, o.policeNumber, o.unitName, toCode(o.role), o.active ? 1 : 0, Sql::time(o.updatedAt), o.hlc,
                    o.id});
            !st)
            return st;
        return w.record(QStringLiteral("update"), QStringLiteral("officer"), o.id,
            {{QStringLiteral("changes"), JsonDiff::changes(before.value().toJson(), o.toJson())}},
            QStringLiteral("update"));
    });
    if (!s)
        return s.error();
    return o;
}

Status OfficerRepository::setSecret(const QString &officerId, const QString &secret, const Actor &actor)
{
    auto officer = get(officerId);
    if (!officer)
        return officer.error();
    auto h = SecretHash::hash(secret);
    if (!h)
        return h.error();
    return m_db.write(actor, [&](WriteScope &w) {
        QSqlQuery q(w.sql());
        if (Status st = Sql::run(q, QStringLiteral("UPDATE officers SET secret_hash = ?, updated_at = ? WHERE id = ?"),
                {h.value(), Sql::time(w.now()), officerId});
            !st)
            return st;
        w.touched(QStringLiteral("officer"));
        return w.audit(QStringLiteral("set-secret"), QStringLiteral("officer"), officerId,
            {{QStringLiteral("police_number"), officer.value().policeNumber}});
    });
}

Result<QString> OfficerRepository::secretHash(const QString &officerId) const
{
    QSqlQuery q(m_db.sql());
    if (Status s = Sql::run(q, QStringLiteral("SELECT secret_hash FROM officers WHERE id = ?"), {officerId}); !s)
        return s.error();
    if (!q.next())
        return notFound(officerId);
    return Sql::text(q.value(0));
}

Status OfficerRepository::verifySecret(const QString &officerId, const QString &secret) const
{
    auto officer = get(officerId);
    if (!officer)
        return officer.error();
    if (!officer.value().active)
        return makeError(
            QCoreApplication::translate("OfficerRepository", "The officer %1 is deactivated and cannot sign in.")
                .arg(officer.value().policeNumber),
            QStringLiteral("officer"));
    auto hash = secretHash(officerId);
    if (!hash)
        return hash.error();
    const bool ok = hash.value().isEmpty() ? secret.isEmpty() : SecretHash::verify(hash.value(), secret);
    if (!ok)
        return makeError(QCoreApplication::translate("OfficerRepository", "The secret given for officer %1 is wrong.")
                             .arg(officer.value().policeNumber),
            QStringLiteral("secret"));
    return {};
}

Result<QList<Officer>> OfficerRepository::list(bool activeOnly) const
{
    QSqlQuery q(m_db.sql());
    const QString sql = QStringLiteral("SELECT %1 FROM officers %2 ORDER BY name, police_number")
                            .arg(columnList(), activeOnly ? QStringLiteral("WHERE active = 1") : QString());
    if (Status s = Sql::run(q, sql); !s)
        return s.error();
    QList<Officer> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

} // namespace psv
