#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <sys/stat.h>

namespace psv {

// A file descriptor owned by value, for the evidence copy path where QFile hides what matters:
// sources are opened read-only without touching their access time (O_NOATIME when permitted) and
// without blocking on a FIFO, only regular files are accepted, writes are complete or report errno.
class PosixFile
{
    Q_DECLARE_TR_FUNCTIONS(PosixFile)

public:
    PosixFile() = default;
    explicit PosixFile(int fd) : m_fd(fd) { }
    ~PosixFile() { close(); }
    PosixFile(PosixFile &&other) noexcept : m_fd(other.release()) { }
    PosixFile &operator=(PosixFile &&other) noexcept;
    PosixFile(const PosixFile &) = delete;
    PosixFile &operator=(const PosixFile &) = delete;

    // A regular file for reading; anything else (directory, FIFO, device) is refused with code 1.
    static Result<PosixFile> openSource(const QString &path);
    static Result<PosixFile> createExclusive(const QString &path, int mode);
    static Result<PosixFile> openDirectory(const QString &path);

    int fd() const { return m_fd; }
    bool isOpen() const { return m_fd >= 0; }
    int release();
    void close();

    // Loops over short reads and EINTR; returns the bytes read (less than size only at end of
    // file) or -1 with errno set.
    qint64 readFull(char *data, qint64 size);
    // Loops over short writes and EINTR; returns 0 or the errno of the failed write, with the
    // bytes that did get written in *written when given.
    int writeAll(const char *data, qint64 size, qint64 *written = nullptr);
    using StatBuf = struct stat;
    Result<StatBuf> status() const;

    // A translated phrase for an errno value ("the disk is full", ...).
    static QString describe(int error);

private:
    int m_fd = -1;
};

} // namespace psv
