#include "MediaProbe.h"

#include "ExifDate.h"
#include "FfprobeReader.h"
#include "MediaSignature.h"
#include "PlayerProbe.h"
#include "PosixFile.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QUrl>

namespace psv {

namespace {

QString unreadable(const QString &why)
{
    return MediaProbe::tr("metadata unreadable: %1").arg(why);
}

void probePhoto(QFile &file, const MediaProbe::Options &options, MediaFacts &facts)
{
    facts.kind = MediaKind::Photo;
    QImageReader reader(&file);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    facts.videoCodec = QString::fromLatin1(reader.format()).toUpper();
    if (!reader.canRead() || !size.isValid()) {
        facts.problem = unreadable(MediaProbe::tr("the picture cannot be decoded (%1)").arg(reader.errorString()));
        return;
    }
    reader.setScaledSize(size.scaled(options.thumbnailSize, options.thumbnailSize, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull()) {
        facts.problem = unreadable(MediaProbe::tr("the picture cannot be decoded (%1)").arg(reader.errorString()));
        return;
    }
    facts.metadataReadable = true;
    facts.resolution = size;
    if (options.thumbnail)
        facts.thumbnail = image;
    if (file.seek(0)) {
        if (const std::optional<QDateTime> at = ExifDate::read(&file)) {
            facts.creationTime = *at;
            facts.creationTimeFrom = QStringLiteral("exif");
        }
    }
}

void probeMedia(QFile &file, const QString &path, MediaKind hint, const MediaProbe::Options &options, MediaFacts &facts)
{
    if (MediaSignature::detect(&file).isEmpty()) {
        facts.kind = hint;
        facts.problem = unreadable(MediaProbe::tr("the content is not in a known audio or video format"));
        return;
    }
    const PlayerProbe::Facts player = PlayerProbe::probe(
        &file, QUrl::fromLocalFile(path), options.thumbnail, options.thumbnailAtMs, options.timeoutMs);
    facts.kind = player.hasVideo ? MediaKind::Video : player.hasAudio ? MediaKind::Audio : hint;
    if (!player.loaded) {
        facts.problem = unreadable(player.error);
        return;
    }
    facts.metadataReadable = true;
    facts.durationMs = player.durationMs;
    facts.resolution = player.resolution;
    facts.videoCodec = player.videoCodec;
    facts.audioCodec = player.audioCodec;
    facts.container = player.container;
    if (player.date.isValid()) {
        facts.creationTime = player.date;
        facts.creationTimeFrom = QStringLiteral("qt-multimedia");
    } else if (options.useFfprobe) {
        if (const std::optional<QDateTime> at = FfprobeReader::creationTime(file.handle(), options.timeoutMs)) {
            facts.creationTime = *at;
            facts.creationTimeFrom = QStringLiteral("ffprobe");
        }
    }
    if (!player.frame.isNull())
        facts.thumbnail = player.frame.scaled(
            options.thumbnailSize, options.thumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace

MediaFacts MediaProbe::probe(const QString &path, MediaKind kindHint, const Options &options)
{
    MediaFacts facts;
    facts.kind = kindHint;
    Result<PosixFile> source = PosixFile::openSource(path);
    if (!source) {
        facts.problem = unreadable(source.error().message);
        return facts;
    }
    QFile file;
    if (!file.open(source->fd(), QIODevice::ReadOnly, QFileDevice::DontCloseHandle)) {
        facts.problem = unreadable(file.errorString());
        return facts;
    }
    MediaKind kind = kindHint;
    if (kind == MediaKind::Other) // sniff: a picture, else let FFmpeg decide
        kind = QImageReader::imageFormat(&file).isEmpty() ? MediaKind::Video : MediaKind::Photo;
    file.seek(0);
    if (kind == MediaKind::Photo)
        probePhoto(file, options, facts);
    else
        probeMedia(file, path, kindHint, options, facts);
    if (facts.problem.isEmpty() && !facts.metadataReadable)
        facts.problem = unreadable(tr("unknown reason"));
    return facts;
}

} // namespace psv
