#include "BundleManifest.h"

#include "CanonicalJson.h"
#include "Sha256.h"

#include <QJsonArray>
#include <QTimeZone>

namespace psv {

QString BundleManifest::formatTime(const QDateTime &utc)
{
    return utc.toTimeZone(QTimeZone::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QJsonObject BundleManifest::toJson(bool withBundleId) const
{
    QJsonObject officerJson {{QStringLiteral("id"), officer.id}, {QStringLiteral("name"), officer.name}};
    if (!officer.policeNumber.isEmpty())
        officerJson.insert(QStringLiteral("policeNumber"), officer.policeNumber);
    QJsonArray filesJson;
    for (const ManifestFile &f : files) {
        QJsonObject o {
            {QStringLiteral("path"), f.path}, {QStringLiteral("size"), f.size}, {QStringLiteral("sha256"), f.sha256}};
        if (f.isRecords()) {
            o.insert(QStringLiteral("recordType"), f.recordType);
            o.insert(QStringLiteral("count"), f.count);
            o.insert(QStringLiteral("contentSize"), f.contentSize);
            o.insert(QStringLiteral("contentSha256"), f.contentSha256);
        }
        filesJson.append(o);
    }
    QJsonObject o {{QStringLiteral("format"), QLatin1String(bundle::FormatName)},
        {QStringLiteral("formatVersion"), formatVersion}, {QStringLiteral("deviceId"), deviceId},
        {QStringLiteral("officer"), officerJson}, {QStringLiteral("createdAt"), formatTime(createdAt)},
        {QStringLiteral("kind"), kind}, {QStringLiteral("generator"), generator}, {QStringLiteral("files"), filesJson}};
    if (!peerId.isEmpty())
        o.insert(QStringLiteral("peerId"), peerId);
    if (!changes.isEmpty()) {
        QJsonObject c;
        if (changes.fromSeq)
            c.insert(QStringLiteral("fromSeq"), *changes.fromSeq);
        if (changes.toSeq)
            c.insert(QStringLiteral("toSeq"), *changes.toSeq);
        if (!changes.fromHlc.isNull())
            c.insert(QStringLiteral("fromHlc"), changes.fromHlc.toString());
        if (!changes.toHlc.isNull())
            c.insert(QStringLiteral("toHlc"), changes.toHlc.toString());
        o.insert(QStringLiteral("changes"), c);
    }
    if (withBundleId)
        o.insert(QStringLiteral("bundleId"), bundleId);
    return o;
}

QByteArray BundleManifest::toCanonicalJson() const
{
    return CanonicalJson::serialize(toJson(true));
}

QString BundleManifest::computeBundleId() const
{
    return Sha256::hex(CanonicalJson::serialize(toJson(false)));
}

const ManifestFile *BundleManifest::file(const QString &path) const
{
    for (const ManifestFile &f : files) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

QMap<QString, qint64> BundleManifest::recordCounts() const
{
    QMap<QString, qint64> counts;
    for (const ManifestFile &f : files) {
        if (f.isRecords())
            counts[f.recordType] += f.count;
    }
    return counts;
}

qint64 BundleManifest::recordCount() const
{
    qint64 n = 0;
    for (const ManifestFile &f : files)
        n += f.count;
    return n;
}

int BundleManifest::blobCount() const
{
    int n = 0;
    for (const ManifestFile &f : files)
        n += f.isRecords() ? 0 : 1;
    return n;
}

qint64 BundleManifest::blobBytes() const
{
    qint64 n = 0;
    for (const ManifestFile &f : files)
        n += f.isRecords() ? 0 : f.size;
    return n;
}

qint64 BundleManifest::payloadBytes() const
{
    qint64 n = 0;
    for (const ManifestFile &f : files)
        n += f.size;
    return n;
}

} // namespace psv
