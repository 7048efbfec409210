#include "Evidence.h"

#include "IsoTime.h"
#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace psv {

bool Evidence::isValidSha256(const QString &hex)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(hex).hasMatch();
}

Result<Evidence> Evidence::validated() const
{
    Evidence e = *this;
    e.sha256 = sha256.toLower();
    if (!isValidSha256(e.sha256))
        return makeError(
            QCoreApplication::translate("Evidence", "'%1' is not a SHA-256 digest; expected 64 hexadecimal digits.")
                .arg(sha256),
            QStringLiteral("sha256"));
    if (size < 0)
        return makeError(
            QCoreApplication::translate("Evidence", "The file size %1 is negative.").arg(size), QStringLiteral("size"));
    if (durationMs && *durationMs < 0)
        return makeError(QCoreApplication::translate("Evidence", "The duration %1 ms is negative.").arg(*durationMs),
            QStringLiteral("duration_ms"));
    if (width < 0 || height < 0)
        return makeError(
            QCoreApplication::translate("Evidence", "The resolution %1x%2 is negative.").arg(width).arg(height),
            QStringLiteral("width"));
    if (e.originalName.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("Evidence", "The original file name is missing; it is required."),
            QStringLiteral("original_name"));
    return e;
}

QJsonObject Evidence::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("inspection_id"), inspectionId},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("size"), double(size)},
        {QStringLiteral("original_name"), originalName},
        {QStringLiteral("original_path"), originalPath},
        {QStringLiteral("device_number"), deviceNumber},
        {QStringLiteral("captured_at"), IsoTime::json(capturedAt)},
        {QStringLiteral("capture_time_source"), captureTimeSource},
        {QStringLiteral("imported_at"), IsoTime::json(importedAt)},
        {QStringLiteral("imported_by"), importedBy},
        {QStringLiteral("media_type"), mediaType},
        {QStringLiteral("duration_ms"), durationMs ? QJsonValue(double(*durationMs)) : QJsonValue()},
        {QStringLiteral("width"), width},
        {QStringLiteral("height"), height},
        {QStringLiteral("codec"), codec},
        {QStringLiteral("flags"), QJsonArray::fromStringList(flags)},
        {QStringLiteral("store_path"), storePath},
        {QStringLiteral("created_at"), IsoTime::json(createdAt)},
        {QStringLiteral("hlc"), hlc},
    };
}

Result<Evidence> Evidence::fromJson(const QJsonObject &json)
{
    JsonReader r(json, QStringLiteral("evidence"));
    Evidence e;
    e.id = r.string(QStringLiteral("id"));
    e.inspectionId = r.string(QStringLiteral("inspection_id"));
    e.sha256 = r.string(QStringLiteral("sha256"), true);
    e.size = r.integer(QStringLiteral("size"), true).value_or(0);
    e.originalName = r.string(QStringLiteral("original_name"), true);
    e.originalPath = r.string(QStringLiteral("original_path"));
    e.deviceNumber = r.string(QStringLiteral("device_number"));
    e.capturedAt = r.time(QStringLiteral("captured_at"));
    e.captureTimeSource = r.string(QStringLiteral("capture_time_source"));
    e.importedAt = r.time(QStringLiteral("imported_at"));
    e.importedBy = r.string(QStringLiteral("imported_by"));
    e.mediaType = r.string(QStringLiteral("media_type"));
    e.durationMs = r.integer(QStringLiteral("duration_ms"));
    e.width = int(r.integer(QStringLiteral("width")).value_or(0));
    e.height = int(r.integer(QStringLiteral("height")).value_or(0));
    e.codec = r.string(QStringLiteral("codec"));
    e.flags = r.stringList(QStringLiteral("flags"));
    e.storePath = r.string(QStringLiteral("store_path"));
    e.createdAt = r.time(QStringLiteral("created_at"));
    e.hlc = r.string(QStringLiteral("hlc"));
    if (!r.ok())
        return r.error();
    return e;
}

} // namespace psv
