#include "CliStoreSetup.h"
#include "StoreState.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestSiteCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addWithFilingAndShowTheDeadline()
    {
        QTemporaryDir dir;
        CliStoreSetup s(dir.path());
        QVERIFY(s.ok);
        auto r = s.run({QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("add"),
            QStringLiteral("--unit"), QStringLiteral("914403001922038216"), QStringLiteral("--name"),
            QStringLiteral("旧园区"), QStringLiteral("--category"), QStringLiteral("art7-2-2"),
            QStringLiteral("--in-use-since"), QStringLiteral("2023-05-01"), QStringLiteral("--cameras"),
            QStringLiteral("64"), QStringLiteral("--camera-type"), QStringLiteral("球机"),
            QStringLiteral("--camera-type"), QStringLiteral("枪机"), QStringLiteral("--retention-days"),
            QStringLiteral("30"), QStringLiteral("--filing-number"), QStringLiteral("深公视备-0042"),
            QStringLiteral("--lat"), QStringLiteral("22.6"), QStringLiteral("--lon"), QStringLiteral("114.1")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("filing_status")).toString(), QStringLiteral("filed"));
        QCOMPARE(o.value(QStringLiteral("camera_types")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("filing_deadline")).toObject().value(QStringLiteral("date")).toString(),
            QStringLiteral("2025-06-30"));
        const QString id = o.value(QStringLiteral("id")).toString();
        r = s.run({QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("show"), s.siteId});
        QCOMPARE(r.exitCode, 0);
        o = r.json().object();
        const QJsonObject deadline = o.value(QStringLiteral("filing_deadline")).toObject();
        QCOMPARE(deadline.value(QStringLiteral("date")).toString(), QStringLiteral("2025-09-09"));
        QCOMPARE(deadline.value(QStringLiteral("rule")).toString(), QStringLiteral("30-days"));
        QVERIFY(deadline.value(QStringLiteral("basis")).toString().contains(QStringLiteral("Art. 14")));
        QCOMPARE(o.value(QStringLiteral("unit")).toObject().value(QStringLiteral("uscc")).toString(),
            QStringLiteral("914403001922038216"));
        r = s.run({QStringLiteral("site"), QStringLiteral("show"), id});
        QVERIFY2(r.out.contains(QStringLiteral("2025-06-30")), qPrintable(r.out));
        r = s.run({QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("list"),
            QStringLiteral("--filing-status"), QStringLiteral("filed")});
        QCOMPARE(r.json().array().size(), 1);
        r = s.run({QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--unit"),
            QStringLiteral("914403001922038216")});
        QCOMPARE(r.json().array().size(), 2);
    }

    void refusedInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        const QString site = QStringLiteral("site"), add = QStringLiteral("add");
        QTest::newRow("unknown unit") << QStringList {site, add, QStringLiteral("--unit"), QStringLiteral("nope"),
            QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--category"), QStringLiteral("art9")}
                                      << QStringLiteral("'nope'");
        QTest::newRow("no category") << QStringList {site, add, QStringLiteral("--unit"),
            QStringLiteral("914403001922038216"), QStringLiteral("--name"), QStringLiteral("X")}
                                     << QStringLiteral("--category");
        QTest::newRow("half gps") << QStringList {site, add, QStringLiteral("--unit"),
            QStringLiteral("914403001922038216"), QStringLiteral("--name"), QStringLiteral("X"),
            QStringLiteral("--category"), QStringLiteral("art9"), QStringLiteral("--lat"), QStringLiteral("1")}
                                  << QStringLiteral("latitude");
        QTest::newRow("bad date") << QStringList {site, add, QStringLiteral("--unit"),
            QStringLiteral("914403001922038216"), QStringLiteral("--name"), QStringLiteral("X"),
            QStringLiteral("--category"), QStringLiteral("art9"), QStringLiteral("--in-use-since"),
            QStringLiteral("2025-02-30")}
                                  << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("contradiction") << QStringList {site, add, QStringLiteral("--unit"),
            QStringLiteral("914403001922038216"), QStringLiteral("--name"), QStringLiteral("X"),
            QStringLiteral("--category"), QStringLiteral("art9"), QStringLiteral("--filing-status"),
            QStringLiteral("not-filed"), QStringLiteral("--filing-number"), QStringLiteral("1")}
                                       << QStringLiteral("not-filed");
        QTest::newRow("unknown site") << QStringList {site, QStringLiteral("show"), QStringLiteral("nope")}
                                      << QStringLiteral("'nope'");
    }
    void refusedInputChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        QTemporaryDir dir;
        CliStoreSetup s(dir.path());
        QVERIFY(s.ok);
        const QString before = storeState(s.dir);
        auto r = s.run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QCOMPARE(storeState(s.dir), before);
    }
};

QTEST_GUILESS_MAIN(TestSiteCommands)
#include "TestSiteCommands.moc"
