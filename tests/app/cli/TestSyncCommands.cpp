// psvctl bundle export|import, sync conflicts, review list|approve — the real binary on two data
// directories.
#include "PsvctlRunner.h"
#include "StoreState.h"
#include "SyncTestKit.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace psv;

class TestSyncCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // After a metadata-only sync the reviewer's evidence verify says the other laptop's files were
    // not received (exit 0); on the laptop itself, a file of its own inspection that is not in the
    // store is lost (exit 1).
    void metadataOnlyEvidenceIsNotReceivedNotLost()
    {
        StoreFixture a;
        QVERIFY(a.open());
        const Inspection sealed = synctest::sealedInspection(a); // names a file A's store does not hold
        QTemporaryDir work, b;
        const QString file = work.filePath(QStringLiteral("meta.psvbundle"));
        QCOMPARE(runPsvctl(a.dir.path(), {QStringLiteral("bundle"), QStringLiteral("export"), file}).exitCode, 0);
        QCOMPARE(runPsvctl(b.path(), {QStringLiteral("bundle"), QStringLiteral("import"), file}).exitCode, 0);

        auto onB
            = runPsvctl(b.path(), {QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("verify")});
        QVERIFY2(onB.exitCode == 0, qPrintable(onB.out + onB.err));
        const QJsonObject o = onB.json().object();
        QCOMPARE(o.value(QStringLiteral("issues")).toArray().size(), 0);
        const QJsonArray notReceived = o.value(QStringLiteral("not_received")).toArray();
        QCOMPARE(notReceived.size(), 1);
        QCOMPARE(notReceived.first().toObject().value(QStringLiteral("device")).toString(), QStringLiteral("A7F3"));
        auto text = runPsvctl(b.path(), {QStringLiteral("evidence"), QStringLiteral("verify")});
        QVERIFY2(
            text.out.contains(QLatin1String("Not received: the records came from device A7F3")), qPrintable(text.out));

        auto onA
            = runPsvctl(a.dir.path(), {QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("verify")});
        QCOMPARE(onA.exitCode, 1);
        const QJsonArray issues = onA.json().object().value(QStringLiteral("issues")).toArray();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("missing"));
        QVERIFY(onA.json().object().value(QStringLiteral("not_received")).toArray().isEmpty());
        Q_UNUSED(sealed);
    }

    void exportImportReimportAndRefusal()
    {
        StoreFixture a;
        QVERIFY(a.open());
        const Inspection sealed = synctest::sealedInspection(a);
        QVERIFY(!sealed.sealHash.isEmpty());
        QTemporaryDir work, b;
        const QString file = work.filePath(QStringLiteral("a.psvbundle"));

        auto usage = runPsvctl(a.dir.path(),
            {QStringLiteral("bundle"), QStringLiteral("export"), file, QStringLiteral("--peer"), QStringLiteral("C0DE"),
                QStringLiteral("--inspection"), sealed.number});
        QCOMPARE(usage.exitCode, 2);
        auto ex = runPsvctl(a.dir.path(),
            {QStringLiteral("--json"), QStringLiteral("bundle"), QStringLiteral("export"), file,
                QStringLiteral("--peer"), QStringLiteral("C0DE")});
        QVERIFY2(ex.exitCode == 0, qPrintable(ex.err));
        QCOMPARE(
            ex.json().object().value(QStringLiteral("records")).toObject().value(QStringLiteral("inspection")).toInt(),
            1);

        auto im
            = runPsvctl(b.path(), {QStringLiteral("--json"), QStringLiteral("bundle"), QStringLiteral("import"), file});
        QVERIFY2(im.exitCode == 0, qPrintable(im.err));
        QCOMPARE(im.json().object().value(QStringLiteral("alreadyApplied")).toBool(), false);
        QVERIFY(im.json().object().value(QStringLiteral("inserted")).toInt() >= 5);

        const QString before = storeState(b.path());
        auto again = runPsvctl(b.path(), {QStringLiteral("bundle"), QStringLiteral("import"), file});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QLatin1String("already applied")), qPrintable(again.out));
        QCOMPARE(storeState(b.path()), before);

        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        const QString bad = work.filePath(QStringLiteral("bad.psvbundle"));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() / 2));
        out.close();
        auto refused = runPsvctl(b.path(), {QStringLiteral("bundle"), QStringLiteral("import"), bad});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("refused")), qPrintable(refused.err));
        QCOMPARE(storeState(b.path()), before);

        auto queue = runPsvctl(b.path(), {QStringLiteral("--json"), QStringLiteral("review"), QStringLiteral("list")});
        QCOMPARE(queue.exitCode, 0);
        QCOMPARE(queue.json().array().size(), 1);
        QCOMPARE(queue.json().array().at(0).toObject().value(QStringLiteral("seal_hash")).toString(), sealed.sealHash);
        auto conflicts
            = runPsvctl(b.path(), {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("conflicts")});
        QCOMPARE(conflicts.exitCode, 0);
        QCOMPARE(conflicts.json().array().size(), 0);
        // Not a reviewer: refused, nothing changes.
        auto approve = runPsvctl(b.path(), {QStringLiteral("review"), QStringLiteral("approve"), sealed.number});
        QCOMPARE(approve.exitCode, 1);
        QCOMPARE(storeState(b.path()), before);
    }
};

QTEST_GUILESS_MAIN(TestSyncCommands)
#include "TestSyncCommands.moc"
