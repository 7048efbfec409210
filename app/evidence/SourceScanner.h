#pragma once

#include "CaptureTime.h"
#include "FileNamePatterns.h"
#include "MediaFacts.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace psv {

// A media file found on a camera or in a folder, before import.
struct SourceFile
{
    QString path; // absolute
    QString relativePath; // to the scanned folder
    qint64 size = 0;
    QDateTime modified; // UTC
    MediaKind kind = MediaKind::Other;
    QString deviceNumber; // from the file name
    QString policeNumber;
    CaptureTime capture;
    bool preselected = false; // recorded within the inspection's window (see preselect())
};

// Whether a folder looks like a camera's storage, and why (for "import from this camera?").
struct CameraLayout
{
    bool looksLikeCamera = false;
    QString reason; // translated
    QStringList mediaFolders; // absolute paths of the folders holding its recordings
};

struct ScanResult
{
    QString root;
    CameraLayout layout;
    QList<SourceFile> files; // sorted by capture time, then path
    int ignored = 0; // files that are not video, photo or audio
    bool cancelled = false;
};

// Finds the video, photo and audio files under a folder (a body camera mounted as USB storage,
// or any folder), with each file's capture time from the file name, else the container's
// metadata (read-only, access time untouched), else the file time. Hidden files and symbolic
// links are skipped. Nothing under the folder is changed.
class SourceScanner
{
    Q_DECLARE_TR_FUNCTIONS(SourceScanner)

public:
    struct Options
    {
        bool readMetadata = true; // container/EXIF time for files whose name has none
        int maxDepth = 8;
        int probeTimeoutMs = 10000;
        const std::atomic_bool *cancel = nullptr;
    };

    explicit SourceScanner(FileNamePatterns patterns);
    SourceScanner(FileNamePatterns patterns, Options options);
    Result<ScanResult> scan(const QString &folder) const;

    // DCIM folders, camera-style folder names (Video/Photo/Audio/Record…), or files named like
    // a body camera's. Looks at most two levels deep.
    static CameraLayout detectLayout(const QString &root, const FileNamePatterns *patterns = nullptr);

    // Marks the files whose capture time lies within [start − skew, end + skew] (an invalid end
    // means "still running": now) and clears the mark on the others; returns how many are marked.
    static int preselect(QList<SourceFile> &files, const QDateTime &start, const QDateTime &end, int skewMinutes);
    static int clockSkewMinutes(const QString &dataDir); // psv::Settings ClockSkewMinutes

private:
    SourceFile describe(const QString &root, const QString &path) const;

    FileNamePatterns m_patterns;
    Options m_options;
};

} // namespace psv
