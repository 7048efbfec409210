#pragma once

#include "BundleManifest.h"
#include "Result.h"

#include <QCoreApplication>

namespace psv {

// Reads manifest.json and refuses anything that is not exactly a version-1 manifest: invalid JSON,
// another format or version, unknown or missing members, malformed values, unsafe or unexpected
// paths, duplicate files, blobs in a metadata bundle, sizes beyond the limits, a creation time
// in the future, bytes that are not the canonical serialisation, a bundleId that does not match.
class ManifestSchema
{
    Q_DECLARE_TR_FUNCTIONS(ManifestSchema)

public:
    // now: the reader's clock (UTC); a bundle created after now + limits.maxClockSkewMs is refused.
    static Result<BundleManifest> parse(const QByteArray &bytes, const QDateTime &now, const BundleLimits &limits);
    // The content checks alone (used by BundleWriter before writing).
    static Status check(const BundleManifest &manifest, const BundleLimits &limits);
};

} // namespace psv
