#include "VolumeWatcher.h"

#include <QSet>
#include <QStorageInfo>

namespace psv {

namespace {
const QSet<QString> kPseudo = {QStringLiteral("proc"), QStringLiteral("sysfs"), QStringLiteral("tmpfs"),
    QStringLiteral("devtmpfs"), QStringLiteral("devpts"), QStringLiteral("overlay"), QStringLiteral("squashfs"),
    QStringLiteral("cgroup"), QStringLiteral("cgroup2"), QStringLiteral("autofs"), QStringLiteral("securityfs"),
    QStringLiteral("debugfs"), QStringLiteral("tracefs"), QStringLiteral("pstore"), QStringLiteral("bpf"),
    QStringLiteral("mqueue"), QStringLiteral("hugetlbfs"), QStringLiteral("fusectl"), QStringLiteral("configfs"),
    QStringLiteral("ramfs"), QStringLiteral("efivarfs"), QStringLiteral("nsfs"), QStringLiteral("binfmt_misc"),
    QStringLiteral("rpc_pipefs")};

bool isSystemPath(const QString &root)
{
    if (root == QLatin1String("/"))
        return true;
    for (const char *prefix : {"/boot", "/proc", "/sys", "/dev", "/run/user", "/snap", "/var/lib", "/usr", "/etc"})
        if (root == QLatin1String(prefix) || root.startsWith(QLatin1String(prefix) + u'/'))
            return true;
    return false;
}
} // namespace

VolumeWatcher::VolumeWatcher(QObject *parent) : QObject(parent), m_lister(&VolumeWatcher::mountedVolumes)
{
    connect(&m_timer, &QTimer::timeout, this, &VolumeWatcher::poll);
}

void VolumeWatcher::setPatterns(const FileNamePatterns &patterns)
{
    m_patterns = patterns;
}
void VolumeWatcher::setLister(Lister lister)
{
    m_lister = std::move(lister);
}

void VolumeWatcher::start(int intervalMs)
{
    poll();
    m_timer.start(intervalMs);
}

void VolumeWatcher::stop()
{
    m_timer.stop();
}

QList<VolumeInfo> VolumeWatcher::mountedVolumes()
{
    QList<VolumeInfo> out;
    for (const QStorageInfo &s : QStorageInfo::mountedVolumes()) {
        const QString type = QString::fromLatin1(s.fileSystemType());
        if (!s.isValid() || !s.isReady() || kPseudo.contains(type) || isSystemPath(s.rootPath()))
            continue;
        VolumeInfo v;
        v.rootPath = s.rootPath();
        v.name = s.name().isEmpty() ? QString::fromLocal8Bit(s.device()) : s.name();
        v.fileSystemType = type;
        v.device = QString::fromLocal8Bit(s.device());
        v.bytesTotal = s.bytesTotal();
        v.readOnly = s.isReadOnly();
        out << v;
    }
    return out;
}

void VolumeWatcher::poll()
{
    const QList<VolumeInfo> now = m_lister ? m_lister() : QList<VolumeInfo> {};
    QSet<QString> nowRoots;
    for (const VolumeInfo &v : now)
        nowRoots.insert(v.rootPath);
    QList<VolumeInfo> known;
    for (const VolumeInfo &v : std::as_const(m_known)) {
        if (nowRoots.contains(v.rootPath))
            known << v;
        else if (m_primed)
            Q_EMIT volumeUnmounted(v.rootPath);
    }
    QSet<QString> knownRoots;
    for (const VolumeInfo &v : std::as_const(known))
        knownRoots.insert(v.rootPath);
    for (VolumeInfo v : now) {
        if (knownRoots.contains(v.rootPath))
            continue;
        v.layout = SourceScanner::detectLayout(v.rootPath, m_patterns ? &*m_patterns : nullptr);
        known << v;
        if (m_primed)
            Q_EMIT volumeMounted(v);
    }
    m_known = known;
    m_primed = true;
}

} // namespace psv
