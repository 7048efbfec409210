#pragma once

#include "BundleFormat.h"
#include "BundleManifest.h"
#include "BundleRecord.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QList>

#include <functional>

namespace psv {

// An evidence file inside a verified bundle: where its bytes are, to be streamed out later.
struct BundleBlobEntry
{
    QString sha256;
    qint64 size = 0;
    QString path; // blobs/sha256/<hex>
    qint64 dataOffset = 0; // in the bundle file
};

// A bundle that passed every check: its manifest, all its records (in file order: types sorted,
// then as written), and its blobs by archive entry.
struct ValidatedBundle
{
    QString filePath;
    qint64 fileSize = 0;
    BundleManifest manifest;
    QList<BundleRecord> records;
    QList<BundleBlobEntry> blobs;

    const BundleBlobEntry *blob(const QString &sha256) const;
};

struct BundleReadOptions
{
    BundleLimits limits;
    std::function<QDateTime()> clock; // "now" in UTC; default the system clock
    QHash<QString, RecordValidator> validators; // per record type, from the store
    bool refuseUnknownTypes = false; // refuse record types without a validator
    BundleCallbacks callbacks;
};

// Verifies a whole bundle before anything is applied, in one pass over the file:
// the tar structure (truncation, header checksums, zero padding, end-of-archive marker), every
// entry (regular files only — no links, devices, directories or extended headers; safe relative
// names; no duplicates; manifest.json first; each listed in the manifest with the listed size and
// SHA-256; nothing listed missing), the manifest (format and version, schema, limits, creation time
// against the clock, canonical bytes, bundle id), and every record (bounded decompression, content
// hash, canonical JSON, envelope, the store's per-type validator, no record twice).
// It returns a ValidatedBundle or the first reason for refusal, naming the entry; it writes nothing.
class BundleReader
{
    Q_DECLARE_TR_FUNCTIONS(BundleReader)

public:
    static Result<ValidatedBundle> read(const QString &path, const BundleReadOptions &options = {});
    // The same for a bundle already open on a random-access device (a file, a buffer received over
    // the network); name stands for it in messages and in ValidatedBundle::filePath.
    static Result<ValidatedBundle> read(QIODevice *device, const QString &name, const BundleReadOptions &options = {});

    // Streams one blob of a verified bundle to targetPath (temporary file, fsync, rename, directory
    // fsync), checking its SHA-256 again on the way: if the bundle file changed since read(), or
    // on any error, targetPath is left as it was.
    // The bundle must have been read from a file (read(path)).
    static Status extractBlob(const ValidatedBundle &bundle, const BundleBlobEntry &blob, const QString &targetPath,
        const BundleCallbacks &callbacks = {});
    // Every blob into targetDir (which must exist), each as <targetDir>/<sha256>, the same way.
    static Status extractBlobs(
        const ValidatedBundle &bundle, const QString &targetDir, const BundleCallbacks &callbacks = {});
};

} // namespace psv
