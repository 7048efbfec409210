#include "EvidenceImporter.h"
#include "EvidenceTestMedia.h"
#include "SmallDisk.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace psv;

namespace {
QString file(const QString &path)
{
    return QFileInfo(path).fileName();
}

QStringList tempFiles(const EvidenceStore &store)
{
    QStringList names = QDir(store.tempDir()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    names.removeAll(QStringLiteral(".lock"));
    return names;
}

// Collects what the store would record, from any thread.
struct Recorded
{
    QMutex mutex;
    QList<ImportedEvidence> rows;
    EvidenceImporter::Recorder recorder(const QString &refuseName = {})
    {
        return [this, refuseName](const ImportedEvidence &e) -> Status {
            if (!refuseName.isEmpty() && e.originalName == refuseName)
                return makeError(QStringLiteral("the database is locked"), QStringLiteral("evidence"), 3);
            QMutexLocker lock(&mutex);
            rows << e;
            return {};
        };
    }
    const ImportedEvidence *find(const QString &name)
    {
        for (const ImportedEvidence &e : std::as_const(rows))
            if (e.originalName == name)
                return &e;
        return nullptr;
    }
};
} // namespace

class TestEvidenceImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_camera;
    QStringList m_good; // valid media
    QStringList m_broken; // imported, flagged
    QStringList m_bad; // cannot be imported
    QString m_named, m_mkv, m_jpeg, m_png, m_truncated, m_noise;

    QString cam(const QString &name) const { return m_camera + u'/' + name; }
    EvidenceStore store(const QString &name) { return EvidenceStore::open(m_dir.filePath(name)).value(); }
    QStringList all() const { return m_good + m_broken + m_bad; }

