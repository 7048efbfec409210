#include "PsvctlRunner.h"

#include <QJsonObject>
#include <QTest>

class TestUsccCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("huawei") << QStringLiteral("914403001922038216") << QStringLiteral("914403001922038216");
        QTest::newRow("byd lower case") << QStringLiteral("91440300192317458f") << QStringLiteral("91440300192317458F");
        QTest::newRow("tencent") << QStringLiteral("91440300708461136T") << QStringLiteral("91440300708461136T");
    }
    void validCodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, normalized);
        auto r = runPsvctl({}, {QStringLiteral("uscc"), QStringLiteral("validate"), code});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(normalized), qPrintable(r.out));
        r = runPsvctl({}, {QStringLiteral("--json"), QStringLiteral("uscc"), QStringLiteral("validate"), code});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("normalized")).toString(), normalized);
    }

    void codeTypedWithSpaces()
    {
        auto r = runPsvctl({},
            {QStringLiteral("uscc"), QStringLiteral("validate"), QStringLiteral("9144"), QStringLiteral("0300"),
                QStringLiteral("7084"), QStringLiteral("6113"), QStringLiteral("6T")});
        QCOMPARE(r.exitCode, 0);
    }

    void invalidCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("says");
        QTest::newRow("too short") << QStringLiteral("91440300192203821") << QStringLiteral("length")
                                   << QStringLiteral("17 character");
        QTest::newRow("too long") << QStringLiteral("9144030019220382160") << QStringLiteral("length")
                                  << QStringLiteral("19 character");
        QTest::newRow("letter O") << QStringLiteral("91440300192O038216") << QStringLiteral("character")
                                  << QStringLiteral("Character 12");
        QTest::newRow("check") << QStringLiteral("91440300708461136X") << QStringLiteral("check")
                               << QStringLiteral("give 'T'");
        QTest::newRow("check digit") << QStringLiteral("914403001922038217") << QStringLiteral("check")
                                     << QStringLiteral("give '6'");
    }
    void invalidCodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, problem);
        QFETCH(QString, says);
        auto r = runPsvctl({}, {QStringLiteral("uscc"), QStringLiteral("validate"), code});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = runPsvctl({}, {QStringLiteral("--json"), QStringLiteral("uscc"), QStringLiteral("validate"), code});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("problem")).toString(), problem);
        QVERIFY(o.value(QStringLiteral("message")).toString().contains(says));
        if (problem == QLatin1String("character"))
            QCOMPARE(o.value(QStringLiteral("position")).toInt(), 12);
        if (problem == QLatin1String("check"))
            QCOMPARE(o.value(QStringLiteral("expected")).toString().size(), 1);
    }

    void chineseReason()
    {
        QProcess p;
        p.start(QStringLiteral(PSV_BIN_DIR "/psvctl"),
            {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("uscc"), QStringLiteral("validate"),
                QStringLiteral("91440300708461136X")});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("校验码")), qPrintable(err));
    }

    void missingCode()
    {
        auto r = runPsvctl({}, {QStringLiteral("uscc"), QStringLiteral("validate")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("CODE")));
    }
};

QTEST_GUILESS_MAIN(TestUsccCommands)
#include "TestUsccCommands.moc"
