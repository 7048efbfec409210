#include "Sql.h"

#include "CanonicalJson.h"
#include "IsoTime.h"
#include "StatementCache.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>

namespace psv {

Status Sql::run(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> binds)
{
    return run(query, sql, QVariantList(binds));
}

namespace {
// Writes run to completion in exec(), so their statements can be reused at once.
bool isPlainWrite(const QString &sql)
{
    const QStringView s = QStringView(sql).trimmed();
    for (const char *verb : {"INSERT ", "UPDATE ", "DELETE ", "REPLACE "})
        if (s.startsWith(QLatin1String(verb), Qt::CaseInsensitive))
            return !sql.contains(QLatin1String("RETURNING"), Qt::CaseInsensitive);
    return false;
}
} // namespace

Status Sql::run(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    if (isPlainWrite(sql)) {
        if (const QSqlDatabase db = StatementCache::connectionOf(query.driver()); db.isValid()) {
            StatementCache::Lease lease(db, sql);
            if (!lease.ok())
                return error(lease.query());
            return bindAndExec(lease.query(), binds);
        }
    }
    if (!query.prepare(sql))
        return error(query);
    return bindAndExec(query, binds);
}

Status Sql::run(StatementCache::Lease &lease, const QVariantList &binds)
{
    if (!lease.ok())
        return error(lease.query());
    return bindAndExec(lease.query(), binds);
}

int Sql::changes(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT changes()")) && q.next() ? q.value(0).toInt() : -1;
}

Status Sql::bindAndExec(QSqlQuery &query, const QVariantList &binds)
{
    for (const QVariant &v : binds) {
        if (v.typeId() == QMetaType::QString && get<QString>(v).isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(v);
    }
    if (!query.exec())
        return error(query);
    return {};
}

Error Sql::error(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    QString statement = query.lastQuery().simplified();
    if (statement.size() > 80)
        statement = statement.left(77) + QStringLiteral("...");
    return makeError(
        QCoreApplication::translate("Sql", "The database refused an operation: %1").arg(e.text()), statement, 3);
}

QVariant Sql::date(const QDate &d)
{
    return d.isValid() ? QVariant(IsoTime::format(d)) : null();
}
QVariant Sql::time(const QDateTime &t)
{
    return t.isValid() ? QVariant(IsoTime::format(t)) : null();
}
QVariant Sql::json(const QJsonObject &o)
{
    return QString::fromUtf8(CanonicalJson::serialize(o));
}
QVariant Sql::json(const QStringList &l)
{
    return QString::fromUtf8(CanonicalJson::serialize(QJsonArray::fromStringList(l)));
}
QVariant Sql::integer(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}
QVariant Sql::integer(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}
QVariant Sql::real(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

QDate Sql::toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : IsoTime::parseDate(v.toString());
}
QDateTime Sql::toTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : IsoTime::parseTime(v.toString());
}

QJsonObject Sql::toObject(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QStringList Sql::toStringList(const QVariant &v)
{
    QStringList out;
    if (v.isNull())
        return out;
    const QJsonArray a = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    for (const QJsonValue &e : a)
        out << e.toString();
    return out;
}

std::optional<int> Sql::toInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}
std::optional<qint64> Sql::toInt64(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}
std::optional<double> Sql::toReal(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

QString Sql::containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace psv
