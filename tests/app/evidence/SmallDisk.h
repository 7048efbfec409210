// A real full disk for the tests: a size-limited tmpfs mounted in a private mount namespace of
// the calling thread (unshare(CLONE_NEWNS) + mount(2); needs CAP_SYS_ADMIN, which the tests have
// when they run as root, as in the build root). Writes beyond its size fail with a real ENOSPC
// from the kernel. Where that is not permitted, available() is false and why() says so; the
// tests then use CopyHasher's write-failure seam instead.
#pragma once

#include <QString>

#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>

class SmallDisk
{
public:
    SmallDisk(const QString &mountPoint, qint64 bytes) : m_path(mountPoint)
    {
        static bool privateNamespace = false;
        if (!privateNamespace) {
            if (::unshare(CLONE_NEWNS) != 0) {
                m_why = QStringLiteral("unshare(CLONE_NEWNS): %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
                return;
            }
            if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
                m_why = QStringLiteral("making / private: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
                return;
            }
            privateNamespace = true;
        }
        const QByteArray options = "size=" + QByteArray::number(bytes);
        if (::mount("tmpfs", m_path.toLocal8Bit().constData(), "tmpfs", MS_NOSUID | MS_NODEV, options.constData())
            != 0) {
            m_why = QStringLiteral("mount tmpfs: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        m_mounted = true;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(m_path.toLocal8Bit().constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool available() const { return m_mounted; }
    QString why() const { return m_why; }
    QString path() const { return m_path; }

private:
    QString m_path;
    QString m_why;
    bool m_mounted = false;
};
