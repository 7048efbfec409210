#include "CliStoreSetup.h"
#include "StoreState.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestUnitCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addListShow()
    {
        QTemporaryDir dir;
        auto r = runPsvctl(dir.path(),
            {QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("--name"),
                QStringLiteral("深圳市腾讯计算机系统有限公司"), QStringLiteral("--type"), QStringLiteral("enterprise"),
                QStringLiteral("--uscc"), QStringLiteral("91440300708461136t"), QStringLiteral("--address"),
                QStringLiteral("深圳市南山区"), QStringLiteral("--station"), QStringLiteral("粤海派出所")});
        QCOMPARE(r.exitCode, 0);
        const QString id = r.out.trimmed();
        QCOMPARE(id.size(), 36);
        r = runPsvctl(dir.path(),
            {QStringLiteral("--json"), QStringLiteral("unit"), QStringLiteral("add"),
                QStringLiteral("--name=个体户王五"), QStringLiteral("--type=individual")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("uscc")).toString(), QString());
        QCOMPARE(r.json().object().value(QStringLiteral("type")).toString(), QStringLiteral("individual"));
        r = runPsvctl(dir.path(), {QStringLiteral("--json"), QStringLiteral("unit"), QStringLiteral("list")});
        QCOMPARE(r.json().array().size(), 2);
        r = runPsvctl(dir.path(),
            {QStringLiteral("--json"), QStringLiteral("unit"), QStringLiteral("list"), QStringLiteral("--search"),
                QStringLiteral("腾讯")});
        QCOMPARE(r.json().array().size(), 1);
        r = runPsvctl(dir.path(),
            {QStringLiteral("--json"), QStringLiteral("unit"), QStringLiteral("show"),
                QStringLiteral("91440300708461136T")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(r.json().object().value(QStringLiteral("police_station")).toString(), QStringLiteral("粤海派出所"));
        r = runPsvctl(dir.path(), {QStringLiteral("unit"), QStringLiteral("show"), id});
        QVERIFY(r.out.contains(QStringLiteral("91440300708461136T")));
    }

    void refusedInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exit");
        QTest::addColumn<QString>("says");
        const QString u = QStringLiteral("unit"), add = QStringLiteral("add");
        QTest::newRow("bad check") << QStringList {u, add, QStringLiteral("--name"), QStringLiteral("X"),
            QStringLiteral("--type"), QStringLiteral("enterprise"), QStringLiteral("--uscc"),
            QStringLiteral("914403001922038217")}
                                   << 1 << QStringLiteral("give '6'");
        QTest::newRow("bad length") << QStringList {u, add, QStringLiteral("--name"), QStringLiteral("X"),
            QStringLiteral("--type"), QStringLiteral("enterprise"), QStringLiteral("--uscc"), QStringLiteral("9144")}
                                    << 1 << QStringLiteral("4 character");
        QTest::newRow("no code") << QStringList {u, add, QStringLiteral("--name"), QStringLiteral("X"),
            QStringLiteral("--type"), QStringLiteral("government")}
                                 << 1 << QStringLiteral("only an individual");
        QTest::newRow("duplicate") << QStringList {u, add, QStringLiteral("--name"), QStringLiteral("X"),
            QStringLiteral("--type"), QStringLiteral("enterprise"), QStringLiteral("--uscc"),
            QStringLiteral("914403001922038216")}
                                   << 1 << QStringLiteral("already recorded");
        QTest::newRow("no name") << QStringList {u, add, QStringLiteral("--type"), QStringLiteral("enterprise")} << 1
                                 << QStringLiteral("--name");
        QTest::newRow("no type") << QStringList {u, add, QStringLiteral("--name"), QStringLiteral("X")} << 1
                                 << QStringLiteral("--type");
        QTest::newRow("bad type") << QStringList {u, add, QStringLiteral("--name"), QStringLiteral("X"),
            QStringLiteral("--type"), QStringLiteral("company")}
                                  << 1 << QStringLiteral("'company'");
        QTest::newRow("unknown option") << QStringList {u, add, QStringLiteral("--name"), QStringLiteral("X"),
            QStringLiteral("--type"), QStringLiteral("other"), QStringLiteral("--colour"), QStringLiteral("red")}
                                        << 2 << QStringLiteral("--colour");
        QTest::newRow("unknown unit") << QStringList {u, QStringLiteral("show"), QStringLiteral("nope")} << 1
                                      << QStringLiteral("'nope'");
        QTest::newRow("unknown officer") << QStringList {u, add, QStringLiteral("--name"), QStringLiteral("X"),
            QStringLiteral("--type"), QStringLiteral("other"), QStringLiteral("--officer"), QStringLiteral("999")}
                                         << 1 << QStringLiteral("999");
    }
    void refusedInputChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exit);
        QFETCH(QString, says);
        QTemporaryDir dir;
        CliStoreSetup s(dir.path());
        QVERIFY(s.ok);
        const QString before = storeState(s.dir);
        auto r = s.run(args);
        QCOMPARE(r.exitCode, exit);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(storeState(s.dir), before);
    }

    void theActorIsNamedInTheAuditLog()
    {
        QTemporaryDir dir;
        CliStoreSetup s(dir.path());
        QVERIFY(s.ok);
        auto r = s.run({QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("--name"),
                           QStringLiteral("王五"), QStringLiteral("--police-number"), QStringLiteral("012347"),
                           QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--secret-stdin")},
            "s3cret-pass\n");
        QCOMPARE(r.exitCode, 0);
        const QStringList add {QStringLiteral("--officer"), QStringLiteral("012347"), QStringLiteral("unit"),
            QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("个体户"), QStringLiteral("--type"),
            QStringLiteral("individual")};
        const QString before = storeState(s.dir);
        qunsetenv("PSV_SECRET");
        r = s.run(add);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("PSV_SECRET")), qPrintable(r.err));
        qputenv("PSV_SECRET", "wrong-pass");
        r = s.run(add);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("wrong")), qPrintable(r.err));
        QCOMPARE(storeState(s.dir), before);
        qputenv("PSV_SECRET", "s3cret-pass");
        r = s.run(add);
        qunsetenv("PSV_SECRET");
        QCOMPARE(r.exitCode, 0);
        r = s.run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
            QStringLiteral("1")});
        const QJsonObject last = r.json().array().first().toObject();
        QCOMPARE(last.value(QStringLiteral("actor")).toString(), QStringLiteral("王五 (012347)"));
        QCOMPARE(last.value(QStringLiteral("action")).toString(), QStringLiteral("create"));
        QVERIFY(!last.value(QStringLiteral("actor_id")).toString().isEmpty());
        // Without --officer the actor is the operating-system user.
        r = s.run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")});
        QVERIFY(r.json()
                .array()
                .last()
                .toObject()
                .value(QStringLiteral("actor"))
                .toString()
                .startsWith(QStringLiteral("cli:")));
    }
};

QTEST_GUILESS_MAIN(TestUnitCommands)
#include "TestUnitCommands.moc"
