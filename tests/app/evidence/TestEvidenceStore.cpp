#include "CopyHasher.h"
#include "EvidenceStore.h"
#include "EvidenceTestMedia.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;

class TestEvidenceStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Every file under the data directory with its size and sha256sum: "changes nothing" checks.
    QStringList snapshot(const QString &root)
    {
        QStringList out;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            out << path + u' ' + testmedia::sha256sum(path);
        }
        out.sort();
        return out;
    }

    QStringList importSome(const EvidenceStore &store, const QString &name, int count)
    {
        QStringList hashes;
        CopyHasher hasher(store);
        for (int i = 0; i < count; ++i) {
            const QString source = m_dir.filePath(QStringLiteral("%1-%2.mp4").arg(name).arg(i));
            if (!testmedia::writeRandom(source, 300000 + i * 1000, quint32(i + 1)))
                return {};
            const Result<CopyHasher::Copied> copied = hasher.copy(source);
            if (!copied)
                return {};
            hashes << copied->sha256;
        }
        return hashes;
    }

private Q_SLOTS:
    void opensWithItsLayout()
    {
        const QString data = m_dir.filePath(QStringLiteral("layout"));
        const Result<EvidenceStore> store = EvidenceStore::open(data);
        QVERIFY(store.ok());
        QCOMPARE(store->root(), data + QStringLiteral("/evidence"));
        for (const QString &dir : {store->blobRoot(), store->tempDir(), store->thumbnailDir()})
            QVERIFY2(QFileInfo(dir).isDir(), qPrintable(dir));
        const QString hash = QStringLiteral("ab") + QString(62, u'0');
        QCOMPARE(store->pathFor(hash), data + QStringLiteral("/evidence/sha256/ab/") + hash);
        QCOMPARE(
            store->thumbnailPathFor(hash), data + QStringLiteral("/evidence/thumbs/") + hash + QStringLiteral(".jpg"));
        QVERIFY(!store->contains(hash));
        for (const QString &bad : QStringList {
                 QString(), QStringLiteral("ab"), hash.toUpper(), hash + u'0', QStringLiteral("../") + hash.mid(3)}) {
            QVERIFY(!EvidenceStore::isValidHash(bad));
            QCOMPARE(store->pathFor(bad), QString());
        }
    }

    void refusesAnUnwritableDataDir()
    {
        const QString file = m_dir.filePath(QStringLiteral("a-file"));
        QVERIFY(testmedia::writeFile(file, "x"));
        const Result<EvidenceStore> store = EvidenceStore::open(file); // a file where a directory should be
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, 3);
    }

    void removesStaleTempFilesOnOpen()
    {
        const QString data = m_dir.filePath(QStringLiteral("stale"));
        QVERIFY(EvidenceStore::open(data).ok());
        const QString tmp = data + QStringLiteral("/evidence/tmp/");
        QVERIFY(testmedia::writeFile(tmp + QStringLiteral("4f1e.part"), QByteArray(100000, 'x'))); // a crash left these
        QVERIFY(testmedia::writeFile(tmp + QStringLiteral("9a0c.part"), "y"));

        { // an import in progress (holding the lease) keeps its temp files
            const Result<EvidenceStore> first = EvidenceStore::open(data);
            QVERIFY(first.ok());
            QCOMPARE(first->staleTempFilesRemoved(), 2);
        }
        QVERIFY(testmedia::writeFile(tmp + QStringLiteral("busy.part"), "z"));
        const Result<EvidenceStore> holder = EvidenceStore::open(data);
        QVERIFY(holder.ok());
        QCOMPARE(holder->staleTempFilesRemoved(), 1);
        QVERIFY(testmedia::writeFile(tmp + QStringLiteral("busy.part"), "z"));
        const Result<PosixFile> lease = holder->leaseTempDir();
        QVERIFY(lease.ok());
        const Result<EvidenceStore> other = EvidenceStore::open(data);
        QVERIFY(other.ok());
        QCOMPARE(other->staleTempFilesRemoved(), 0);
        QVERIFY(QFile::exists(tmp + QStringLiteral("busy.part")));
    }

    void verifiesEveryBlob()
    {
        const QString data = m_dir.filePath(QStringLiteral("verify"));
        const Result<EvidenceStore> opened = EvidenceStore::open(data);
        QVERIFY(opened.ok());
        const EvidenceStore store = opened.value();
        const QStringList hashes = importSome(store, QStringLiteral("v"), 4);
        QCOMPARE(hashes.size(), 4);

        qint64 lastDone = -1, lastTotal = -1;
        EvidenceStore::VerifyOptions options;
        options.expected = hashes;
        options.progress = [&](qint64 done, qint64 total) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
        };
        VerifyReport report = store.verifyAll(options);
        QVERIFY(report.ok());
        QCOMPARE(report.checked, 4);
        QCOMPARE(lastDone, lastTotal);

        // Damage one blob, remove another, drop a stray file; expect an unknown hash too.
        const QString damaged = store.pathFor(hashes[1]);
        QFile::setPermissions(damaged, QFile::ReadOwner | QFile::WriteOwner);
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(1000);
            f.write("X");
        }
        QVERIFY(QFile::remove(store.pathFor(hashes[2])));
        QVERIFY(testmedia::writeFile(
            QFileInfo(store.pathFor(hashes[0])).absolutePath() + QStringLiteral("/notes.txt"), "stray"));
        const QString unknown = QString(64, u'e');
        const QStringList before = snapshot(data);

        options.expected = hashes + QStringList {unknown};
        lastDone = -1;
        report = store.verifyAll(options);
        QVERIFY(!report.ok());
        QCOMPARE(report.checked, 3);
        QStringList found;
        for (const VerifyIssue &issue : std::as_const(report.issues)) {
            found << VerifyIssue::kindCode(issue.kind) + u':'
                    + (issue.sha256.isEmpty() ? QFileInfo(issue.path).fileName() : issue.sha256);
            QVERIFY(!issue.message.isEmpty());
            if (issue.kind == VerifyIssue::Kind::Mismatch) {
                QCOMPARE(issue.actualSha256, testmedia::sha256sum(damaged));
                QCOMPARE(issue.path, damaged);
            }
        }
        found.sort();
        QStringList expected {QStringLiteral("mismatch:") + hashes[1], QStringLiteral("missing:") + hashes[2],
            QStringLiteral("missing:") + unknown, QStringLiteral("stray:notes.txt")};
        expected.sort();
        QCOMPARE(found, expected);
        QCOMPARE(snapshot(data), before); // verifying changed nothing
    }

    void verifyCanBeCancelled()
    {
        const Result<EvidenceStore> opened = EvidenceStore::open(m_dir.filePath(QStringLiteral("vcancel")));
        QVERIFY(opened.ok());
        QCOMPARE(importSome(opened.value(), QStringLiteral("c"), 3).size(), 3);
        std::atomic_bool cancel {true};
        EvidenceStore::VerifyOptions options;
        options.cancel = &cancel;
        const VerifyReport report = opened->verifyAll(options);
        QVERIFY(report.cancelled);
        QVERIFY(!report.ok());
        QCOMPARE(report.checked, 0);
    }

    void storesThumbnailsAsJpeg()
    {
        const Result<EvidenceStore> store = EvidenceStore::open(m_dir.filePath(QStringLiteral("thumbs")));
        QVERIFY(store.ok());
        const QString hash = QString(64, u'c');
        const Result<QString> path = store->storeThumbnail(hash, testmedia::picture(320, 180));
        QVERIFY(path.ok());
        QCOMPARE(path.value(), store->thumbnailPathFor(hash));
        QImageReader reader(path.value());
        QCOMPARE(reader.format(), QByteArray("jpeg"));
        QCOMPARE(reader.size(), QSize(320, 180));
        QCOMPARE(QDir(store->thumbnailDir()).entryList(QDir::Files), QStringList {hash + QStringLiteral(".jpg")});
        QVERIFY(!store->storeThumbnail(hash, QImage()).ok());
        QVERIFY(!store->storeThumbnail(QStringLiteral("nope"), testmedia::picture(8, 8)).ok());
    }
};

QTEST_MAIN(TestEvidenceStore)
#include "TestEvidenceStore.moc"
