#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

namespace psv {

enum class MediaKind { Video, Photo, Audio, Other };

// What MediaProbe learned about one file. A file whose metadata cannot be read (corrupt,
// truncated, unknown format) has metadataReadable == false and a problem saying why; it is
// still evidence and is imported and hashed like any other.
struct MediaFacts
{
    Q_DECLARE_TR_FUNCTIONS(MediaFacts)

public:
    MediaKind kind = MediaKind::Other;
    bool metadataReadable = false;
    QString problem; // translated, when !metadataReadable
    qint64 durationMs = 0; // video, audio
    QSize resolution; // video, photo
    QString videoCodec; // as Qt Multimedia names it: "H264", "VP9", "MotionJPEG"; photos: "JPEG", "PNG"
    QString audioCodec; // "AAC", ...
    QString container; // "MPEG-4", "Matroska", ...
    QDateTime creationTime; // from the container's metadata or EXIF; invalid when there is none
    QString creationTimeFrom; // "qt-multimedia", "ffprobe" or "exif"
    QImage thumbnail; // about 1 s into a video, or the photo scaled down; null when none

    static MediaKind kindForFileName(const QString &fileName); // by extension
    static QString kindCode(MediaKind kind); // "video", "photo", "audio", "other"
    static QStringList extensions(MediaKind kind); // lower case, without the dot
    static QString kindName(MediaKind kind); // translated, for display
};

} // namespace psv
