#pragma once

#include "Result.h"
#include "StatementCache.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace psv {

// Small helpers between QtSql and the store's conventions: positional binds, errors as values
// (code 3: the store failed, not the input), and the text forms of dates, times, lists and JSON.
class Sql
{
public:
    // prepare + bind (in order) + exec; on failure an Error naming the statement's purpose.
    static Status run(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> binds = {});
    static Status run(QSqlQuery &query, const QString &sql, const QVariantList &binds);
    // A plain INSERT/UPDATE/DELETE on a store connection runs on a statement prepared once per
    // connection (StatementCache) and leaves `query` untouched: ask changes() for the rows written.
    static Error error(const QSqlQuery &query);
    static Status bindAndExec(QSqlQuery &query, const QVariantList &binds);
    // Binds and runs a leased statement (a SELECT read to the end while the lease lives).
    static Status run(StatementCache::Lease &lease, const QVariantList &binds);
    // Rows changed by the connection's last INSERT, UPDATE or DELETE (SQLite's changes()).
    static int changes(QSqlDatabase db);

    // Runs a SELECT and maps every row (or the first row) with fromRow(const QSqlQuery &).
    template<typename T, typename FromRow>
    static Result<QList<T>> all(QSqlDatabase db, const QString &sql, const QVariantList &binds, FromRow fromRow)
    {
        StatementCache::Lease lease(db, sql);
        if (!lease.ok())
            return error(lease.query());
        if (Status s = bindAndExec(lease.query(), binds); !s)
            return s.error();
        QList<T> out;
        while (lease.query().next())
            out.append(fromRow(std::as_const(lease.query())));
        return out;
    }
    template<typename T, typename FromRow>
    static Result<std::optional<T>> first(
        QSqlDatabase db, const QString &sql, const QVariantList &binds, FromRow fromRow)
    {
        StatementCache::Lease lease(db, sql);
        if (!lease.ok())
            return error(lease.query());
        if (Status s = bindAndExec(lease.query(), binds); !s)
            return s.error();
        std::optional<T> out;
        if (lease.query().next())
            out = fromRow(std::as_const(lease.query()));
        return out;
    }

    // SQL NULL. (A null QString binds as NULL too, so run() binds every QString as text, even
    // an empty one; NULL is only ever what null() or an empty optional gives.)
    static QVariant null() { return QVariant(QMetaType::fromType<std::nullptr_t>()); }
    static QVariant orNull(const QString &text) { return text.isEmpty() ? null() : QVariant(text); }
    static QVariant date(const QDate &date);
    static QVariant time(const QDateTime &time);
    static QVariant json(const QJsonObject &object); // canonical text
    static QVariant json(const QStringList &list); // canonical text of an array of strings
    static QVariant integer(const std::optional<int> &value);
    static QVariant integer(const std::optional<qint64> &value);
    static QVariant real(const std::optional<double> &value);

    static QString text(const QVariant &v) { return v.isNull() ? QString() : v.toString(); }
    static QDate toDate(const QVariant &v);
    static QDateTime toTime(const QVariant &v);
    static QJsonObject toObject(const QVariant &v);
    static QStringList toStringList(const QVariant &v);
    static std::optional<int> toInt(const QVariant &v);
    static std::optional<qint64> toInt64(const QVariant &v);
    static std::optional<double> toReal(const QVariant &v);
    // A LIKE pattern matching text anywhere, with % _ and \ escaped (use with ESCAPE '\').
    static QString containsPattern(const QString &text);
};

} // namespace psv
