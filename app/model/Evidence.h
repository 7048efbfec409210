#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace psv {

// One imported or captured file (body-camera video, photo, audio): what it is, where it came from,
// and where its bytes are in the content-addressed evidence store.
struct Evidence
{
    QString id; // UUID
    QString inspectionId; // may be empty: imported before it was assigned
    QString sha256; // 64 lower-case hex digits
    qint64 size = 0;
    QString originalName;
    QString originalPath;
    QString deviceNumber; // body-camera device number
    QDateTime capturedAt;
    QString captureTimeSource; // "file-name", "container", "file-time", "camera", "manual"
    QDateTime importedAt;
    QString importedBy; // officer id (or actor name when no officer)
    QString mediaType; // "video", "photo", "audio", "other"
    std::optional<qint64> durationMs;
    int width = 0;
    int height = 0;
    QString codec;
    QStringList flags; // e.g. "metadata-unreadable"
    QString storePath; // relative to the evidence store root
    QDateTime createdAt;
    QString hlc;

    static bool isValidSha256(const QString &hex);
    Result<Evidence> validated() const;
    QJsonObject toJson() const;
    static Result<Evidence> fromJson(const QJsonObject &json);
};

} // namespace psv
