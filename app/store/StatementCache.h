#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

class QSqlDriver;

namespace psv {

// Prepared statements kept per store connection and reused: SQLite spends longer preparing a short
// INSERT than running it, and an import or an audit chain runs the same few statements tens of
// thousands of times (tests/bench/bench_sync). Sql::run uses it for plain writes, Sql::all and
// Sql::first for the SELECTs they read to the end themselves.
// A statement is lent for the lifetime of a Lease and finished when it ends; a text whose cached
// statement is lent out already (nested use) gets a statement of its own for that lease.
// Only connections a Database registered are cached: Database::open enables its connection and
// ~Database forgets it before the connection is removed. Each connection is used from one thread.
class StatementCache
{
public:
    class Lease
    {
    public:
        Lease(const QSqlDatabase &db, const QString &sql);
        ~Lease();
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;

        bool ok() const { return m_prepared; } // prepared; else query().lastError() says why
        QSqlQuery &query() { return m_lent ? *m_lent : *m_own; }

    private:
        bool m_prepared = false;
        QSqlQuery *m_lent = nullptr;
        std::optional<QSqlQuery> m_own;
        QString m_sql;
        const QSqlDriver *m_driver = nullptr;
    };

    // The registered connection a query's driver belongs to; invalid when it is not registered.
    static QSqlDatabase connectionOf(const QSqlDriver *driver);
    static void enable(const QSqlDatabase &db);
    static void forget(const QSqlDatabase &db);
    static int size(const QSqlDatabase &db); // statements cached for db (tests)

    static constexpr int MaxPerConnection = 256; // dynamic SQL (IN lists, filters) cannot grow it beyond this
};

} // namespace psv
