#include "EvidenceStore.h"

#include "AtomicFile.h"
#include "EvidenceLogging.h"
#include "FileHasher.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <sys/file.h>
#include <sys/stat.h>

namespace psv {

namespace {
const auto kLockName = QLatin1String(".lock");
} // namespace

QString VerifyIssue::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Mismatch:
        return QStringLiteral("mismatch");
    case Kind::Missing:
        return QStringLiteral("missing");
    case Kind::Unreadable:
        return QStringLiteral("unreadable");
    case Kind::Stray:
        return QStringLiteral("stray");
    }
    return {};
}

Result<EvidenceStore> EvidenceStore::open(const QString &dataDir)
{
    EvidenceStore store(QDir(dataDir).absoluteFilePath(QStringLiteral("evidence")));
    for (const QString &dir : {store.blobRoot(), store.tempDir(), store.thumbnailDir()}) {
        if (!QDir().mkpath(dir))
            return makeError(tr("The evidence store's directory cannot be created; check that the data directory is "
                                "writable."),
                dir, 3);
    }
    store.m_staleRemoved = store.removeStaleTempFiles();
    return store;
}

QString EvidenceStore::blobRoot() const
{
    return m_root + QStringLiteral("/sha256");
}
QString EvidenceStore::tempDir() const
{
    return m_root + QStringLiteral("/tmp");
}
QString EvidenceStore::thumbnailDir() const
{
    return m_root + QStringLiteral("/thumbs");
}

bool EvidenceStore::isValidHash(const QString &sha256)
{
    if (sha256.size() != 64)
        return false;
    for (const QChar c : sha256)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

QString EvidenceStore::pathFor(const QString &sha256) const
{
    if (!isValidHash(sha256))
        return {};
    return blobRoot() + u'/' + sha256.left(2) + u'/' + sha256;
}

bool EvidenceStore::contains(const QString &sha256) const
{
    const QString path = pathFor(sha256);
    return !path.isEmpty() && QFileInfo(path).isFile();
}

QString EvidenceStore::thumbnailPathFor(const QString &sha256) const
{
    if (!isValidHash(sha256))
        return {};
    return thumbnailDir() + u'/' + sha256 + QStringLiteral(".jpg");
}

Result<QString> EvidenceStore::storeThumbnail(const QString &sha256, const QImage &image) const
{
    const QString path = thumbnailPathFor(sha256);
    if (path.isEmpty() || image.isNull())
        return makeError(tr("There is no thumbnail to store for this evidence file."), sha256, 1);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    if (!image.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPEG", 85))
        return makeError(tr("The thumbnail could not be encoded as JPEG."), path, 3);
    if (const Status s = AtomicFile::write(path, jpeg); !s)
        return s.error();
    return path;
}

Result<PosixFile> EvidenceStore::leaseTempDir() const
{
    const QString lockPath = tempDir() + u'/' + kLockName;
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(
            tr("The evidence store's lock file cannot be opened: %1.").arg(PosixFile::describe(errno)), lockPath, 3);
    PosixFile lock(fd);
    if (::flock(fd, LOCK_SH) != 0)
        return makeError(
            tr("The evidence store's lock file cannot be locked: %1.").arg(PosixFile::describe(errno)), lockPath, 3);
    return lock;
}

Status EvidenceStore::placeBlob(const QString &tempPath, const QString &sha256) const
{
    const QString blobPath = pathFor(sha256);
    if (blobPath.isEmpty())
        return makeError(
            tr("\"%1\" is not a SHA-256 in hex; the file cannot be stored under it.").arg(sha256), tempPath, 3);
    const QString shardDir = QFileInfo(blobPath).absolutePath();
    if (!QFileInfo::exists(shardDir)) {
        if (!QDir().mkpath(shardDir))
            return makeError(tr("The evidence store's folder cannot be created."), shardDir, 3);
        if (const Status s = AtomicFile::syncDirectory(blobRoot()); !s)
            return s;
    }
    const QByteArray from = QFile::encodeName(tempPath);
    ::chmod(from.constData(), 0444); // blobs are read-only; verifyAll() catches changes by anyone who can override that
    if (::rename(from.constData(), QFile::encodeName(blobPath).constData()) != 0)
        return makeError(
            tr("The file cannot be moved into the evidence store: %1.").arg(PosixFile::describe(errno)), blobPath, 3);
    return AtomicFile::syncDirectory(shardDir);
}

int EvidenceStore::removeStaleTempFiles() const
{
    const QString lockPath = tempDir() + u'/' + kLockName;
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return 0;
    PosixFile lock(fd);
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        qCInfo(lcEvidence) << "an import is running; stale temp files are left for later";
        return 0;
    }
    int removed = 0;
    const QDir dir(tempDir());
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        if (name == kLockName)
            continue;
        if (QFile::remove(dir.filePath(name))) {
            ++removed;
            qCInfo(lcEvidence) << "removed stale temp file" << name;
        }
    }
    return removed;
}

QStringList EvidenceStore::blobs() const
{
    QStringList hashes;
    for (const QString &path : blobFiles(nullptr))
        hashes << QFileInfo(path).fileName();
    return hashes;
}

QStringList EvidenceStore::blobFiles(QStringList *stray) const
{
    QStringList files;
    QDirIterator it(blobRoot(), QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        if (info.isDir() && !info.isSymLink())
            continue;
        const QString name = info.fileName();
        const bool good = info.isFile() && !info.isSymLink() && isValidHash(name)
            && info.absoluteFilePath() == QFileInfo(pathFor(name)).absoluteFilePath();
        if (good)
            files << info.absoluteFilePath();
        else if (stray)
            *stray << info.absoluteFilePath();
    }
    files.sort();
    if (stray)
        stray->sort();
    return files;
}

VerifyReport EvidenceStore::verifyAll(const VerifyOptions &options) const
{
    VerifyReport report;
    QStringList stray;
    const QStringList files = blobFiles(&stray);
    for (const QString &path : std::as_const(stray))
        report.issues << VerifyIssue {VerifyIssue::Kind::Stray, {}, path, {},
            tr("This file does not belong in the evidence store (it is not named by its "
               "SHA-256 in the right folder).")};
    for (const QString &hash : options.expected) {
        if (!contains(hash))
            report.issues << VerifyIssue {VerifyIssue::Kind::Missing, hash, pathFor(hash), {},
                tr("The evidence file with SHA-256 %1 is missing from the store.").arg(hash)};
    }
    qint64 total = 0;
    for (const QString &path : files)
        total += QFileInfo(path).size();
    qint64 before = 0;
    for (const QString &path : files) {
        const QString name = QFileInfo(path).fileName();
        FileHasher::Options hashOptions;
        hashOptions.cancel = options.cancel;
        if (options.progress)
            hashOptions.progress = [&](qint64 done) {
                options.progress(before + done, total);
            };
        const Result<QString> actual = FileHasher::hash(path, hashOptions);
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            break;
        }
        before += QFileInfo(path).size();
        ++report.checked;
        if (!actual) {
            report.issues << VerifyIssue {VerifyIssue::Kind::Unreadable, name, path, {},
                tr("The evidence file cannot be read: %1").arg(actual.error().message)};
            continue;
        }
        report.bytes += QFileInfo(path).size();
        if (actual.value() != name)
            report.issues << VerifyIssue {VerifyIssue::Kind::Mismatch, name, path, actual.value(),
                tr("The content of evidence file %1 no longer matches its SHA-256: it has "
                   "been changed or damaged.")
                    .arg(name)};
    }
    return report;
}

} // namespace psv
