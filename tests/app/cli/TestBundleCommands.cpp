#include "BundleTestKit.h"
#include "BundleWriter.h"
#include "PsvctlRunner.h"
#include "SyncTestKit.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;
using namespace psv::test;

// psvctl bundle verify, run as a real process: the same checks as an import (the store's record
// rules and the whole-bundle rules), without a store.
class TestBundleCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_bundle;
    qint64 m_records = 0;
    StoreFixture m_laptop;

private Q_SLOTS:
    void initTestCase()
    {
        // A laptop's real export (now, by the system clock the psvctl process uses), metadata only.
        QVERIFY(m_laptop.open());
        for (int i = 0; i < 20; ++i)
            QVERIFY(!storetest::sealedInspection(m_laptop, QString::number(i)).sealHash.isEmpty());
        m_bundle = m_dir.filePath(QStringLiteral("a.psvb"));
        auto m = synctest::exportFrom(m_laptop, m_bundle);
        QVERIFY2(m, m ? "" : qPrintable(m.error().text()));
        QCOMPARE(m.value().recordCounts().value(QStringLiteral("inspection")), 20);
        m_records = m.value().recordCount();
    }

    void validBundle()
    {
        const PsvctlRun r = runPsvctl({}, {QStringLiteral("bundle"), QStringLiteral("verify"), m_bundle});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("The bundle is valid")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("inspection 20")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("unit 1")));
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
        QCOMPARE(o.value(QStringLiteral("recordCount")).toInt(), m_records);
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

    // What only the store's rules refuse: a "sealed" inspection without its seal. Verify says so
    // exactly as import would (it used to call such a bundle valid).
    void storeRulesApply()
    {
        auto plan = BundleExporter(*m_laptop.db).plan(ExportRequest {}, m_laptop.actor);
        QVERIFY(plan);
        BundleWriter w(plan.value().header);
        for (BundleRecord r : plan.value().records) {
            if (r.type == QLatin1String("inspection")) {
                QJsonObject row = r.data.value(QStringLiteral("inspection")).toObject();
                row.insert(QStringLiteral("seal_hash"), QJsonValue::Null);
                r.data.insert(QStringLiteral("inspection"), row);
            }
            QVERIFY(w.addRecord(r));
        }
        const QString unsealed = m_dir.filePath(QStringLiteral("unsealed.psvb"));
        QVERIFY(w.write(unsealed));
        const PsvctlRun r = runPsvctl({}, {QStringLiteral("bundle"), QStringLiteral("verify"), unsealed});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("has no seal hash")), qPrintable(r.err));
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
