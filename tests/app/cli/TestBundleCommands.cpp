#include "BundleTestKit.h"
#include "BundleWriter.h"
#include "PsvctlRunner.h"
#include "SyntheticRecords.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;
using namespace psv::test;

// psvctl bundle verify, run as a real process.
class TestBundleCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_bundle;

private Q_SLOTS:
    void initTestCase()
    {
        // Created now (the psvctl process uses the system clock), metadata only.
        BundleWriter w(header(bundle::KindMetadata, QDateTime::currentDateTimeUtc().addSecs(-60)));
        for (int i = 0; i < 20; ++i)
            QVERIFY(w.addRecord(sealedInspection(i)).ok());
        QVERIFY(w.addRecord(unitRecord(1)).ok());
        m_bundle = m_dir.filePath(QStringLiteral("a.psvb"));
        QVERIFY(w.write(m_bundle).ok());
    }

    void validBundle()
    {
        const PsvctlRun r = runPsvctl({}, {QStringLiteral("bundle"), QStringLiteral("verify"), m_bundle});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("The bundle is valid")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("inspection 20, unit 1")));
        QVERIFY(r.out.contains(QStringLiteral("A7F3")));
    }

    void validBundleJson()
    {
        const PsvctlRun r
            = runPsvctl({}, {QStringLiteral("--json"), QStringLiteral("bundle"), QStringLiteral("verify"), m_bundle});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("metadata"));
        QCOMPARE(o.value(QStringLiteral("recordCount")).toInt(), 21);
        QCOMPARE(o.value(QStringLiteral("records")).toObject().value(QStringLiteral("inspection")).toInt(), 20);
        QCOMPARE(o.value(QStringLiteral("bundleId")).toString(),
            manifestObject(tarItems(m_bundle)).value(QStringLiteral("bundleId")).toString());
        QCOMPARE(r.out.count(u'\n'), 1); // one JSON value
    }

    void refusedBundle()
    {
        QByteArray bytes = readBytes(m_bundle);
        const QList<TarItem> items = tarItems(m_bundle);
        const qint64 at = headerOf(bytes, items.at(1).name) + 512 + 20;
        bytes[at] = char(bytes.at(at) ^ 0x10);
        const QString bad = m_dir.filePath(QStringLiteral("bad.psvb"));
        QVERIFY(writeBytes(bad, bytes));
        PsvctlRun r = runPsvctl({}, {QStringLiteral("bundle"), QStringLiteral("verify"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("records/inspection.jsonl.zst")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("does not match the SHA-256")));
        QCOMPARE(r.out, QString());
        r = runPsvctl({}, {QStringLiteral("--json"), QStringLiteral("bundle"), QStringLiteral("verify"), bad});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().object().value(QStringLiteral("valid")).toBool(true), false);
        QCOMPARE(r.json().object().value(QStringLiteral("where")).toString(),
            QStringLiteral("records/inspection.jsonl.zst"));
    }

    void usageAndMissingFile()
    {
        QCOMPARE(runPsvctl({}, {QStringLiteral("bundle"), QStringLiteral("verify")}).exitCode, 2);
        const PsvctlRun r = runPsvctl(
            {}, {QStringLiteral("bundle"), QStringLiteral("verify"), m_dir.filePath(QStringLiteral("none.psvb"))});
        QCOMPARE(r.exitCode, 3);
    }

    void chineseMessages()
    {
        const QString bad = m_dir.filePath(QStringLiteral("cut.psvb"));
        QVERIFY(writeBytes(bad, readBytes(m_bundle).chopped(1024)));
        QProcess p;
        p.start(QStringLiteral(PSV_BIN_DIR "/psvctl"),
            {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("bundle"), QStringLiteral("verify"),
                bad});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("截断")), qPrintable(err));
        p.start(QStringLiteral(PSV_BIN_DIR "/psvctl"),
            {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("bundle"), QStringLiteral("verify"),
                m_bundle});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("同步包有效")));
    }
};

QTEST_GUILESS_MAIN(TestBundleCommands)
#include "TestBundleCommands.moc"
