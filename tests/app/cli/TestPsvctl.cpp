#include "PsvctlRunner.h"

#include <QJsonObject>
#include <QTest>

class TestPsvctl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version()
    {
        const auto r = runPsvctl({}, {QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("psvctl " PSV_VERSION)), qPrintable(r.out));
    }

    void versionJson()
    {
        const auto r = runPsvctl({}, {QStringLiteral("--json"), QStringLiteral("version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("version")).toString(), QStringLiteral(PSV_VERSION));
        QVERIFY(r.json().object().value(QStringLiteral("qt")).toString().startsWith(QStringLiteral("6.")));
    }

    void helpListsCommands()
    {
        const auto r = runPsvctl({}, {QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--data-dir DIR")));
        QVERIFY(r.out.contains(QStringLiteral("version")));
    }

    void unknownCommandIsUsageError()
    {
        const auto r = runPsvctl({}, {QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown command 'frobnicate'")), qPrintable(r.err));
    }

    void chineseMessagesWithLangZh()
    {
        QProcess p;
        p.start(QStringLiteral(PSV_BIN_DIR "/psvctl"),
            {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("frobnicate")});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("未知命令")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestPsvctl)
#include "TestPsvctl.moc"
