// StatementCache on a real store: writes reuse one prepared statement, a SELECT still being read
// is never lent again (nested use of the same text), a failed write leaves the statement usable,
// and a closed store leaves nothing behind.
#include "Sql.h"
#include "StatementCache.h"
#include "StoreFixture.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace psv;

class TestStatementCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesReuseOneStatement()
    {
        StoreFixture fx;
        QVERIFY(fx.open(false));
        QSqlQuery setup(fx.db->sql());
        QVERIFY(setup.exec(QStringLiteral("CREATE TEMP TABLE t (k INTEGER, v TEXT)")));
        const int before = StatementCache::size(fx.db->sql());
        for (int i = 0; i < 100; ++i) {
            QSqlQuery q(fx.db->sql());
            QVERIFY(Sql::run(q, QStringLiteral("INSERT INTO t (k, v) VALUES (?, ?)"), {i, QString::number(i)}).ok());
        }
        QCOMPARE(StatementCache::size(fx.db->sql()), before + 1);
        auto n = Sql::first<int>(fx.db->sql(), QStringLiteral("SELECT COUNT(*), SUM(k) FROM t"), {},
            [](const QSqlQuery &q) { return q.value(0).toInt() * 100000 + q.value(1).toInt(); });
        QVERIFY(n.ok() && n.value());
        QCOMPARE(*n.value(), 100 * 100000 + 4950);
    }

    void aSelectBeingReadIsNotHandedOut()
    {
        StoreFixture fx;
        QVERIFY(fx.open(false));
        QSqlQuery setup(fx.db->sql());
        QVERIFY(setup.exec(QStringLiteral("CREATE TEMP TABLE t (k INTEGER)")));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(Sql::run(setup, QStringLiteral("INSERT INTO t (k) VALUES (?)"), {i}).ok());
        const QString sql = QStringLiteral("SELECT k FROM t WHERE k >= ? ORDER BY k");
        // the outer read and, for each row, the same statement text again
        auto outer = Sql::all<QString>(fx.db->sql(), sql, {1}, [&](const QSqlQuery &q) {
            const int k = q.value(0).toInt();
            auto inner = Sql::all<int>(fx.db->sql(), sql, {k}, [](const QSqlQuery &r) { return r.value(0).toInt(); });
            QStringList ks;
            for (int v : inner.value())
                ks << QString::number(v);
            return QString::number(k) + u':' + ks.join(u',');
        });
        QVERIFY(outer.ok());
        QCOMPARE(
            outer.value(), (QStringList {QStringLiteral("1:1,2,3"), QStringLiteral("2:2,3"), QStringLiteral("3:3")}));
    }

    void aFailedWriteLeavesTheStatementUsable()
    {
        StoreFixture fx;
        QVERIFY(fx.open(false));
        QSqlQuery setup(fx.db->sql());
        QVERIFY(setup.exec(QStringLiteral("CREATE TEMP TABLE t (k INTEGER PRIMARY KEY)")));
        const QString insert = QStringLiteral("INSERT INTO t (k) VALUES (?)");
        QSqlQuery q(fx.db->sql());
        QVERIFY(Sql::run(q, insert, {1}).ok());
        QCOMPARE(Sql::changes(fx.db->sql()), 1);
        const Status dup = Sql::run(q, insert, {1});
        QVERIFY(!dup.ok());
        QVERIFY2(dup.error().message.contains(QStringLiteral("UNIQUE")), qPrintable(dup.error().message));
        QVERIFY(Sql::run(q, insert, {2}).ok());
        QVERIFY(Sql::run(q, QStringLiteral("DELETE FROM t WHERE k > ?"), {0}).ok());
        QCOMPARE(Sql::changes(fx.db->sql()), 2);
    }

    void aClosedStoreLeavesNoStatements()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
        StoreFixture fx;
        QVERIFY(fx.open());
        QString name;
        {
            const QSqlDatabase db = fx.db->sql();
            QVERIFY(StatementCache::size(db) > 0); // opening and populating wrote through the cache
            name = db.connectionName();
        }
        fx.db.reset();
        QVERIFY(!QSqlDatabase::contains(name));
    }
};

QTEST_GUILESS_MAIN(TestStatementCache)
#include "TestStatementCache.moc"
