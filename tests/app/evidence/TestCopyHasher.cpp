#include "CopyHasher.h"
#include "EvidenceTestMedia.h"
#include "SmallDisk.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <sys/stat.h>

using namespace psv;

namespace {
QStringList tempFiles(const EvidenceStore &store)
{
    QStringList names = QDir(store.tempDir()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    names.removeAll(QStringLiteral(".lock"));
    return names;
}
} // namespace

class TestCopyHasher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sources;

    EvidenceStore freshStore(const QString &name)
    {
        Result<EvidenceStore> store = EvidenceStore::open(m_dir.filePath(name));
        if (!store)
            qFatal("store: %s", qPrintable(store.error().text()));
        return store.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sources = m_dir.filePath(QStringLiteral("camera"));
        QVERIFY(QDir().mkpath(m_sources));
    }

    void copiesAndHashes_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qint64>("chunk");
        QTest::addColumn<bool>("direct");
        const qint64 small = 64 * 1024;
        for (const bool direct : {true, false}) {
            const char *mode = direct ? "O_DIRECT" : "buffered";
            QTest::addRow("%s: empty", mode) << qint64(0) << small << direct;
            QTest::addRow("%s: one byte", mode) << qint64(1) << small << direct;
            QTest::addRow("%s: chunk - 1", mode) << small - 1 << small << direct;
            QTest::addRow("%s: exactly one chunk", mode) << small << small << direct;
            QTest::addRow("%s: chunk + 1", mode) << small + 1 << small << direct;
            QTest::addRow("%s: many chunks, ring wraps", mode) << 37 * small + 123 << small << direct;
            QTest::addRow("%s: 24 MB, default chunks", mode)
                << qint64(24) * 1024 * 1024 + 7 << qint64(4) * 1024 * 1024 << direct;
            QTest::addRow("%s: 200 MB, past the write-back window", mode)
                << qint64(200) * 1024 * 1024 << qint64(4) * 1024 * 1024 << direct;
        }
    }

    void copiesAndHashes()
    {
        QFETCH(qint64, size);
        QFETCH(qint64, chunk);
        QFETCH(bool, direct);
        const QString source = m_sources + QStringLiteral("/sized-%1.mp4").arg(size);
        if (!QFile::exists(source))
            QVERIFY(testmedia::writeRandom(source, size, quint32(size)));
        const QString expected = testmedia::sha256sum(source);
        QCOMPARE(expected.size(), 64);

        EvidenceStore store = freshStore(QStringLiteral("sized-%1-%2").arg(size).arg(direct));
        CopyHasher::Options options;
        options.chunkSize = chunk;
        options.directIo = direct;
        qint64 lastDone = -1;
        qint64 reportedTotal = -1;
        options.progress = [&](qint64 done, qint64 total) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            reportedTotal = total;
        };
        CopyHasher hasher(store, options);
        const Result<CopyHasher::Copied> copied = hasher.copy(source);
        QVERIFY2(copied.ok(), qPrintable(copied.ok() ? QString() : copied.error().text()));
        QCOMPARE(copied->sha256, expected);
        QCOMPARE(copied->size, size);
        QCOMPARE(copied->blobPath, store.pathFor(expected));
        QVERIFY(copied->blobPath.endsWith(QStringLiteral("/sha256/") + expected.left(2) + u'/' + expected));
        QVERIFY(!copied->alreadyStored);
        QCOMPARE(testmedia::sha256sum(copied->blobPath), expected); // the stored bytes, read back
        QCOMPARE(lastDone, size);
        QCOMPARE(reportedTotal, size);
        QCOMPARE(
            QFileInfo(copied->blobPath).permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther),
            QFileDevice::Permissions());
        QCOMPARE(tempFiles(store), QStringList());
        QCOMPARE(store.blobs(), QStringList {expected});
        QCOMPARE(copied->sourceModified, QFileInfo(source).lastModified(QTimeZone::UTC));
        if (size > 100 * 1024 * 1024) // keep the temporary directory small
            QVERIFY(QFile::remove(source));
    }

    void sameContentIsStoredOnce()
    {
        EvidenceStore store = freshStore(QStringLiteral("dedup"));
        const QString a = m_sources + QStringLiteral("/same-a.MP4");
        const QString b = m_sources + QStringLiteral("/same-b.MP4");
        QVERIFY(testmedia::writeRandom(a, 3 * 1024 * 1024, 77));
        QVERIFY(testmedia::writeRandom(b, 3 * 1024 * 1024, 77));
        CopyHasher hasher(store);
        const Result<CopyHasher::Copied> first = hasher.copy(a);
        const Result<CopyHasher::Copied> second = hasher.copy(b);
        const Result<CopyHasher::Copied> third = hasher.copy(a);
        QVERIFY(first && second && third);
        QVERIFY(!first->alreadyStored);
        QVERIFY(second->alreadyStored);
        QVERIFY(third->alreadyStored);
        QCOMPARE(second->sha256, first->sha256);
        QCOMPARE(store.blobs().size(), 1);
        QCOMPARE(tempFiles(store), QStringList());
    }

    void sourceIsNotTouched()
    {
        EvidenceStore store = freshStore(QStringLiteral("untouched"));
        const QString source = m_sources + QStringLiteral("/untouched.MP4");
        QVERIFY(testmedia::writeRandom(source, 9 * 1024 * 1024 + 5, 5));
        const QString shaBefore = testmedia::sha256sum(source);
        QVERIFY(testmedia::armAtime(source));
        const testmedia::Stamp before = testmedia::stamp(source);
        const QStringList listingBefore = QDir(m_sources).entryList(QDir::Files, QDir::Name);

        CopyHasher hasher(store);
        QVERIFY(hasher.copy(source).ok());

        const testmedia::Stamp after = testmedia::stamp(source);
        QCOMPARE(after.mtimeNs, before.mtimeNs);
        QCOMPARE(after.ctimeNs, before.ctimeNs); // no metadata change at all (no chmod, no rename)
        QCOMPARE(after.atimeNs, before.atimeNs); // read with O_NOATIME
        QCOMPARE(after.size, before.size);
        QCOMPARE(QDir(m_sources).entryList(QDir::Files, QDir::Name), listingBefore);
        QCOMPARE(testmedia::sha256sum(source), shaBefore);
    }

    void refusesWhatIsNotAFile()
    {
        EvidenceStore store = freshStore(QStringLiteral("refuse"));
        const QString directory = m_sources + QStringLiteral("/looks-like-a-clip.MP4");
        QVERIFY(QDir().mkpath(directory));
        const QString fifo = m_sources + QStringLiteral("/pipe.MP4");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString missing = m_sources + QStringLiteral("/vanished.MP4");

        CopyHasher hasher(store);
        for (const QString &path : {directory, fifo}) {
            const Result<CopyHasher::Copied> r = hasher.copy(path); // the FIFO must not block
            QVERIFY(!r.ok());
            QCOMPARE(hasher.failure(), CopyHasher::Failure::SourceUnreadable);
            QCOMPARE(r.error().code, 1);
            QCOMPARE(r.error().where, path);
            QVERIFY2(r.error().message.contains(QStringLiteral("not a regular file")), qPrintable(r.error().message));
        }
        const Result<CopyHasher::Copied> gone = hasher.copy(missing);
        QVERIFY(!gone.ok());
        QCOMPARE(hasher.failure(), CopyHasher::Failure::SourceUnreadable);
        QVERIFY(gone.error().message.contains(QStringLiteral("does not exist")));
        QCOMPARE(store.blobs(), QStringList());
        QCOMPARE(tempFiles(store), QStringList());
    }

    void cancelLeavesNoPartialBlob()
    {
        EvidenceStore store = freshStore(QStringLiteral("cancel"));
        const QString source = m_sources + QStringLiteral("/long.MP4");
        QVERIFY(testmedia::writeRandom(source, 32 * 1024 * 1024, 9));
        std::atomic_bool cancel {false};
        CopyHasher::Options options;
        options.chunkSize = 1024 * 1024;
        options.cancel = &cancel;
        qint64 seenWhenCancelled = -1;
        options.progress = [&](qint64 done, qint64) {
            if (!cancel.load() && done > 0) {
                seenWhenCancelled = done;
                cancel.store(true);
            }
        };
        CopyHasher hasher(store, options);
        const Result<CopyHasher::Copied> r = hasher.copy(source);
        QVERIFY(!r.ok());
        QCOMPARE(hasher.failure(), CopyHasher::Failure::Cancelled);
        QVERIFY(seenWhenCancelled > 0 && seenWhenCancelled < 32 * 1024 * 1024); // it stopped mid-copy
        QCOMPARE(store.blobs(), QStringList());
        QCOMPARE(tempFiles(store), QStringList());

        CopyHasher again(store); // and it can simply be run again
        const Result<CopyHasher::Copied> second = again.copy(source);
        QVERIFY(second.ok());
        QCOMPARE(second->sha256, testmedia::sha256sum(source));
    }

    void diskFullThroughTheWriteSeam()
    {
        EvidenceStore store = freshStore(QStringLiteral("seam"));
        const QString source = m_sources + QStringLiteral("/seam.MP4");
        QVERIFY(testmedia::writeRandom(source, 5 * 1024 * 1024, 11));
        CopyHasher::Options options;
        options.chunkSize = 1024 * 1024;
        options.writeFault = [](qint64 offset, qint64) {
            return offset >= 2 * 1024 * 1024 ? ENOSPC : 0;
        };
        CopyHasher hasher(store, options);
        const Result<CopyHasher::Copied> r = hasher.copy(source);
        QVERIFY(!r.ok());
        QCOMPARE(hasher.failure(), CopyHasher::Failure::DiskFull);
        QCOMPARE(r.error().code, 3);
        QVERIFY2(r.error().message.contains(QStringLiteral("disk is full")), qPrintable(r.error().message));
        QCOMPARE(store.blobs(), QStringList());
        QCOMPARE(tempFiles(store), QStringList());

        options.writeFault = [](qint64, qint64) {
            return EIO;
        };
        CopyHasher broken(store, options);
        QVERIFY(!broken.copy(source).ok());
        QCOMPARE(broken.failure(), CopyHasher::Failure::StoreFailed);
        QCOMPARE(tempFiles(store), QStringList());
    }

    void diskFullForReal()
    {
        const QString mountPoint = m_dir.filePath(QStringLiteral("small-disk"));
        QVERIFY(QDir().mkpath(mountPoint));
        SmallDisk disk(mountPoint, 4 * 1024 * 1024);
        if (!disk.available())
            QSKIP(qPrintable(
                QStringLiteral("no tmpfs here (%1); covered by diskFullThroughTheWriteSeam").arg(disk.why())));
        Result<EvidenceStore> opened = EvidenceStore::open(mountPoint);
        QVERIFY(opened.ok());
        const EvidenceStore store = opened.value();
        const QString source = m_sources + QStringLiteral("/too-big.MP4");
        QVERIFY(testmedia::writeRandom(source, 6 * 1024 * 1024, 13));

        CopyHasher::Options options; // skip the up-front check so the kernel's ENOSPC is what stops it
        options.checkFreeSpace = false;
        options.chunkSize = 512 * 1024;
        CopyHasher hasher(store, options);
        const Result<CopyHasher::Copied> r = hasher.copy(source);
        QVERIFY(!r.ok());
        QCOMPARE(hasher.failure(), CopyHasher::Failure::DiskFull);
        QVERIFY2(r.error().message.contains(QStringLiteral("disk is full")), qPrintable(r.error().message));
        QCOMPARE(store.blobs(), QStringList());
        QCOMPARE(tempFiles(store), QStringList());

        CopyHasher checking(store); // with the check: refused before a byte is written
        const Result<CopyHasher::Copied> refused = checking.copy(source);
        QVERIFY(!refused.ok());
        QCOMPARE(checking.failure(), CopyHasher::Failure::DiskFull);
        QVERIFY(refused.error().message.contains(QStringLiteral("only")));
        QCOMPARE(tempFiles(store), QStringList());

        const QString small = m_sources + QStringLiteral("/fits.MP4"); // the disk still works afterwards
        QVERIFY(testmedia::writeRandom(small, 1024 * 1024, 14));
        QVERIFY(checking.copy(small).ok());
        QCOMPARE(store.blobs().size(), 1);
    }

    void sourceChangingDuringCopyIsRefused()
    {
        EvidenceStore store = freshStore(QStringLiteral("growing"));
        const QString source = m_sources + QStringLiteral("/recording.MP4");
        QVERIFY(testmedia::writeRandom(source, 4 * 1024 * 1024, 15));
        CopyHasher::Options options;
        options.chunkSize = 1024 * 1024;
        bool appended = false;
        options.writeFault = [&](qint64, qint64) { // the camera appends while we copy
            if (!appended) {
                QFile f(source);
                appended = f.open(QIODevice::Append) && f.write("more") == 4;
            }
            return 0;
        };
        CopyHasher hasher(store, options);
        const Result<CopyHasher::Copied> r = hasher.copy(source);
        QVERIFY(appended);
        QVERIFY(!r.ok());
        QCOMPARE(hasher.failure(), CopyHasher::Failure::SourceChanged);
        QCOMPARE(store.blobs(), QStringList());
        QCOMPARE(tempFiles(store), QStringList());
    }

    void replacesADamagedBlob()
    {
        EvidenceStore store = freshStore(QStringLiteral("damaged"));
        const QString source = m_sources + QStringLiteral("/damaged.MP4");
        QVERIFY(testmedia::writeRandom(source, 2 * 1024 * 1024, 16));
        const QString hash = testmedia::sha256sum(source);
        QVERIFY(QDir().mkpath(QFileInfo(store.pathFor(hash)).absolutePath()));
        QVERIFY(testmedia::writeFile(store.pathFor(hash), "half a file"));
        CopyHasher hasher(store);
        const Result<CopyHasher::Copied> r = hasher.copy(source);
        QVERIFY(r.ok());
        QVERIFY(!r->alreadyStored);
        QCOMPARE(testmedia::sha256sum(store.pathFor(hash)), hash);
    }
};

QTEST_GUILESS_MAIN(TestCopyHasher)
#include "TestCopyHasher.moc"
