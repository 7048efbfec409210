#include "CopyHasher.h"

#include "AtomicFile.h"
#include "CopyPipeline.h"
#include "EvidenceLogging.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace psv {

namespace {

// Removes the temp file unless it was renamed into place.
struct TempFileGuard
{
    QString path;
    bool keep = false;
    ~TempFileGuard()
    {
        if (!keep && !path.isEmpty())
            ::unlink(QFile::encodeName(path).constData());
    }
};

QDateTime modificationTime(const struct stat &st)
{
    return QDateTime::fromMSecsSinceEpoch(
        qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000, QTimeZone::UTC);
}

bool isDiskFull(int err)
{
    return err == ENOSPC || err == EDQUOT || err == EFBIG;
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

CopyPipeline::Settings pipelineSettings(const CopyHasher::Options &options, qint64 total)
{
    CopyPipeline::Settings settings;
    settings.chunkSize = options.chunkSize;
    settings.slots = options.slots;
    settings.writebackWindow = options.writebackWindow;
    settings.directIo = options.directIo;
    settings.cancel = options.cancel;
    settings.writeFault = options.writeFault;
    if (options.progress)
        settings.progress = [progress = options.progress, total](qint64 done) {
            progress(done, total);
        };
    return settings;
}

// Why a pipeline run failed, with the message (Failure::None when it went through): cancelled,
// reading the source, or writing the store (disk full told apart).
CopyHasher::Failure pipelineFailure(
    const CopyPipeline::Outcome &out, qint64 total, const QString &sourcePath, const QString &storeRoot, Error &error)
{
    using Failure = CopyHasher::Failure;
    if (out.cancelled) {
        error = makeError(CopyHasher::tr("The import was cancelled; nothing of this file was kept."), sourcePath, 3);
        return Failure::Cancelled;
    }
    if (out.readErrno != 0) {
        error = makeError(CopyHasher::tr("Reading the file failed after %1: %2. Nothing of it was kept.")
                              .arg(dataSize(out.bytes), PosixFile::describe(out.readErrno)),
            sourcePath, 3);
        return Failure::SourceUnreadable;
    }
    if (out.writeErrno != 0 && isDiskFull(out.writeErrno)) {
        error = makeError(CopyHasher::tr("The evidence store's disk is full: the copy stopped after %1 of %2. Nothing "
                                         "of this file was kept; free some space on the disk that holds %3 and import "
                                         "again.")
                              .arg(dataSize(out.bytes), dataSize(total), storeRoot),
            sourcePath, 3);
        return Failure::DiskFull;
    }
    if (out.writeErrno != 0) {
        error = makeError(CopyHasher::tr("Writing to the evidence store failed: %1. Nothing of this file was kept.")
                              .arg(PosixFile::describe(out.writeErrno)),
            sourcePath, 3);
        return Failure::StoreFailed;
    }
    return Failure::None;
}

} // namespace

CopyHasher::CopyHasher(EvidenceStore store) : CopyHasher(std::move(store), Options {}) { }

CopyHasher::CopyHasher(EvidenceStore store, Options options) : m_store(std::move(store)), m_options(std::move(options))
{
}

Error CopyHasher::fail(Failure failure, Error error)
{
    m_failure = failure;
    qCInfo(lcEvidence) << "copy failed:" << error.text();
    return error;
}

Status CopyHasher::checkFreeSpace(const QString &sourcePath, qint64 size)
{
    struct statvfs vfs = {};
    if (::statvfs(QFile::encodeName(m_store.tempDir()).constData(), &vfs) != 0)
        return {};
    const qint64 available = qint64(vfs.f_bavail) * qint64(vfs.f_frsize);
    if (available >= size)
        return {};
    return makeError(tr("The evidence store's disk is full: this file needs %1 but only %2 are free on the disk "
                        "that holds %3. Free some space and import again.")
                         .arg(dataSize(size), dataSize(available), m_store.root()),
        sourcePath, 3);
}

Result<CopyHasher::Copied> CopyHasher::copy(const QString &sourcePath)
{
    m_failure = Failure::None;
    Result<PosixFile> source = PosixFile::openSource(sourcePath);
    if (!source)
        return fail(Failure::SourceUnreadable, source.error());
    const Result<PosixFile::StatBuf> before = source->status();
    if (!before)
        return fail(Failure::SourceUnreadable, makeError(before.error().message, sourcePath, 3));
    const qint64 total = before->st_size;
    if (m_options.checkFreeSpace) {
        if (const Status space = checkFreeSpace(sourcePath, total); !space)
            return fail(Failure::DiskFull, space.error());
    }

    Result<PosixFile> lease = m_store.leaseTempDir();
    if (!lease)
        return fail(Failure::StoreFailed, lease.error());
    TempFileGuard temp;
    temp.path = m_store.tempDir() + u'/' + QString::number(QRandomGenerator::global()->generate64(), 16)
        + QStringLiteral(".part");
    Result<PosixFile> destination = PosixFile::createExclusive(temp.path, 0600);
    if (!destination)
        return fail(Failure::StoreFailed, destination.error());

    const CopyPipeline::Outcome out
        = CopyPipeline::run(source.value(), destination.value(), pipelineSettings(m_options, total));
    Error error;
    if (const Failure failure = pipelineFailure(out, total, sourcePath, m_store.root(), error);
        failure != Failure::None)
        return fail(failure, error);
    const Result<PosixFile::StatBuf> after = source->status();
    // The size as well as the time: a file's times tick coarsely (a few ms), so an append right
    // after the file was written can leave its mtime as it was, while the copy read the new bytes.
    if (!after || after->st_size != out.bytes || after->st_size != before->st_size
        || modificationTime(*after) != modificationTime(*before))
        return fail(Failure::SourceChanged,
            makeError(tr("The file changed while it was being copied (is the camera still recording?). "
                         "Nothing of it was kept; import it again when it no longer changes."),
                sourcePath, 1));

    Copied copied;
    copied.sha256 = out.sha256;
    copied.size = out.bytes;
    copied.blobPath = m_store.pathFor(out.sha256);
    copied.sourceModified = modificationTime(*before);

    const QFileInfo existing(copied.blobPath);
    if (existing.isFile() && existing.size() == copied.size) {
        copied.alreadyStored = true; // the temp file goes; its dirty pages never need to reach the disk
        return copied;
    }

    if (const Status s = syncBlob(destination->fd(), sourcePath); !s)
        return s.error();
    destination.value().close();
    if (const Status s = m_store.placeBlob(temp.path, copied.sha256); !s)
        return fail(Failure::StoreFailed, s.error());
    temp.keep = true;
    if (existing.exists())
        qCWarning(lcEvidence) << "replaced a damaged blob" << copied.blobPath << "of size" << existing.size();
    return copied;
}

// Read-only (before the fsync, so the mode is on disk with the content), on the disk, and out of
// the page cache.
Status CopyHasher::syncBlob(int fd, const QString &sourcePath)
{
    ::fchmod(fd, 0444); // blobs are read-only; verifyAll() catches changes by anyone who can override that
    if (::fsync(fd) != 0) {
        const int err = errno;
        return fail(isDiskFull(err) ? Failure::DiskFull : Failure::StoreFailed,
            makeError(
                tr("Saving the copy to disk failed: %1. Nothing of this file was kept.").arg(PosixFile::describe(err)),
                sourcePath, 3));
    }
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED); // evidence is rarely read back soon
    return {};
}

} // namespace psv
