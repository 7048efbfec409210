// Every column list the code reads and writes by, held against PRAGMA table_info of a freshly
// migrated store: a migration that adds or drops a column fails here until the code follows.
#include "RecordTables.h"
#include "StoreColumns.h"
#include "StoreFixture.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace psv;

class TestStoreColumns : public QObject
{
    Q_OBJECT

    StoreFixture m_fx;

    QStringList tableColumns(const QString &table)
    {
        QSqlQuery q(m_fx.db->sql());
        QStringList out;
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
            return out;
        while (q.next())
            out << q.value(QStringLiteral("name")).toString();
        return out;
    }

    static QList<const RecordTables::Table *> syncedTables()
    {
        return {&RecordTables::units(), &RecordTables::sites(), &RecordTables::officers(), &RecordTables::inspections(),
            &RecordTables::inspectionOfficers(), &RecordTables::itemResults(), &RecordTables::evidence(),
            &RecordTables::itemEvidence(), &RecordTables::orders(), &RecordTables::reviews()};
    }

    static QStringList sorted(QStringList l)
    {
        l.sort();
        return l;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fx.open(false)); }

    void everyTableHasAColumn()
    {
        QVERIFY(tableColumns(QStringLiteral("units")).contains(QStringLiteral("uscc")));
        QVERIFY(tableColumns(QStringLiteral("no_such_table")).isEmpty());
    }

    void repositoryColumns_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("columns");
        QTest::newRow("units") << QStringLiteral("units") << StoreColumns::units();
        QTest::newRow("sites") << QStringLiteral("sites") << StoreColumns::sites();
        QTest::newRow("officers") << QStringLiteral("officers") << StoreColumns::officers();
        QTest::newRow("inspections") << QStringLiteral("inspections") << StoreColumns::inspections();
        QTest::newRow("item_results") << QStringLiteral("item_results") << StoreColumns::itemResults();
        QTest::newRow("orders") << QStringLiteral("orders") << StoreColumns::orders();
        QTest::newRow("evidence") << QStringLiteral("evidence") << StoreColumns::evidence();
        QTest::newRow("audit_log") << QStringLiteral("audit_log") << StoreColumns::auditLog();
        QTest::newRow("change_log") << QStringLiteral("change_log") << StoreColumns::changeLog();
        QTest::newRow("sync_peers") << QStringLiteral("sync_peers") << StoreColumns::syncPeers();
        QTest::newRow("sync_conflicts") << QStringLiteral("sync_conflicts") << StoreColumns::syncConflicts();
    }

    void repositoryColumns()
    {
        QFETCH(QString, table);
        QFETCH(QStringList, columns);
        QCOMPARE(columns.size(), QSet<QString>(columns.cbegin(), columns.cend()).size()); // each once
        QCOMPARE(sorted(columns), sorted(tableColumns(table)));
    }

    // The tables as bundles carry them: every column, except an officer's sign-in secret.
    void syncTables_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < syncedTables().size(); ++i)
            QTest::newRow(syncedTables().at(i)->name) << i;
    }

    void syncTables()
    {
        QFETCH(int, index);
        const RecordTables::Table *t = syncedTables().at(index);
        QStringList expected = tableColumns(QLatin1String(t->name));
        QVERIFY(!expected.isEmpty());
        if (QLatin1String(t->name) == QLatin1String("officers"))
            expected.removeAll(QStringLiteral("secret_hash"));
        QCOMPARE(sorted(t->names()), sorted(expected));
    }
};

QTEST_GUILESS_MAIN(TestStoreColumns)
#include "TestStoreColumns.moc"
