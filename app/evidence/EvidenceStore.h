#pragma once

#include "PosixFile.h"
#include "Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace psv {

// One problem found by EvidenceStore::verifyAll().
struct VerifyIssue
{
    enum class Kind {
        Mismatch, // the blob's content no longer hashes to its name: changed or damaged
        Missing, // an expected hash (e.g. a database row) has no blob
        Unreadable, // the blob cannot be read
        Stray, // a file in the blob tree that is not named like a blob
    };
    Kind kind = Kind::Mismatch;
    QString sha256; // the blob's name (the expected hash)
    QString path; // where it is or should be
    QString actualSha256; // Mismatch: what the content hashes to now
    QString message; // translated, complete sentence

    static QString kindCode(Kind kind); // "mismatch", "missing", "unreadable", "stray"
};

struct VerifyReport
{
    int checked = 0; // blobs re-hashed
    qint64 bytes = 0; // bytes re-hashed
    bool cancelled = false;
    QList<VerifyIssue> issues;
    bool ok() const { return !cancelled && issues.isEmpty(); }
};

// The content-addressed evidence store under DATA/evidence:
//   sha256/ab/abcdef…   one read-only blob per distinct content, named by its SHA-256 (hex)
//   thumbs/abcdef….jpg  a JPEG thumbnail per blob that has a picture
//   tmp/                temp files of imports in progress (same file system, so rename is atomic)
// Opening the store removes temp files a crash or a kill left behind, unless another process
// holds the temp-directory lease (an import running right now).
class EvidenceStore
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceStore)

public:
    static Result<EvidenceStore> open(const QString &dataDir);

    QString root() const { return m_root; }
    QString blobRoot() const;
    QString tempDir() const;
    QString thumbnailDir() const;

    static bool isValidHash(const QString &sha256); // 64 lowercase hex digits
    QString pathFor(const QString &sha256) const; // where that blob is (or would be); empty if invalid
    bool contains(const QString &sha256) const; // a blob with that name exists
    QStringList blobs() const; // hashes of every blob present, sorted

    QString thumbnailPathFor(const QString &sha256) const;
    // Writes thumbs/<hash>.jpg atomically (temp, fsync, rename); returns its path.
    Result<QString> storeThumbnail(const QString &sha256, const QImage &image) const;

    // A shared lock on tmp/ held while an import has temp files there; open() only cleans up
    // when it can take the lock exclusively.
    Result<PosixFile> leaseTempDir() const;
    // Moves a finished temp file (written, fsynced and checked to hash to sha256, under the lease)
    // to its content-addressed place: creates the shard folder, makes the file read-only, renames
    // it atomically and syncs the folders, so that the blob survives a crash once this returns.
    Status placeBlob(const QString &tempPath, const QString &sha256) const;
    int staleTempFilesRemoved() const { return m_staleRemoved; }

    struct VerifyOptions
    {
        QStringList expected; // hashes that must be present
        std::function<void(qint64 done, qint64 total)> progress; // bytes re-hashed / to re-hash
        const std::atomic_bool *cancel = nullptr;
    };
    // Re-hashes every blob; reports mismatches, expected hashes without a blob, unreadable blobs
    // and stray files. Changes nothing.
    VerifyReport verifyAll(const VerifyOptions &options) const;
    VerifyReport verifyAll() const { return verifyAll(VerifyOptions {}); }

private:
    explicit EvidenceStore(QString root) : m_root(std::move(root)) { }
    int removeStaleTempFiles() const;
    QStringList blobFiles(QStringList *stray) const;

    QString m_root;
    int m_staleRemoved = 0;
};

} // namespace psv
