#include "BundleTestKit.h"
#include "BundleWriter.h"
#include "SyntheticRecords.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;
using namespace psv::test;

class TestBundleWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString makeBlob(const QString &name, qsizetype size)
    {
        QByteArray data(size, Qt::Uninitialized);
        QRandomGenerator g(quint32(size) + 1);
        for (qsizetype i = 0; i < size; ++i)
            data[i] = char(g.bounded(256));
        writeBytes(path(name), data);
        return path(name);
    }

    QList<BundleRecord> sampleRecords()
    {
        QList<BundleRecord> records;
        for (int i = 0; i < 40; ++i)
            records << sealedInspection(i);
        for (int i = 0; i < 3; ++i)
            records << unitRecord(i);
        return records;
    }

private Q_SLOTS:
    void roundTripRecordsAndBlobs()
    {
        const QString big = makeBlob(QStringLiteral("video.mp4"), 3 * 1024 * 1024 + 17);
        const QString small = makeBlob(QStringLiteral("photo.jpg"), 1);
        const QString empty = makeBlob(QStringLiteral("empty.bin"), 0);
        const QList<BundleRecord> records = sampleRecords();
        BundleWriter w(header(bundle::KindFull));
        QVERIFY(w.addRecords(records).ok());
        QVERIFY(w.addBlob(big).ok());
        QVERIFY(w.addBlob(small, Sha256::hexOfFile(small).value()).ok());
        QVERIFY(w.addBlob(empty).ok());
        QVERIFY(w.addBlob(big).ok()); // the same content twice is stored once
        qint64 lastDone = -1, lastTotal = -1;
        BundleCallbacks cb;
        cb.progress = [&](qint64 done, qint64 total) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
        };
        const Result<BundleManifest> m = w.write(path(QStringLiteral("full.psvb")), cb);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().text()));
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(m->blobCount(), 3);
        QCOMPARE(m->recordCount(), qint64(records.size()));

        const Result<ValidatedBundle> b = BundleReader::read(path(QStringLiteral("full.psvb")), readOptions());
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().text()));
        QCOMPARE(b->manifest.toCanonicalJson(), m->toCanonicalJson());
        QCOMPARE(b->manifest.bundleId, m->bundleId);
        QCOMPARE(b->records.size(), records.size());
        // Types in sorted order, records of a type in the order they were added.
        QList<BundleRecord> expected;
        for (const auto &r : records)
            if (r.type == QStringLiteral("inspection"))
                expected << r;
        for (const auto &r : records)
            if (r.type == QStringLiteral("unit"))
                expected << r;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(b->records.at(i).type, expected.at(i).type);
            QCOMPARE(b->records.at(i).id, expected.at(i).id);
            QCOMPARE(b->records.at(i).data, expected.at(i).data);
            QCOMPARE(b->records.at(i).hlc, expected.at(i).hlc);
            QCOMPARE(b->records.at(i).stamps, expected.at(i).stamps);
        }
        for (const QString &source : {big, small, empty}) {
            const QString hash = Sha256::hexOfFile(source).value();
            const BundleBlobEntry *blob = b->blob(hash);
            QVERIFY(blob);
            const QString target = path(QStringLiteral("out-") + hash);
            QVERIFY(BundleReader::extractBlob(*b, *blob, target).ok());
            QCOMPARE(readBytes(target), readBytes(source));
        }
        QTemporaryDir all;
        qint64 extracted = 0;
        BundleCallbacks progress;
        progress.progress = [&](qint64 done, qint64) {
            extracted = done;
        };
        QVERIFY(BundleReader::extractBlobs(*b, all.path(), progress).ok());
        QCOMPARE(extracted, m->blobBytes());
        QCOMPARE(QDir(all.path()).entryList(QDir::Files).size(), 3);
        QCOMPARE(readBytes(all.filePath(Sha256::hexOfFile(big).value())), readBytes(big));
    }

    void identicalInputsGiveIdenticalBundles()
    {
        const QString blob = makeBlob(QStringLiteral("same.bin"), 4096);
        QByteArray first;
        for (int round = 0; round < 2; ++round) {
            BundleWriter w(header(bundle::KindFull));
            QVERIFY(w.addRecords(sampleRecords()).ok());
            QVERIFY(w.addBlob(blob).ok());
            const QString out = path(QStringLiteral("same-%1.psvb").arg(round));
            QVERIFY(w.write(out).ok());
            if (round == 0)
                first = readBytes(out);
            else
                QCOMPARE(readBytes(out), first); // manifest, records and archive byte for byte
        }
        BundleWriter later(header(bundle::KindFull, created().addSecs(1)));
        QVERIFY(later.addRecords(sampleRecords()).ok());
        QVERIFY(later.addBlob(blob).ok());
        const Result<BundleManifest> m = later.write(path(QStringLiteral("later.psvb")));
        QVERIFY(m.ok());
        QVERIFY(readBytes(path(QStringLiteral("later.psvb"))) != first);
        QCOMPARE(manifestObject(tarItems(path(QStringLiteral("same-0.psvb")))).value(QStringLiteral("files")),
            m->toJson().value(QStringLiteral("files")));
    }

    void standardTarCanListIt()
    {
        BundleWriter w(header(bundle::KindFull));
        QVERIFY(w.addRecords(sampleRecords()).ok());
        QVERIFY(w.addBlob(makeBlob(QStringLiteral("t.bin"), 1000)).ok());
        QVERIFY(w.write(path(QStringLiteral("t.psvb"))).ok());
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("-tf"), path(QStringLiteral("t.psvb"))});
        QVERIFY(tar.waitForFinished());
        QCOMPARE(tar.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(tar.readAllStandardError()), QString());
        const QStringList listed = QString::fromUtf8(tar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(listed.size(), 4);
        QCOMPARE(listed.at(0), QStringLiteral("manifest.json"));
        QCOMPARE(listed.at(1), QStringLiteral("records/inspection.jsonl.zst"));
        QCOMPARE(listed.at(2), QStringLiteral("records/unit.jsonl.zst"));
        QVERIFY(listed.at(3).startsWith(QStringLiteral("blobs/sha256/")));
    }

    void refusesBadInput()
    {
        BundleWriter w(header());
        QVERIFY(w.addRecord(unitRecord(1)).ok());
        const Status twice = w.addRecord(unitRecord(1));
        QVERIFY(!twice.ok());
        QVERIFY(twice.error().message.contains(QStringLiteral("twice")));
        BundleRecord bad = unitRecord(2);
        bad.type = QStringLiteral("Unit/../x");
        QVERIFY(!w.addRecord(bad).ok());
        const Status blob = w.addBlob(makeBlob(QStringLiteral("m.bin"), 10));
        QVERIFY(!blob.ok()); // a metadata bundle carries no evidence
        BundleManifest noDevice = header();
        noDevice.deviceId = QStringLiteral("bad id");
        BundleWriter w2(noDevice);
        QVERIFY(w2.addRecord(unitRecord(1)).ok());
        const Result<BundleManifest> m = w2.write(path(QStringLiteral("nodevice.psvb")));
        QVERIFY(!m.ok());
        QVERIFY(m.error().where.contains(QStringLiteral("deviceId")));
        QVERIFY(!QFile::exists(path(QStringLiteral("nodevice.psvb"))));
    }

    void cancelLeavesExistingFileAndNoTemporary()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.psvb"));
        QVERIFY(writeBytes(out, "previous bundle"));
        BundleWriter w(header(bundle::KindFull));
        QVERIFY(w.addRecords(sampleRecords()).ok());
        QVERIFY(w.addBlob(makeBlob(QStringLiteral("cancel.bin"), 5 * 1024 * 1024)).ok());
        int calls = 0;
        BundleCallbacks cb;
        cb.cancelled = [&] {
            return ++calls > 2;
        };
        const Result<BundleManifest> m = w.write(out, cb);
        QVERIFY(!m.ok());
        QVERIFY(m.error().message.contains(QStringLiteral("cancelled")));
        QCOMPARE(readBytes(out), QByteArray("previous bundle"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("out.psvb")});
    }

    void blobThatChangedIsRefused()
    {
        QTemporaryDir dir;
        const QString blob = makeBlob(QStringLiteral("changing.bin"), 2048);
        BundleWriter w(header(bundle::KindFull));
        QVERIFY(w.addRecord(unitRecord(1)).ok());
        // The evidence store's hash no longer matches the file (it was altered after import).
        QVERIFY(w.addBlob(blob, Sha256::hex("something else")).ok());
        const QString out = dir.filePath(QStringLiteral("x.psvb"));
        const Result<BundleManifest> m = w.write(out);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().where, blob);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestBundleWriter)
#include "TestBundleWriter.moc"
