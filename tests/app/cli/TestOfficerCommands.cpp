#include "CliStoreSetup.h"
#include "StoreState.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestOfficerCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addAndList()
    {
        QTemporaryDir dir;
        CliStoreSetup s(dir.path());
        QVERIFY(s.ok);
        auto r = s.run(
            {QStringLiteral("--json"), QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("--name"),
                QStringLiteral("赵科"), QStringLiteral("--police-number"), QStringLiteral("020001"),
                QStringLiteral("--role"), QStringLiteral("tech"), QStringLiteral("--police-unit"),
                QStringLiteral("科技信息化支队"), QStringLiteral("--secret-stdin")},
            "a-long-secret\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("has_secret")).toBool(), true);
        QCOMPARE(r.json().object().value(QStringLiteral("role")).toString(), QStringLiteral("tech"));
        r = s.run({QStringLiteral("--json"), QStringLiteral("officer"), QStringLiteral("list")});
        const QJsonArray a = r.json().array();
        QCOMPARE(a.size(), 3);
        for (const QJsonValue &v : a)
            QVERIFY(!v.toObject().contains(QStringLiteral("secret_hash")));
        r = s.run({QStringLiteral("officer"), QStringLiteral("list")});
        QVERIFY(r.out.contains(QStringLiteral("020001")));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("says");
        const QString o = QStringLiteral("officer"), add = QStringLiteral("add");
        QTest::newRow("duplicate number")
            << QStringList {o, add, QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--police-number"),
                   QStringLiteral("012345"), QStringLiteral("--role"), QStringLiteral("station")}
            << QByteArray() << QStringLiteral("张三");
        QTest::newRow("bad role") << QStringList {o, add, QStringLiteral("--name"), QStringLiteral("X"),
            QStringLiteral("--police-number"), QStringLiteral("1"), QStringLiteral("--role"), QStringLiteral("chief")}
                                  << QByteArray() << QStringLiteral("'chief'");
        QTest::newRow("short secret") << QStringList {o, add, QStringLiteral("--name"), QStringLiteral("X"),
            QStringLiteral("--police-number"), QStringLiteral("1"), QStringLiteral("--role"), QStringLiteral("station"),
            QStringLiteral("--secret-stdin")}
                                      << QByteArray("abc\n") << QStringLiteral("too short");
        QTest::newRow("no secret on stdin") << QStringList {o, add, QStringLiteral("--name"), QStringLiteral("X"),
            QStringLiteral("--police-number"), QStringLiteral("1"), QStringLiteral("--role"), QStringLiteral("station"),
            QStringLiteral("--secret-stdin")}
                                            << QByteArray() << QStringLiteral("--secret-stdin");
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QString, says);
        QTemporaryDir dir;
        CliStoreSetup s(dir.path());
        QVERIFY(s.ok);
        const QString before = storeState(s.dir);
        auto r = s.run(args, input);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QCOMPARE(storeState(s.dir), before);
    }
};

QTEST_GUILESS_MAIN(TestOfficerCommands)
#include "TestOfficerCommands.moc"
