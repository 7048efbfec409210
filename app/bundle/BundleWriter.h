#pragma once

#include "BundleFormat.h"
#include "BundleManifest.h"
#include "BundleRecord.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <map>
#include <memory>

namespace psv {

class RecordEncoder;

// Writes one bundle (format: BundleFormat.h). The store's export is meant to be thin: pick the
// changes (per peer, or chosen inspections), hand them over as records (and, for a full bundle,
// the evidence files by path), call write().
//
//   BundleManifest header;          // deviceId, officer, createdAt, kind, changes, peerId
//   BundleWriter w(header);
//   w.addRecord({"unit", id, data}); ...
//   w.addBlob(evidencePath, sha256FromTheEvidenceStore);
//   Result<BundleManifest> m = w.write(outPath, {progress, cancelled});
//
// Records are encoded as they are added (only their compressed form is kept); blobs are streamed
// from disk into the archive in 1 MiB pieces and hashed on the way — a file that changed since it
// was hashed makes write() fail. The output appears atomically: a temporary file in the same
// directory, fsync, rename, directory fsync. On failure or cancellation nothing is left behind and
// an existing file at outPath is untouched. A writer writes once.
class BundleWriter
{
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)

public:
    // header: deviceId, officer, createdAt (UTC; stored to the millisecond), kind, changes and
    // optionally peerId. formatVersion, generator, files and bundleId are filled in by write().
    explicit BundleWriter(BundleManifest header, BundleLimits limits = {});
    ~BundleWriter();
    BundleWriter(const BundleWriter &) = delete;
    BundleWriter &operator=(const BundleWriter &) = delete;

    // Refuses a malformed type or id, and the same (type, id) twice.
    Status addRecord(const BundleRecord &record);
    Status addRecords(const QList<BundleRecord> &records);
    // An evidence file for a "full" bundle. knownSha256 (lowercase hex, from the evidence store)
    // spares a hashing pass; the content is checked against it while it is copied either way.
    // The same content added twice is stored once.
    Status addBlob(const QString &filePath, const QString &knownSha256 = {});

    Result<BundleManifest> write(const QString &outPath, const BundleCallbacks &callbacks = {});

private:
    struct PendingBlob
    {
        QString filePath;
        QString sha256;
        qint64 size = 0;
    };
    Status hashBlobs(const BundleCallbacks &cb, qint64 &done, qint64 total);
    Status writeArchive(const QString &outPath, const BundleManifest &m, const QList<QByteArray> &records,
        const BundleCallbacks &cb, qint64 &done, qint64 total);

    BundleManifest m_header;
    BundleLimits m_limits;
    std::map<QString, std::unique_ptr<RecordEncoder>> m_encoders;
    QSet<QString> m_keys;
    qint64 m_contentBytes = 0;
    QList<PendingBlob> m_blobs;
    bool m_written = false;
};

} // namespace psv
