#include "StatementCache.h"

#include <QHash>
#include <QMutex>
#include <QSqlDriver>

#include <memory>

namespace psv {

namespace {

struct Statement
{
    std::unique_ptr<QSqlQuery> query;
    bool lent = false;
};

struct Connection
{
    QSqlDatabase db;
    QHash<QString, std::shared_ptr<Statement>> statements;
};

struct Registry
{
    QMutex mutex;
    QHash<const QSqlDriver *, std::shared_ptr<Connection>> connections;
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

StatementCache::Lease::Lease(const QSqlDatabase &db, const QString &sql) : m_sql(sql), m_driver(db.driver())
{
    // A statement of the lease's own: on a connection that is not a store's, or for a nested use
    // of the same text.
    auto own = [&] {
        m_own.emplace(db);
        m_prepared = m_own->prepare(sql);
    };
    QMutexLocker lock(&registry().mutex);
    const auto c = registry().connections.constFind(m_driver);
    if (c == registry().connections.constEnd()) {
        own();
        return;
    }
    auto &statements = c.value()->statements;
    auto it = statements.find(sql);
    if (it != statements.end() && it.value()->lent) {
        own();
        return;
    }
    if (it == statements.end()) {
        auto s = std::make_shared<Statement>();
        s->query = std::make_unique<QSqlQuery>(db);
        if (!s->query->prepare(sql)) {
            m_own.emplace(std::move(*s->query));
            return;
        }
        if (statements.size() >= MaxPerConnection)
            for (auto i = statements.begin(); i != statements.end();)
                i = i.value()->lent ? std::next(i) : statements.erase(i);
        it = statements.insert(sql, s);
    }
    it.value()->lent = true;
    m_lent = it.value()->query.get();
    m_prepared = true;
}

StatementCache::Lease::~Lease()
{
    if (!m_lent)
        return;
    m_lent->finish();
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const auto c = r.connections.constFind(m_driver);
    if (c == r.connections.constEnd())
        return;
    const auto it = c.value()->statements.constFind(m_sql);
    if (it != c.value()->statements.constEnd() && it.value()->query.get() == m_lent)
        it.value()->lent = false;
}

QSqlDatabase StatementCache::connectionOf(const QSqlDriver *driver)
{
    QMutexLocker lock(&registry().mutex);
    const auto c = registry().connections.value(driver);
    return c ? c->db : QSqlDatabase();
}

void StatementCache::enable(const QSqlDatabase &db)
{
    if (!db.driver())
        return;
    auto c = std::make_shared<Connection>();
    c->db = db;
    QMutexLocker lock(&registry().mutex);
    registry().connections.insert(db.driver(), c);
}

void StatementCache::forget(const QSqlDatabase &db)
{
    std::shared_ptr<Connection> gone;
    {
        QMutexLocker lock(&registry().mutex);
        gone = registry().connections.take(db.driver());
    }
    // The statements are destroyed here, on the connection's thread, outside the lock.
}

int StatementCache::size(const QSqlDatabase &db)
{
    QMutexLocker lock(&registry().mutex);
    const auto c = registry().connections.value(db.driver());
    return c ? int(c->statements.size()) : 0;
}

} // namespace psv
