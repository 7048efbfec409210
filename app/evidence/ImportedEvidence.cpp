#include "ImportedEvidence.h"

#include <QJsonArray>

namespace psv {

namespace {
QJsonValue iso(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}
QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QStringList ImportedEvidence::flags() const
{
    QStringList out;
    if (!media.metadataReadable)
        out << QStringLiteral("metadata-unreadable");
    return out;
}

QJsonObject ImportedEvidence::toJson() const
{
    QJsonObject o;
    o[u"sha256"] = sha256;
    o[u"size"] = size;
    o[u"blobPath"] = blobPath;
    o[u"alreadyStored"] = alreadyStored;
    o[u"originalName"] = originalName;
    o[u"originalPath"] = originalPath;
    o[u"sourceModified"] = iso(sourceModified);
    o[u"deviceNumber"] = text(deviceNumber);
    o[u"policeNumber"] = text(policeNumber);
    o[u"sequence"] = text(sequence);
    o[u"fileNamePattern"] = text(fileNamePattern);
    o[u"captureTime"] = iso(capture.time);
    o[u"captureTimeSource"] = CaptureTime::sourceCode(capture.source);
    o[u"captureTimeDetail"] = text(capture.detail);
    o[u"kind"] = MediaFacts::kindCode(media.kind);
    o[u"metadataReadable"] = media.metadataReadable;
    o[u"metadataProblem"] = text(media.problem);
    o[u"durationMs"] = media.durationMs;
    o[u"width"] = media.resolution.width() > 0 ? media.resolution.width() : 0;
    o[u"height"] = media.resolution.height() > 0 ? media.resolution.height() : 0;
    o[u"videoCodec"] = text(media.videoCodec);
    o[u"audioCodec"] = text(media.audioCodec);
    o[u"container"] = text(media.container);
    o[u"thumbnailPath"] = text(thumbnailPath);
    o[u"importedAt"] = iso(importedAt);
    o[u"flags"] = QJsonArray::fromStringList(flags());
    return o;
}

} // namespace psv
