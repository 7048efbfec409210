#pragma once

#include "FileNamePatterns.h"
#include "SourceScanner.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

namespace psv {

struct VolumeInfo
{
    QString rootPath;
    QString name; // label, else the device name
    QString fileSystemType; // "vfat", "exfat", ...
    QString device; // "/dev/sdb1"
    qint64 bytesTotal = 0;
    bool readOnly = false;
    CameraLayout layout; // filled in by the watcher
};

// Notices newly mounted volumes (a body camera plugged in as USB storage) by polling
// QStorageInfo, and says whether each looks like camera storage so the app can offer to import.
// The first poll only records what is already mounted. System and pseudo file systems are left
// out. Lives in the thread that polls (the GUI thread is fine: a poll lists mounts and looks at
// most two folder levels into a new volume).
class VolumeWatcher : public QObject
{
    Q_OBJECT

public:
    using Lister = std::function<QList<VolumeInfo>()>;

    explicit VolumeWatcher(QObject *parent = nullptr);

    void setPatterns(const FileNamePatterns &patterns); // to recognise camera-style file names
    void setLister(Lister lister); // replaces QStorageInfo (tests)
    void start(int intervalMs = 2000);
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    QList<VolumeInfo> volumes() const { return m_known; }

    // Mounted user volumes from QStorageInfo (removable media first of all), without
    // /, /boot, /proc, tmpfs, overlay, snap and the like.
    static QList<VolumeInfo> mountedVolumes();

public Q_SLOTS:
    void poll();

Q_SIGNALS:
    void volumeMounted(const psv::VolumeInfo &volume);
    void volumeUnmounted(const QString &rootPath);

private:
    QTimer m_timer;
    Lister m_lister;
    std::optional<FileNamePatterns> m_patterns;
    QList<VolumeInfo> m_known;
    bool m_primed = false;
};

} // namespace psv
