#include "CliStoreSetup.h"
#include "StoreState.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestInspectionCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newPrintsTheNumber()
    {
        QTemporaryDir dir;
        CliStoreSetup s(dir.path());
        QVERIFY(s.ok);
        const QString year = QString::number(QDate::currentDate().year());
        QCOMPARE(s.newInspection(), QStringLiteral("A7F3-%1-0001").arg(year));
        auto r = s.run({QStringLiteral("--json"), QStringLiteral("inspection"), QStringLiteral("new"),
            QStringLiteral("--site"), s.siteId, QStringLiteral("--inspector"), QStringLiteral("012345"),
            QStringLiteral("--inspector"), QStringLiteral("012346"), QStringLiteral("--kind"),
            QStringLiteral("professional"), QStringLiteral("--trigger"), QStringLiteral("report"),
            QStringLiteral("--report-ref"), QStringLiteral("举报-17"), QStringLiteral("--checklist"),
            QStringLiteral("mps-2025"), QStringLiteral("--checklist-version"), QStringLiteral("2025.1"),
            QStringLiteral("--checklist-hash"), QString(64, u'f'), QStringLiteral("--representative"),
            QStringLiteral("赵六"), QStringLiteral("--witness"), QStringLiteral("钱七"),
            QStringLiteral("--body-camera"), QStringLiteral("DSJ-01"), QStringLiteral("--body-camera"),
            QStringLiteral("DSJ-02"), QStringLiteral("--started"), QStringLiteral("2025-12-30T09:30:00+08:00")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("number")).toString(), QStringLiteral("A7F3-2025-0001"));
        QCOMPARE(o.value(QStringLiteral("checklist_version")).toString(), QStringLiteral("2025.1"));
        QCOMPARE(o.value(QStringLiteral("checklist_hash")).toString(), QString(64, u'f'));
        QCOMPARE(o.value(QStringLiteral("body_cameras")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("inspectors")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(o.value(QStringLiteral("started_at")).toString(), QStringLiteral("2025-12-30T01:30:00.000Z"));
    }

    void refusedNewChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        const QString i = QStringLiteral("inspection"), n = QStringLiteral("new"), site = QStringLiteral("--site"),
                      ins = QStringLiteral("--inspector");
        QTest::newRow("one inspector") << QStringList {i, n, site, QStringLiteral("SITE"), ins,
            QStringLiteral("012345")} << QStringLiteral("at least two");
        QTest::newRow("same twice") << QStringList {i, n, site, QStringLiteral("SITE"), ins, QStringLiteral("012345"),
            ins, QStringLiteral("012345")}
                                    << QStringLiteral("twice");
        QTest::newRow("unknown officer") << QStringList {i, n, site, QStringLiteral("SITE"), ins,
            QStringLiteral("012345"), ins, QStringLiteral("777")}
                                         << QStringLiteral("'777'");
        QTest::newRow("unknown site") << QStringList {i, n, site, QStringLiteral("nope"), ins, QStringLiteral("012345"),
            ins, QStringLiteral("012346")}
                                      << QStringLiteral("'nope'");
        QTest::newRow("no site") << QStringList {i, n, ins, QStringLiteral("012345"), ins, QStringLiteral("012346")}
                                 << QStringLiteral("--site");
        QTest::newRow("report without ref") << QStringList {i, n, site, QStringLiteral("SITE"), ins,
            QStringLiteral("012345"), ins, QStringLiteral("012346"), QStringLiteral("--trigger"),
            QStringLiteral("report")} << QStringLiteral("reference");
        QTest::newRow("bad kind") << QStringList {i, n, site, QStringLiteral("SITE"), ins, QStringLiteral("012345"),
            ins, QStringLiteral("012346"), QStringLiteral("--kind"), QStringLiteral("routine")}
                                  << QStringLiteral("inspection kind");
        QTest::newRow("time without zone")
            << QStringList {i, n, site, QStringLiteral("SITE"), ins, QStringLiteral("012345"), ins,
                   QStringLiteral("012346"), QStringLiteral("--started"), QStringLiteral("2026-01-01T09:00:00")}
            << QStringLiteral("time zone");
        QTest::newRow("unknown number") << QStringList {i, QStringLiteral("show"), QStringLiteral("A7F3-2026-9999")}
                                        << QStringLiteral("A7F3-2026-9999");
    }
    void refusedNewChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        QTemporaryDir dir;
        CliStoreSetup s(dir.path());
        QVERIFY(s.ok);
        args.replaceInStrings(QStringLiteral("SITE"), s.siteId);
        const QString before = storeState(s.dir);
        auto r = s.run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QCOMPARE(storeState(s.dir), before);
    }

    void itemsShowAndList()
    {
        QTemporaryDir dir;
        CliStoreSetup s(dir.path());
        QVERIFY(s.ok);
        const QString number = s.newInspection();
        auto r = s.run({QStringLiteral("inspection"), QStringLiteral("set-item"), number, QStringLiteral("7"),
            QStringLiteral("--status"), QStringLiteral("non-compliant"), QStringLiteral("--observation"),
            QStringLiteral("录像只保存12天"), QStringLiteral("--observations"),
            QStringLiteral("{\"retention_days_found\":12}")});
        QCOMPARE(r.exitCode, 0);
        // Fields not given keep their values.
        r = s.run({QStringLiteral("inspection"), QStringLiteral("set-item"), number, QStringLiteral("7"),
            QStringLiteral("--observation"), QStringLiteral("录像只保存12天，硬盘容量不足")});
        QCOMPARE(r.exitCode, 0);
        r = s.run({QStringLiteral("inspection"), QStringLiteral("set-item"), number, QStringLiteral("2"),
            QStringLiteral("--status"), QStringLiteral("compliant")});
        QCOMPARE(r.exitCode, 0);
        r = s.run({QStringLiteral("--json"), QStringLiteral("inspection"), QStringLiteral("show"), number});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray items = r.json().object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 2);
        const QJsonObject seven = items.at(1).toObject();
        QCOMPARE(seven.value(QStringLiteral("item_key")).toString(), QStringLiteral("7"));
        QCOMPARE(seven.value(QStringLiteral("status")).toString(), QStringLiteral("non-compliant"));
        QCOMPARE(seven.value(QStringLiteral("observation")).toString(), QStringLiteral("录像只保存12天，硬盘容量不足"));
        QCOMPARE(seven.value(QStringLiteral("observations")).toObject().value(QStringLiteral("retention_days_found")),
            QJsonValue(12));
        // The view was audited.
        r = s.run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
            QStringLiteral("1")});
        QCOMPARE(
            r.json().array().first().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("view"));
        s.newInspection({QStringLiteral("--kind"), QStringLiteral("professional")});
        r = s.run({QStringLiteral("--json"), QStringLiteral("inspection"), QStringLiteral("list")});
        QCOMPARE(r.json().array().size(), 2);
        r = s.run({QStringLiteral("--json"), QStringLiteral("inspection"), QStringLiteral("list"),
            QStringLiteral("--kind"), QStringLiteral("professional")});
        QCOMPARE(r.json().array().size(), 1);
        r = s.run({QStringLiteral("--json"), QStringLiteral("inspection"), QStringLiteral("list"),
            QStringLiteral("--uscc"), QStringLiteral("914403001922038216")});
        QCOMPARE(r.json().array().size(), 2);
        r = s.run({QStringLiteral("--json"), QStringLiteral("inspection"), QStringLiteral("list"),
            QStringLiteral("--search"), QStringLiteral("华为")});
        QCOMPARE(r.json().array().size(), 2);
        QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("unit_name")).toString(),
            QStringLiteral("华为技术有限公司"));
        // A bad item reference and a bad status change nothing.
        const QString before = storeState(s.dir);
        r = s.run({QStringLiteral("inspection"), QStringLiteral("set-item"), number, QStringLiteral("7"),
            QStringLiteral("--status"), QStringLiteral("ok")});
        QCOMPARE(r.exitCode, 1);
        r = s.run({QStringLiteral("inspection"), QStringLiteral("set-item"), number, QStringLiteral("7"),
            QStringLiteral("--evidence"), QStringLiteral("missing-evidence")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("missing-evidence")));
        r = s.run({QStringLiteral("inspection"), QStringLiteral("set-item"), number, QStringLiteral("7"),
            QStringLiteral("--observations"), QStringLiteral("[1,2]")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(storeState(s.dir), before);
    }

    void sealRefusesAnIncompleteInspection()
    {
        // As the app's completion dialog: an incomplete inspection is sealed only with a written reason.
        QTemporaryDir dir;
        CliStoreSetup s(dir.path());
        QVERIFY(s.ok);
        const QString number = s.newInspection();
        QCOMPARE(s.run({QStringLiteral("inspection"), QStringLiteral("set-item"), number, QStringLiteral("1"),
                           QStringLiteral("--status"), QStringLiteral("compliant")})
                     .exitCode,
            0);
        const QString before = storeState(s.dir);
        auto r = s.run({QStringLiteral("inspection"), QStringLiteral("seal"), number});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not complete")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Item 2")), qPrintable(r.err)); // names what is missing
        QVERIFY2(r.err.contains(QStringLiteral("video")), qPrintable(r.err));
        QCOMPARE(storeState(s.dir), before);
        r = s.run({QStringLiteral("inspection"), QStringLiteral("seal"), number, QStringLiteral("--override-reason"),
            QStringLiteral(" ")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(storeState(s.dir), before);

        const QString reason = QStringLiteral("执法记录仪故障，现场照片已另存");
        r = s.run({QStringLiteral("inspection"), QStringLiteral("seal"), number, QStringLiteral("--override-reason"),
            reason});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = s.run({QStringLiteral("--json"), QStringLiteral("inspection"), QStringLiteral("show"), number});
        QCOMPARE(r.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("sealed"));
        QVERIFY2(r.json().object().value(QStringLiteral("notes")).toString().contains(reason), qPrintable(r.out));
        QCOMPARE(sqlite3(s.dir,
                     QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'completion-override' AND details "
                                    "LIKE '%%1%'")
                         .arg(reason)),
            QStringLiteral("1"));
        QCOMPARE(s.run({QStringLiteral("inspection"), QStringLiteral("verify"), number}).exitCode, 0);
        QCOMPARE(s.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    void sealVerifyTamperCorrect()
    {
        QTemporaryDir dir;
        CliStoreSetup s(dir.path());
        QVERIFY(s.ok);
        const QString number = s.newInspection();
        QCOMPARE(s.run({QStringLiteral("inspection"), QStringLiteral("set-item"), number, QStringLiteral("2"),
                           QStringLiteral("--status"), QStringLiteral("non-compliant"), QStringLiteral("--observation"),
                           QStringLiteral("未设置提示标识")})
                     .exitCode,
            0);
        QCOMPARE(s.run({QStringLiteral("order"), QStringLiteral("add"), number, QStringLiteral("--kind"),
                           QStringLiteral("correction"), QStringLiteral("--issued"), QStringLiteral("2026-03-02"),
                           QStringLiteral("--finding"), QStringLiteral("2"), QStringLiteral("--legal-basis"),
                           QStringLiteral("《条例》第十三条")})
                     .exitCode,
            0);
        // Incomplete (focus items unanswered, no video): sealed with a written reason (see
        // sealRefusesAnIncompleteInspection).
        auto r = s.run({QStringLiteral("inspection"), QStringLiteral("seal"), number,
            QStringLiteral("--override-reason"), QStringLiteral("演练记录")});
        QCOMPARE(r.exitCode, 0);
        const QString seal = r.out.trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(seal).hasMatch(), qPrintable(seal));
        r = s.run({QStringLiteral("inspection"), QStringLiteral("verify"), number});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(s.run({QStringLiteral("inspection"), QStringLiteral("verify"), number, seal}).exitCode, 0);
        QCOMPARE(
            s.run({QStringLiteral("inspection"), QStringLiteral("verify"), number, QString(64, u'0')}).exitCode, 1);

        // A second write to the sealed inspection: refused, precisely, nothing changes.
        const QString before = storeState(s.dir);
        for (const QStringList &args :
            {QStringList {QStringLiteral("inspection"), QStringLiteral("set-item"), number, QStringLiteral("2"),
                 QStringLiteral("--status"), QStringLiteral("compliant")},
                QStringList {QStringLiteral("inspection"), QStringLiteral("seal"), number},
                QStringList {QStringLiteral("order"), QStringLiteral("add"), number, QStringLiteral("--kind"),
                    QStringLiteral("referral")}}) {
            r = s.run(args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("is sealed")), qPrintable(r.err));
            QVERIFY(r.err.contains(number));
            QCOMPARE(storeState(s.dir), before);
        }

        // Tampering with sqlite3 behind the app's back is detected.
        int rc = -1;
        sqlite3(s.dir,
            QStringLiteral("DROP TRIGGER item_results_sealed_update; UPDATE item_results SET status = "
                           "'compliant' WHERE item_key = '2';"),
            &rc);
        QCOMPARE(rc, 0);
        r = s.run({QStringLiteral("inspection"), QStringLiteral("verify"), number});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("changed after it was sealed")), qPrintable(r.err));
        r = s.run({QStringLiteral("--json"), QStringLiteral("inspection"), QStringLiteral("verify"), number});
        QCOMPARE(r.json().object().value(QStringLiteral("intact")).toBool(true), false);
        QCOMPARE(r.json().object().value(QStringLiteral("stored_hash")).toString(), seal);

        // A correction is a new version with a reason.
        QCOMPARE(s.run({QStringLiteral("inspection"), QStringLiteral("correct"), number}).exitCode, 1);
        r = s.run({QStringLiteral("--json"), QStringLiteral("inspection"), QStringLiteral("correct"), number,
            QStringLiteral("--reason"), QStringLiteral("检查项2结果录入错误")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("version")).toInt(), 2);
        r = s.run({QStringLiteral("--json"), QStringLiteral("inspection"), QStringLiteral("show"), number});
        QCOMPARE(r.json().object().value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(r.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        r = s.run({QStringLiteral("--json"), QStringLiteral("inspection"), QStringLiteral("show"), number,
            QStringLiteral("--version-no"), QStringLiteral("1")});
        QCOMPARE(r.json().object().value(QStringLiteral("seal_hash")).toString(), seal);
    }
};

QTEST_GUILESS_MAIN(TestInspectionCommands)
#include "TestInspectionCommands.moc"
