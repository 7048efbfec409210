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
    Registry &r = registry();
    {
        QMutexLocker lock(&r.mutex);
        const auto c = r.connections.constFind(m_driver);
        if (c == r.connections.constEnd()) {
            lock.unlock();
            m_own.emplace(db); // not a store connection: an ordinary statement
            m_prepared = m_own->prepare(sql);
            return;
        }
        const auto it = c.value()->statements.constFind(sql);
        if (it != c.value()->statements.constEnd() && !it.value()->lent) {
            it.value()->lent = true;
            m_lent = it.value()->query.get();
            m_prepared = true;
            return;
        }
    }
    auto s = std::make_shared<Statement>();
    s->query = std::make_unique<QSqlQuery>(db);
    m_prepared = s->query->prepare(sql);
    if (!m_prepared) {
        m_own.emplace(std::move(*s->query));
        return;
    }
    s->lent = true;
    m_lent = s->query.get();
    QMutexLocker lock(&r.mutex);
    const auto c = r.connections.constFind(m_driver);
    if (c == r.connections.constEnd()) {
        m_own.emplace(std::move(*s->query));
        m_lent = nullptr;
        return;
    }
    auto &statements = c.value()->statements;
    const auto it = statements.constFind(sql);
    if (it != statements.constEnd() && it.value()->lent) {
        // nested use: this statement is ours alone and goes with the lease
        m_own.emplace(std::move(*s->query));
        m_lent = nullptr;
        return;
    }
    if (statements.size() >= MaxPerConnection) {
        for (auto i = statements.begin(); i != statements.end();)
            i = i.value()->lent ? std::next(i) : statements.erase(i);
    }
    statements.insert(sql, s);
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
