#pragma once

#include "BundleFormat.h"
#include "BundleManifest.h"
#include "BundleRecord.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

namespace psv {

// Reads a records file back: inflates it without ever producing more than the manifest declares,
// checks the inflated size and SHA-256, and turns each line into a BundleRecord (canonical JSON,
// envelope checks, type and count as listed).
class RecordDecoder
{
    Q_DECLARE_TR_FUNCTIONS(RecordDecoder)

public:
    static Result<QList<BundleRecord>> decode(
        const QByteArray &stored, const ManifestFile &file, const BundleLimits &limits, const BundleCallbacks &cb);
    // Inflates a zstd stream, stopping with an error as soon as it yields more than declared bytes.
    static Result<QByteArray> inflate(const QByteArray &stored, qint64 declared, const QString &where = {});
};

} // namespace psv