    static const ImportOutcome *outcome(const ImportSummary &s, const QString &name)
    {
        for (const ImportOutcome &o : s.files)
            if (file(o.path) == name)
                return &o;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!testmedia::ffmpegPath().isEmpty());
        m_camera = m_dir.filePath(QStringLiteral("camera/DCIM/100MEDIA"));
        QVERIFY(QDir().mkpath(m_camera));
        m_named = cam(QStringLiteral("DSJ-A7F301_012345_20260305143012_0001.MP4"));
        m_mkv = cam(QStringLiteral("clip.mkv"));
        m_jpeg = cam(QStringLiteral("DSCF0001.JPG"));
        m_png = cam(QStringLiteral("screen.png"));
        m_truncated = cam(QStringLiteral("cut.mp4"));
        m_noise = cam(QStringLiteral("noise.mp4"));
        QCOMPARE(testmedia::makeMp4(m_named, 3, QStringLiteral("2026-03-05T06:00:00Z"), true), QString());
        QCOMPARE(testmedia::makeMkv(m_mkv, 2, QStringLiteral("2026-03-05T06:40:00Z")), QString());
        QVERIFY(testmedia::picture(640, 360).save(m_png));
        QByteArray jpeg;
        {
            QBuffer b(&jpeg);
            b.open(QIODevice::WriteOnly);
            QVERIFY(testmedia::picture(800, 600).save(&b, "JPEG"));
        }
        QVERIFY(testmedia::writeFile(m_jpeg, testmedia::exifJpeg(jpeg, "2026:03:05 14:45:00", "+08:00")));
        QFile whole(m_named);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        QVERIFY(testmedia::writeFile(m_truncated, bytes.left(bytes.size() / 2)));
        QVERIFY(testmedia::writeRandom(m_noise, 150000, 21));
        {
            QFile f(m_truncated); // a known file time for the fallback
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(
                QDateTime(QDate(2026, 3, 5), QTime(7, 7), QTimeZone::UTC), QFileDevice::FileModificationTime));
        }
        const QString directory = cam(QStringLiteral("folder.MP4"));
        QVERIFY(QDir().mkpath(directory));
        const QString fifo = cam(QStringLiteral("pipe.MP4"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        m_good = {m_named, m_mkv, m_jpeg, m_png};
        m_broken = {m_truncated, m_noise};
        m_bad = {directory, fifo, cam(QStringLiteral("unplugged.MP4"))};
    }

    void importsAFolder()
    {
        QMap<QString, testmedia::Stamp> before;
        QMap<QString, QString> shaBefore;
        for (const QString &path : m_good + m_broken) {
            shaBefore.insert(path, testmedia::sha256sum(path)); // sha256sum reads: before arming the atime
            QVERIFY(testmedia::armAtime(path));
            before.insert(path, testmedia::stamp(path));
        }
        const EvidenceStore s = store(QStringLiteral("folder"));
        Recorded recorded;
        EvidenceImporter importer(s, FileNamePatterns::builtIn().value(), recorded.recorder());
        QSignalSpy finishedFiles(&importer, &EvidenceImporter::fileFinished);
        // the unreadable files sit between good ones: the rest must continue
        const QStringList order {m_named, m_bad[0], m_mkv, m_bad[1], m_jpeg, m_truncated, m_bad[2], m_png, m_noise};
        const ImportSummary summary = importer.importFiles(order);

        QCOMPARE(summary.files.size(), order.size());
        QCOMPARE(finishedFiles.count(), order.size());
        QCOMPARE(summary.imported, 6);
        QCOMPARE(summary.failed, 3);
        QVERIFY(!summary.cancelled && !summary.diskFull);
        QCOMPARE(recorded.rows.size(), 6);
        for (const QString &path : m_bad) {
            const ImportOutcome *o = outcome(summary, file(path));
            QCOMPARE(o->status, ImportOutcome::Status::Failed);
            QVERIFY(!o->message.isEmpty());
            QCOMPARE(o->copyFailure, CopyHasher::Failure::SourceUnreadable);
            QVERIFY(!recorded.find(file(path)));
        }
        QCOMPARE(s.blobs().size(), 6);
        QCOMPARE(tempFiles(s), QStringList());

        for (const QString &path : m_good + m_broken) {
            const ImportedEvidence *e = recorded.find(file(path));
            QVERIFY2(e, qPrintable(path));
            QCOMPARE(e->sha256, shaBefore.value(path));
            QCOMPARE(e->size, QFileInfo(path).size());
            QCOMPARE(e->originalPath, path);
            QCOMPARE(e->blobPath, s.pathFor(e->sha256));
            QCOMPARE(testmedia::sha256sum(e->blobPath), e->sha256);
            QVERIFY(!e->alreadyStored);
            QVERIFY(e->importedAt.isValid());
            QCOMPARE(testmedia::stamp(path), before.value(path)); // source untouched, not even its atime
            QCOMPARE(testmedia::sha256sum(path), shaBefore.value(path));
        }

        // capture time: file name > container > file time, with the source recorded
        const ImportedEvidence *named = recorded.find(file(m_named));
        QCOMPARE(named->capture.source, CaptureTime::Source::FileName);
        QCOMPARE(named->capture.time, QDateTime(QDate(2026, 3, 5), QTime(14, 30, 12)));
        QCOMPARE(named->deviceNumber, QStringLiteral("DSJ-A7F301"));
        QCOMPARE(named->policeNumber, QStringLiteral("012345"));
        QCOMPARE(named->sequence, QStringLiteral("0001"));
        QCOMPARE(named->fileNamePattern, QStringLiteral("device-police-datetime-seq"));
        QCOMPARE(named->media.videoCodec, QStringLiteral("H264"));
        QVERIFY(qAbs(named->media.durationMs - 3000) <= 100);
        const ImportedEvidence *mkv = recorded.find(file(m_mkv));
        QCOMPARE(mkv->capture.source, CaptureTime::Source::Container);
        QCOMPARE(mkv->capture.time, QDateTime(QDate(2026, 3, 5), QTime(6, 40), QTimeZone::UTC));
        const ImportedEvidence *jpg = recorded.find(file(m_jpeg));
        QCOMPARE(jpg->capture.source, CaptureTime::Source::Container);
        QCOMPARE(jpg->capture.detail, QStringLiteral("exif"));
        QCOMPARE(jpg->sequence, QStringLiteral("0001"));
        QCOMPARE(jpg->media.resolution, QSize(800, 600));
        const ImportedEvidence *cut = recorded.find(file(m_truncated));
        QCOMPARE(cut->capture.source, CaptureTime::Source::FileTime);
        QCOMPARE(cut->capture.time, QDateTime(QDate(2026, 3, 5), QTime(7, 7), QTimeZone::UTC));

        // damaged media: imported and hashed, flagged, no thumbnail
        for (const QString &path : m_broken) {
            const ImportedEvidence *e = recorded.find(file(path));
            QVERIFY(!e->media.metadataReadable);
            QCOMPARE(e->flags(), QStringList {QStringLiteral("metadata-unreadable")});
            QVERIFY(e->thumbnailPath.isEmpty());
            QCOMPARE(outcome(summary, file(path))->status, ImportOutcome::Status::Imported);
        }
        // thumbnails: JPEG beside the blob store
        for (const QString &path : m_good) {
            const ImportedEvidence *e = recorded.find(file(path));
            QCOMPARE(e->thumbnailPath, s.thumbnailPathFor(e->sha256));
            QImageReader reader(e->thumbnailPath);
            QCOMPARE(reader.format(), QByteArray("jpeg"));
            QVERIFY(reader.size().width() <= 320 && reader.size().height() <= 320 && !reader.size().isEmpty());
            QVERIFY(e->flags().isEmpty());
        }
        const QJsonObject json = named->toJson();
        QCOMPARE(json.value(QStringLiteral("captureTimeSource")).toString(), QStringLiteral("file-name"));
        QCOMPARE(json.value(QStringLiteral("sha256")).toString(), named->sha256);
        QCOMPARE(json.value(QStringLiteral("width")).toInt(), 320);

        // the same files again: stored once, recorded again (the store decides about duplicates)
        Recorded again;
        EvidenceImporter second(s, FileNamePatterns::builtIn().value(), again.recorder());
        const ImportSummary repeat = second.importFiles(m_good + m_broken);
        QCOMPARE(repeat.alreadyStored, 6);
        QCOMPARE(repeat.imported, 0);
        QCOMPARE(again.rows.size(), 6);
        for (const ImportedEvidence &e : std::as_const(again.rows))
            QVERIFY(e.alreadyStored);
        QCOMPARE(s.blobs().size(), 6);
        QCOMPARE(QDir(s.thumbnailDir()).entryList(QDir::Files).size(), 4);
        QCOMPARE(tempFiles(s), QStringList());
    }

    void aRecorderFailureFailsOnlyThatFile()
    {
        const EvidenceStore s = store(QStringLiteral("recorder"));
        Recorded recorded;
        EvidenceImporter importer(s, FileNamePatterns::builtIn().value(), recorded.recorder(file(m_mkv)));
        const ImportSummary summary = importer.importFiles(m_good);
        QCOMPARE(summary.imported, 3);
        QCOMPARE(summary.failed, 1);
        const ImportOutcome *o = outcome(summary, file(m_mkv));
        QCOMPARE(o->status, ImportOutcome::Status::Failed);
        QVERIFY2(o->message.contains(QStringLiteral("the database is locked")), qPrintable(o->message));
        QCOMPARE(o->evidence.sha256, testmedia::sha256sum(m_mkv)); // the blob is complete and may stay
        QVERIFY(s.contains(o->evidence.sha256));
        QVERIFY(!recorded.find(file(m_mkv)));
    }

    void cancelLeavesNoPartialBlobAndCanBeRunAgain()
    {
        const EvidenceStore s = store(QStringLiteral("cancel"));
        const QString big = m_dir.filePath(QStringLiteral("camera/long-recording.MP4"));
        QVERIFY(testmedia::writeRandom(big, 96 * 1024 * 1024, 31));
        Recorded recorded;
        EvidenceImporter importer(s, FileNamePatterns::builtIn().value(), recorded.recorder());
        EvidenceImporter::Options options;
        options.progressIntervalMs = 0;
        options.copy.chunkSize = 1024 * 1024;
        importer.setOptions(options);
        qint64 cancelledAt = -1;
        connect(&importer, &EvidenceImporter::progressChanged, this, [&](const ImportProgress &p) {
            if (p.fileIndex == 1 && p.bytesDone > p.bytesTotal / 4 && cancelledAt < 0) {
                cancelledAt = p.bytesDone;
                importer.cancel();
            }
        });
        const ImportSummary summary = importer.importFiles({m_png, big, m_mkv});
        QVERIFY(cancelledAt > 0);
        QVERIFY(summary.cancelled);
        QCOMPARE(outcome(summary, file(m_png))->status, ImportOutcome::Status::Imported);
        QCOMPARE(outcome(summary, file(big))->status, ImportOutcome::Status::Cancelled);
        QCOMPARE(outcome(summary, file(m_mkv))->status, ImportOutcome::Status::NotAttempted);
        QCOMPARE(recorded.rows.size(), 1);
        QCOMPARE(s.blobs().size(), 1);
        QCOMPARE(tempFiles(s), QStringList());
        QVERIFY(!summary.stopMessage.isEmpty());

        EvidenceImporter rerun(s, FileNamePatterns::builtIn().value(), recorded.recorder());
        const ImportSummary second = rerun.importFiles({m_png, big, m_mkv});
        QVERIFY(second.allSucceeded());
        QCOMPARE(second.alreadyStored, 1);
        QCOMPARE(second.imported, 2);
        QVERIFY(s.contains(testmedia::sha256sum(big)));
        QVERIFY(QFile::remove(big));
    }

    void aFullDiskStopsTheImport()
    {
        const QString mountPoint = m_dir.filePath(QStringLiteral("small-disk"));
        QVERIFY(QDir().mkpath(mountPoint));
        SmallDisk disk(mountPoint, 8 * 1024 * 1024);
        const QString big = m_dir.filePath(QStringLiteral("camera/too-big.MP4"));
        QVERIFY(testmedia::writeRandom(big, 12 * 1024 * 1024, 41));
        EvidenceImporter::Options options;
        options.copy.checkFreeSpace = false; // let the copy run into the kernel's ENOSPC
        options.copy.chunkSize = 1024 * 1024;
        QString dataDir = mountPoint;
        if (!disk.available()) {
            qInfo("no tmpfs here (%s): full disk injected through CopyHasher's write seam", qPrintable(disk.why()));
            dataDir = m_dir.filePath(QStringLiteral("seam"));
            options.copy.writeFault = [](qint64 offset, qint64) {
                return offset >= 6 * 1024 * 1024 ? ENOSPC : 0;
            };
        }
        const EvidenceStore s = EvidenceStore::open(dataDir).value();
        Recorded recorded;
        EvidenceImporter importer(s, FileNamePatterns::builtIn().value(), recorded.recorder());
        importer.setOptions(options);
        const ImportSummary summary = importer.importFiles({m_named, big, m_mkv});
        QVERIFY(summary.diskFull);
        QVERIFY(!summary.allSucceeded());
        QVERIFY2(summary.stopMessage.contains(QStringLiteral("disk is full")), qPrintable(summary.stopMessage));
        QCOMPARE(outcome(summary, file(m_named))->status, ImportOutcome::Status::Imported);
        const ImportOutcome *full = outcome(summary, file(big));
        QCOMPARE(full->status, ImportOutcome::Status::Failed);
        QCOMPARE(full->copyFailure, CopyHasher::Failure::DiskFull);
        QCOMPARE(outcome(summary, file(m_mkv))->status, ImportOutcome::Status::NotAttempted);
        QCOMPARE(recorded.rows.size(), 1); // no row for the failed file
        QCOMPARE(s.blobs(), QStringList {recorded.rows.constFirst().sha256});
        QCOMPARE(tempFiles(s), QStringList());
        QVERIFY(QFile::remove(big));
    }

    void runsOnAWorkerThread()
    {
        const EvidenceStore s = store(QStringLiteral("thread"));
        Recorded recorded;
        QThread worker;
        auto *importer = new EvidenceImporter(s, FileNamePatterns::builtIn().value(), recorded.recorder());
        EvidenceImporter::Options options;
        options.progressIntervalMs = 0;
        importer->setOptions(options);
        importer->moveToThread(&worker);
        connect(&worker, &QThread::finished, importer, &QObject::deleteLater);
        QList<ImportProgress> progress;
        QList<ImportOutcome> outcomes;
        std::optional<ImportSummary> summary;
        connect(importer, &EvidenceImporter::progressChanged, this, [&](const ImportProgress &p) { progress << p; });
        connect(importer, &EvidenceImporter::fileFinished, this, [&](const ImportOutcome &o) { outcomes << o; });
        connect(importer, &EvidenceImporter::finished, this, [&](const ImportSummary &sum) { summary = sum; });
        worker.start();
        const QStringList files = m_good + m_broken + m_bad;
        QMetaObject::invokeMethod(importer, [importer, files] { importer->start(files); }, Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 120000);
        worker.quit();
        worker.wait();

        QCOMPARE(summary->imported, 6);
        QCOMPARE(summary->failed, 3);
        QCOMPARE(outcomes.size(), files.size());
        QVERIFY(progress.size() >= 2);
        qint64 total = 0;
        for (const QString &path : m_good + m_broken)
            total += QFileInfo(path).size();
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress[i].bytesDone >= progress[i - 1].bytesDone);
        QCOMPARE(progress.constLast().bytesDone, total);
        QCOMPARE(progress.constLast().bytesTotal, total);
        QCOMPARE(progress.constLast().secondsLeft, 0);
        QVERIFY(progress.constLast().bytesPerSecond > 0);
        QCOMPARE(progress.constLast().fileCount, int(files.size()));
    }
};

QTEST_MAIN(TestEvidenceImporter)
#include "TestEvidenceImporter.moc"
