#pragma once

#include "BundleFormat.h"
#include "HlcTimestamp.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace psv {

// The officer who exported the bundle.
struct BundleOfficer
{
    QString id; // the store's officer id
    QString name;
    QString policeNumber; // 警号; optional
};

// The part of the exporting device's change log a bundle carries: sequence numbers and/or HLC
// stamps, both ends inclusive. Empty for a bundle of chosen inspections.
struct ChangeRange
{
    std::optional<qint64> fromSeq;
    std::optional<qint64> toSeq;
    HlcTimestamp fromHlc; // null when absent
    HlcTimestamp toHlc;

    bool isEmpty() const { return !fromSeq && !toSeq && fromHlc.isNull() && toHlc.isNull(); }
};

// One entry of the archive besides manifest.json. size and sha256 are of the bytes stored in the
// archive; a records file also states its record type, how many records it holds and the size and
// SHA-256 of its inflated content (canonical JSON lines).
struct ManifestFile
{
    QString path;
    qint64 size = 0;
    QString sha256;
    QString recordType; // empty for a blob
    qint64 count = 0;
    qint64 contentSize = 0;
    QString contentSha256;

    bool isRecords() const { return !recordType.isEmpty(); }
};

// manifest.json (see BundleFormat.h). Serialised as canonical JSON; bundleId is the SHA-256 of that
// JSON without the bundleId member, so the same content always has the same id and any change to
// the manifest is detected.
struct BundleManifest
{
    int formatVersion = bundle::FormatVersion;
    QString bundleId;
    QString deviceId; // the exporting device (HlcTimestamp::isValidDeviceId)
    QString peerId; // optional: the device the bundle was exported for
    BundleOfficer officer;
    QDateTime createdAt; // UTC, millisecond precision
    QString kind; // bundle::KindMetadata or bundle::KindFull
    ChangeRange changes;
    QString generator; // "PSV Inspector 0.1.0"
    QList<ManifestFile> files; // records files (by type), then blobs (by hash)

    QJsonObject toJson(bool withBundleId = true) const;
    QByteArray toCanonicalJson() const; // the bytes of manifest.json
    QString computeBundleId() const;

    const ManifestFile *file(const QString &path) const;
    QMap<QString, qint64> recordCounts() const; // type → records
    qint64 recordCount() const;
    int blobCount() const;
    qint64 blobBytes() const;
    qint64 payloadBytes() const; // all listed entries as stored

    static QString formatTime(const QDateTime &utc); // 2026-03-01T08:00:00.000Z
};

} // namespace psv
