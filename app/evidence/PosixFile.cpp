#include "PosixFile.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace psv {

PosixFile &PosixFile::operator=(PosixFile &&other) noexcept
{
    if (this != &other) {
        close();
        m_fd = other.release();
    }
    return *this;
}

int PosixFile::release()
{
    const int fd = m_fd;
    m_fd = -1;
    return fd;
}

void PosixFile::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

Result<PosixFile> PosixFile::openSource(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    // O_NONBLOCK so that a FIFO does not block the open; cleared again for regular files.
    const int flags = O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK;
    int fd = ::open(name.constData(), flags | O_NOATIME);
    if (fd < 0 && errno == EPERM) // O_NOATIME needs ownership of the file or CAP_FOWNER
        fd = ::open(name.constData(), flags);
    if (fd < 0)
        return makeError(tr("The file cannot be opened for reading: %1.").arg(describe(errno)), path, 3);
    PosixFile file(fd);
    struct stat st = {};
    if (::fstat(fd, &st) != 0)
        return makeError(tr("The file cannot be examined: %1.").arg(describe(errno)), path, 3);
    if (!S_ISREG(st.st_mode))
        return makeError(QCoreApplication::translate("PosixFile",
                             "This is not a regular file (it is a directory, pipe or device); "
                             "only files can be imported as evidence."),
            path, 1);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK); // keeps O_NOATIME
    return file;
}

Result<PosixFile> PosixFile::createExclusive(const QString &path, int mode)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return makeError(tr("The file cannot be created: %1.").arg(describe(errno)), path, 3);
    return PosixFile(fd);
}

Result<PosixFile> PosixFile::openDirectory(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return makeError(tr("The directory cannot be opened: %1.").arg(describe(errno)), path, 3);
    return PosixFile(fd);
}

qint64 PosixFile::readFull(char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::read(m_fd, data + done, static_cast<size_t>(size - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        done += n;
    }
    return done;
}

int PosixFile::writeAll(const char *data, qint64 size, qint64 *written)
{
    qint64 done = 0;
    int err = 0;
    while (done < size) {
        const ssize_t n = ::write(m_fd, data + done, static_cast<size_t>(size - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            err = n < 0 ? errno : ENOSPC; // a zero-length write of a non-empty buffer: nothing more fits
            break;
        }
        done += n;
    }
    if (written)
        *written = done;
    return err;
}

Result<PosixFile::StatBuf> PosixFile::status() const
{
    struct stat st = {};
    if (::fstat(m_fd, &st) != 0)
        return makeError(tr("The file cannot be examined: %1.").arg(describe(errno)), {}, 3);
    return st;
}

QString PosixFile::describe(int error)
{
    switch (error) {
    case ENOENT:
        return tr("it does not exist");
    case EACCES:
    case EPERM:
        return tr("permission denied");
    case EISDIR:
        return tr("it is a directory");
    case ENOSPC:
    case EDQUOT:
        return tr("the disk is full");
    case EROFS:
        return tr("the file system is read-only");
    case EIO:
        return tr("input/output error (the medium may be damaged or was removed)");
    case ENODEV:
    case ENXIO:
        return tr("the device was removed");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

} // namespace psv
