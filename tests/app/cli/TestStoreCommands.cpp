#include "CliStoreSetup.h"
#include "StoreState.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestStoreCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initCreatesOnceAndReports()
    {
        QTemporaryDir dir;
        auto r = runPsvctl(dir.path(), {QStringLiteral("--json"), QStringLiteral("init")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = r.json().object();
        QVERIFY(o.value(QStringLiteral("created")).toBool());
        const QString device = o.value(QStringLiteral("device_id")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9A-F]{4}$")).match(device).hasMatch(), qPrintable(device));
        QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), 4);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("psv.sqlite"))));
        const QString before = storeState(dir.path());
        r = runPsvctl(dir.path(), {QStringLiteral("--json"), QStringLiteral("init")});
        QCOMPARE(r.exitCode, 0);
        o = r.json().object();
        QVERIFY(!o.value(QStringLiteral("created")).toBool());
        QCOMPARE(o.value(QStringLiteral("device_id")).toString(), device);
        QCOMPARE(storeState(dir.path()), before);
        // A different device id for an existing store is refused, nothing changes.
        const QString other = device == QLatin1String("0001") ? QStringLiteral("0002") : QStringLiteral("0001");
        r = runPsvctl(dir.path(), {QStringLiteral("init"), QStringLiteral("--device-id"), other});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(device));
        QCOMPARE(storeState(dir.path()), before);
    }

    void initWithDeviceId()
    {
        QTemporaryDir dir;
        auto r = runPsvctl(dir.path(), {QStringLiteral("init"), QStringLiteral("--device-id"), QStringLiteral("b7e1")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("B7E1")));
        QTemporaryDir bad;
        r = runPsvctl(bad.path(), {QStringLiteral("init"), QStringLiteral("--device-id"), QStringLiteral("XYZ")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(bad.filePath(QStringLiteral("psv.sqlite"))));
    }

    void readCommandsNeedAStore()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("none"));
        for (const QStringList &args : {QStringList {QStringLiteral("unit"), QStringLiteral("list")},
                 QStringList {QStringLiteral("audit"), QStringLiteral("verify")},
                 QStringList {QStringLiteral("inspection"), QStringLiteral("list")}}) {
            auto r = runPsvctl(data, args);
            QCOMPARE(r.exitCode, 3);
            QVERIFY2(r.err.contains(QStringLiteral("psvctl init")), qPrintable(r.err));
        }
        QVERIFY(!QDir(data).exists());
    }

    void auditVerifyAndTamper()
    {
        QTemporaryDir dir;
        CliStoreSetup s(dir.path());
        QVERIFY(s.ok);
        auto r = s.run({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("4 entries")), qPrintable(r.out));
        r = s.run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")});
        QCOMPARE(r.json().array().size(), 4);
        QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("entity_type")).toString(),
            QStringLiteral("officer"));
        // Edit entry 2 (the video system's creation) behind the app's back.
        int rc = -1;
        sqlite3(s.dir, QStringLiteral("UPDATE audit_log SET details = '{}' WHERE seq = 2"), &rc);
        QVERIFY(rc != 0); // append-only: refused by the trigger
        QCOMPARE(s.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
        sqlite3(s.dir,
            QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'cli:mallory' "
                           "WHERE seq = 2;"),
            &rc);
        QCOMPARE(rc, 0);
        r = s.run({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("entry 2")), qPrintable(r.err));
        r = s.run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().object().value(QStringLiteral("broken_seq")).toInt(), 2);
        QCOMPARE(r.json().object().value(QStringLiteral("ok")).toBool(true), false);
    }

    void helpListsTheStoreCommands()
    {
        auto r = runPsvctl({}, {QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *c : {"init", "uscc validate", "unit add", "unit list", "unit show", "site add", "site list",
                 "site show", "officer add", "officer list", "inspection new", "inspection show", "inspection list",
                 "inspection set-item", "inspection seal", "inspection verify", "audit verify", "--officer POLICE_NO",
                 "PSV_SECRET"})
            QVERIFY2(r.out.contains(QLatin1String(c)), c);
        QVERIFY(!r.out.contains(QStringLiteral("write-loop")));
    }
};

QTEST_GUILESS_MAIN(TestStoreCommands)
#include "TestStoreCommands.moc"
