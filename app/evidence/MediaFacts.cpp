#include "MediaFacts.h"

#include <QFileInfo>

namespace psv {

QStringList MediaFacts::extensions(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Video:
        return {QStringLiteral("mp4"), QStringLiteral("mov"), QStringLiteral("avi"), QStringLiteral("mkv"),
            QStringLiteral("ts"), QStringLiteral("mts"), QStringLiteral("m2ts"), QStringLiteral("3gp"),
            QStringLiteral("wmv"), QStringLiteral("flv"), QStringLiteral("webm"), QStringLiteral("asf"),
            QStringLiteral("mpg"), QStringLiteral("mpeg"), QStringLiteral("h264"), QStringLiteral("h265")};
    case MediaKind::Photo:
        return {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"), QStringLiteral("bmp"),
            QStringLiteral("heic"), QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("webp")};
    case MediaKind::Audio:
        return {QStringLiteral("wav"), QStringLiteral("mp3"), QStringLiteral("aac"), QStringLiteral("m4a"),
            QStringLiteral("amr"), QStringLiteral("ogg"), QStringLiteral("opus"), QStringLiteral("wma"),
            QStringLiteral("flac")};
    case MediaKind::Other:
        break;
    }
    return {};
}

MediaKind MediaFacts::kindForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix.isEmpty())
        return MediaKind::Other;
    for (const MediaKind kind : {MediaKind::Video, MediaKind::Photo, MediaKind::Audio})
        if (extensions(kind).contains(suffix))
            return kind;
    return MediaKind::Other;
}

QString MediaFacts::kindCode(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Video:
        return QStringLiteral("video");
    case MediaKind::Photo:
        return QStringLiteral("photo");
    case MediaKind::Audio:
        return QStringLiteral("audio");
    case MediaKind::Other:
        break;
    }
    return QStringLiteral("other");
}

QString MediaFacts::kindName(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Video:
        return tr("video");
    case MediaKind::Photo:
        return tr("photo");
    case MediaKind::Audio:
        return tr("audio");
    case MediaKind::Other:
        break;
    }
    return tr("other file");
}

} // namespace psv
