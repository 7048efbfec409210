#pragma once

#include "EvidenceStore.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>

namespace psv {

// Copies one source file into the evidence store in a single pass: a reader thread reads the
// source once (read-only, O_NOATIME when permitted) into a small ring of large buffers, the
// calling thread hashes each buffer with psv::Sha256 (OpenSSL EVP) and a writer thread writes it
// to a temp file inside the store (O_DIRECT, or buffered with write-back started at once), so
// that reading, hashing and the disk overlap and the cost approaches the slower of copy+fsync
// and hashing (see CopyPipeline).
// Then: fsync, rename to sha256/ab/<hash>, fsync the directory. The same content twice is stored
// once. Memory is slots × chunkSize whatever the file size. On cancel or any error the temp file
// is removed and no blob is left; the source is never modified, renamed or deleted.
class CopyHasher
{
    Q_DECLARE_TR_FUNCTIONS(CopyHasher)

public:
    enum class Failure {
        None,
        Cancelled,
        SourceUnreadable, // missing, not a regular file, read error
        SourceChanged, // the file changed size or time while it was copied
        DiskFull, // ENOSPC/EDQUOT, or not enough free space to start
        StoreFailed, // any other failure writing the store
    };

    struct Options
    {
        qint64 chunkSize = qint64(4) << 20;
        int slots = 4;
        const std::atomic_bool *cancel = nullptr; // checked between chunks
        std::function<void(qint64 done, qint64 total)> progress; // bytes hashed and written
        bool checkFreeSpace = true; // refuse before copying if it cannot fit
        qint64 writebackWindow = qint64(64) << 20; // written bytes in flight before waiting
        bool directIo = true; // write the blob with O_DIRECT when the file system allows it
        // Test seam at the file layer: called before each write of the temp file with its
        // offset and length; a non-zero errno makes that write fail as if the kernel said so.
        std::function<int(qint64 offset, qint64 length)> writeFault;
    };

    struct Copied
    {
        QString sha256;
        qint64 size = 0;
        QString blobPath;
        bool alreadyStored = false; // the store had this content before
        QDateTime sourceModified; // the source's modification time (UTC)
    };

    explicit CopyHasher(EvidenceStore store);
    CopyHasher(EvidenceStore store, Options options);

    // Error codes: 1 the source is not a file / changed, 3 I/O failure, disk full or cancelled.
    Result<Copied> copy(const QString &sourcePath);
    Failure failure() const { return m_failure; } // why the last copy() failed
    const Options &options() const { return m_options; }

private:
    Error fail(Failure failure, Error error); // records why, for failure()
    Status checkFreeSpace(const QString &sourcePath, qint64 size);
    Status syncBlob(int fd, const QString &sourcePath);

    EvidenceStore m_store;
    Options m_options;
    Failure m_failure = Failure::None;
};

} // namespace psv
