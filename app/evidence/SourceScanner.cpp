#include "SourceScanner.h"

#include "MediaProbe.h"
#include "Settings.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace psv {

namespace {

const QStringList kCameraFolders
    = {QStringLiteral("record"), QStringLiteral("records"), QStringLiteral("video"), QStringLiteral("videos"),
        QStringLiteral("movie"), QStringLiteral("photo"), QStringLiteral("photos"), QStringLiteral("picture"),
        QStringLiteral("audio"), QStringLiteral("voice"), QStringLiteral("event"), QStringLiteral("normal"),
        QStringLiteral("录像"), QStringLiteral("照片"), QStringLiteral("录音"), QStringLiteral("执法记录")};

bool isHidden(const QString &name)
{
    return name.startsWith(u'.');
}

QFileInfoList entries(const QString &dir, QDir::Filters filters)
{
    QDir d(dir);
    d.setFilter(filters | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    d.setSorting(QDir::Name);
    QFileInfoList list = d.entryInfoList();
    if (list.size() > 500)
        list.resize(500); // enough to recognise a layout; do not walk a whole disk
    return list;
}

} // namespace

SourceScanner::SourceScanner(FileNamePatterns patterns) : SourceScanner(std::move(patterns), Options {}) { }

SourceScanner::SourceScanner(FileNamePatterns patterns, Options options)
    : m_patterns(std::move(patterns)), m_options(options)
{
}

CameraLayout SourceScanner::detectLayout(const QString &root, const FileNamePatterns *patterns)
{
    CameraLayout layout;
    QStringList named;
    int cameraNames = 0;
    const auto look = [&](const QString &dir, int depth, const auto &self) -> void {
        for (const QFileInfo &info : entries(dir, QDir::Dirs | QDir::Files)) {
            if (isHidden(info.fileName()))
                continue;
            if (info.isDir()) {
                const QString lower = info.fileName().toLower();
                if (lower == QLatin1String("dcim") && !layout.looksLikeCamera) {
                    layout.looksLikeCamera = true;
                    layout.reason = tr("it has a DCIM folder (the camera file system layout)");
                }
                if (lower == QLatin1String("dcim") || kCameraFolders.contains(lower))
                    named << info.absoluteFilePath();
                if (depth < 2)
                    self(info.absoluteFilePath(), depth + 1, self);
                continue;
            }
            if (MediaFacts::kindForFileName(info.fileName()) == MediaKind::Other)
                continue;
            if (!layout.mediaFolders.contains(info.absolutePath()))
                layout.mediaFolders << info.absolutePath();
            if (patterns) {
                const std::optional<FileNameMatch> m = patterns->match(info.fileName());
                if (m && (!m->device.isEmpty() || !m->police.isEmpty()))
                    ++cameraNames;
            }
        }
    };
    look(root, 1, look);
    if (!layout.looksLikeCamera && !named.isEmpty() && !layout.mediaFolders.isEmpty()) {
        layout.looksLikeCamera = true;
        layout.reason = tr("it has folders named like a camera's (%1)").arg(QFileInfo(named.constFirst()).fileName());
    }
    if (!layout.looksLikeCamera && cameraNames > 0) {
        layout.looksLikeCamera = true;
        layout.reason = tr("its files are named like a body camera's (device or police number in the name)");
    }
    layout.mediaFolders.sort();
    return layout;
}

SourceFile SourceScanner::describe(const QString &root, const QString &path) const
{
    const QFileInfo info(path);
    SourceFile file;
    file.path = info.absoluteFilePath();
    file.relativePath = QDir(root).relativeFilePath(file.path);
    file.size = info.size();
    file.modified = info.lastModified(QTimeZone::UTC);
    file.kind = MediaFacts::kindForFileName(info.fileName());
    const std::optional<FileNameMatch> name = m_patterns.match(info.fileName());
    if (name) {
        file.deviceNumber = name->device;
        file.policeNumber = name->police;
    }
    MediaFacts facts;
    if (m_options.readMetadata && !(name && name->time.isValid())) {
        MediaProbe::Options probe;
        probe.thumbnail = false;
        probe.timeoutMs = m_options.probeTimeoutMs;
        facts = MediaProbe::probe(file.path, file.kind, probe);
    }
    file.capture = CaptureTime::resolve(name, facts.creationTime, facts.creationTimeFrom, file.modified);
    return file;
}

Result<ScanResult> SourceScanner::scan(const QString &folder) const
{
    const QFileInfo rootInfo(folder);
    if (!rootInfo.isDir())
        return makeError(tr("The folder to import from does not exist or is not a folder."), folder, 1);
    if (!rootInfo.isReadable())
        return makeError(tr("The folder to import from cannot be read (permission denied)."), folder, 3);
    ScanResult result;
    result.root = rootInfo.absoluteFilePath();
    result.layout = detectLayout(result.root, &m_patterns);
    const QDir rootDir(result.root);
    QDirIterator it(result.root, QDir::Files | QDir::NoSymLinks | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (m_options.cancel && m_options.cancel->load()) {
            result.cancelled = true;
            break;
        }
        const QFileInfo info = it.nextFileInfo();
        const QString relative = rootDir.relativeFilePath(info.absoluteFilePath());
        if (isHidden(relative) || relative.contains(QStringLiteral("/.")) || relative.count(u'/') > m_options.maxDepth)
            continue; // hidden files and folders (.Trashes, ._x), and what lies too deep
        if (MediaFacts::kindForFileName(info.fileName()) == MediaKind::Other) {
            ++result.ignored;
            continue;
        }
        result.files << describe(result.root, info.absoluteFilePath());
    }
    std::sort(result.files.begin(), result.files.end(), [](const SourceFile &a, const SourceFile &b) {
        if (a.capture.time != b.capture.time)
            return a.capture.time < b.capture.time;
        return a.path < b.path;
    });
    return result;
}

int SourceScanner::preselect(QList<SourceFile> &files, const QDateTime &start, const QDateTime &end, int skewMinutes)
{
    const qint64 skew = qint64(std::max(0, skewMinutes)) * 60;
    const QDateTime from = start.addSecs(-skew);
    const QDateTime to = (end.isValid() ? end : QDateTime::currentDateTimeUtc()).addSecs(skew);
    int marked = 0;
    for (SourceFile &f : files) {
        f.preselected = start.isValid() && f.capture.isValid() && f.capture.time >= from && f.capture.time <= to;
        marked += f.preselected ? 1 : 0;
    }
    return marked;
}

int SourceScanner::clockSkewMinutes(const QString &dataDir)
{
    return Settings(dataDir).value(Settings::Key::ClockSkewMinutes).toInt();
}

} // namespace psv
