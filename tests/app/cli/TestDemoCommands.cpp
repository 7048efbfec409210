// psvctl demo through the real binary: loads the sample set once, says so the second time and
// changes nothing then; the units it adds pass `psvctl uscc validate`.
#include "PsvctlRunner.h"
#include "StoreState.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestDemoCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsOnce()
    {
        QTemporaryDir dir;
        auto r = runPsvctl(dir.path(), {QStringLiteral("--json"), QStringLiteral("demo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("already_loaded")).toBool(), false);
        const QJsonObject added = o.value(QStringLiteral("added")).toObject();
        QVERIFY(added.value(QStringLiteral("units")).toInt() >= 5);
        QVERIFY(added.value(QStringLiteral("sites")).toInt() >= 5);
        QCOMPARE(added.value(QStringLiteral("officers")).toInt(), 3);

        r = runPsvctl(dir.path(), {QStringLiteral("--json"), QStringLiteral("unit"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray units = r.json().array();
        QCOMPARE(units.size(), added.value(QStringLiteral("units")).toInt());
        for (const QJsonValue &v : units) {
            const QJsonObject u = v.toObject();
            QVERIFY(u.value(QStringLiteral("name")).toString().startsWith(QStringLiteral("示例")));
            const auto check = runPsvctl(dir.path(),
                {QStringLiteral("uscc"), QStringLiteral("validate"), u.value(QStringLiteral("uscc")).toString()});
            QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        }
        r = runPsvctl(dir.path(), {QStringLiteral("--json"), QStringLiteral("officer"), QStringLiteral("list")});
        QCOMPARE(r.json().array().size(), 3);
        QCOMPARE(sqlite3(dir.path(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'demo.load'")),
            QStringLiteral("1"));

        // Again: says so, exit 0, and the store is exactly as before.
        const QString before = storeState(dir.path());
        r = runPsvctl(dir.path(), {QStringLiteral("demo")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("already")), qPrintable(r.out));
        r = runPsvctl(dir.path(), {QStringLiteral("--json"), QStringLiteral("demo")});
        QCOMPARE(r.json().object().value(QStringLiteral("already_loaded")).toBool(), true);
        QCOMPARE(storeState(dir.path()), before);
    }

    void asAnOfficerAndUsage()
    {
        QTemporaryDir dir;
        auto r = runPsvctl(dir.path(),
            {QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("张三"),
                QStringLiteral("--police-number"), QStringLiteral("012345"), QStringLiteral("--role"),
                QStringLiteral("admin")});
        QCOMPARE(r.exitCode, 0);
        r = runPsvctl(dir.path(), {QStringLiteral("demo"), QStringLiteral("--officer"), QStringLiteral("012345")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(sqlite3(dir.path(), QStringLiteral("SELECT actor FROM audit_log WHERE action = 'demo.load'")),
            QStringLiteral("张三 (012345)"));
        r = runPsvctl(dir.path(), {QStringLiteral("demo"), QStringLiteral("--bogus")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestDemoCommands)
#include "TestDemoCommands.moc"
