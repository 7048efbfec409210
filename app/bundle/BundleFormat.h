// The sync bundle format, version 1.
//
// A bundle is one uncompressed POSIX ustar archive (written with KArchive's KTar) holding only
// regular files, closed by the standard end-of-archive marker (two zero blocks):
//
//   manifest.json                 first entry; canonical JSON (psv::CanonicalJson), see BundleManifest
//   records/<type>.jsonl.zst      one per record type: zstd (KCompressionDevice) of canonical JSON
//                                 lines, one record envelope per line (see BundleRecord)
//   blobs/sha256/<hex>            evidence files, stored as they are ("full" bundles only)
//
// The manifest lists every other entry with its size and SHA-256 (of the bytes stored in the
// archive; records files also with the size and SHA-256 of their inflated content), and its
// bundleId is the SHA-256 of its own canonical JSON without the bundleId member, so that one changed
// byte anywhere — manifest, records, blob, tar header or padding — makes the bundle refused.
//
// Why tar with per-entry compression, and not KZip or a tar inside one zstd stream:
//  - Evidence video is already compressed. A whole-stream .tar.zst would push every byte of it
//    through the compressor and, to verify or extract one blob, through the decompressor again;
//    here blobs are stored as they are and read back with a seek.
//  - Records are many small similar JSON objects: one zstd stream per type compresses them
//    solidly (5.4:1 measured on synthetic sealed inspections full of SHA-256 hex strings), which
//    per-entry deflate in a zip of one file per record cannot.
//  - Streaming: the archive is written front to back (manifest first, hashes known) and verified
//    in one sequential pass; nothing needs the end of the file (a zip needs its central directory
//    at the end, and KZip writes no Zip64, so no entry or archive beyond 4 GiB — one body-camera
//    recording can be larger).
//  - Truncation: a cut anywhere loses the end-of-archive marker or part of an entry and is refused
//    with the offset; what precedes the cut stays readable by any tar.
//  - Random access where it matters: every entry's data offset is known after the scan, so a blob
//    is extracted with one seek and streamed to disk with its hash checked.
//  - Decompression bombs can only hide in records entries; their inflated size is declared in the
//    manifest, checked against the limits and the compression ratio before inflating, and
//    inflating stops at the declared size.
//  - Any tar can list and extract a bundle (tar -tvf), zstd -d reads a records file.
// KTar's reader is not used: it reports hard links and device nodes as plain files, skips pax
// headers by one block whatever their size, accepts an archive cut inside its last entry and, for
// compressed tars, inflates everything into a temporary file first. BundleReader therefore parses
// the headers itself (TarReader), strictly; KTar writes, KCompressionDevice (de)compresses.
#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>

namespace psv {

namespace bundle {

inline constexpr int FormatVersion = 1;
inline constexpr auto FormatName = "psv-bundle";
inline constexpr auto ManifestPath = "manifest.json";
inline constexpr auto RecordsDir = "records/";
inline constexpr auto RecordsSuffix = ".jsonl.zst";
inline constexpr auto BlobsDir = "blobs/sha256/";
inline constexpr auto KindMetadata = "metadata"; // records only
inline constexpr auto KindFull = "full"; // records and evidence blobs
// The largest entry a ustar header can describe in octal (11 digits), which is what KTar writes.
inline constexpr qint64 MaxTarEntryBytes = 077777777777LL; // 8 GiB - 1

} // namespace bundle

// Limits the reader enforces (and the writer, so that it never writes a bundle that is refused).
struct BundleLimits
{
    qint64 maxBundleBytes = 256LL << 30; // the whole file
    qint64 maxManifestBytes = 32LL << 20;
    int maxEntries = 200'000;
    qint64 maxBlobBytes = bundle::MaxTarEntryBytes;
    qint64 maxRecordsEntryBytes = 256LL << 20; // one records file as stored (compressed)
    qint64 maxInflatedBytes = 1LL << 30; // all records files inflated, together
    qint64 maxRecordBytes = 16LL << 20; // one record (one JSON line)
    double maxCompressionRatio = 200.0; // inflated : stored, for a records file ...
    qint64 ratioFloorBytes = 1LL << 20; // ... once it inflates to more than this
    qint64 maxClockSkewMs = 10LL * 60 * 1000; // how far in the future a bundle may be created
};

// Progress (bytes done, bytes in all) and cancellation (return true to stop), both optional.
struct BundleCallbacks
{
    std::function<void(qint64 done, qint64 total)> progress;
    std::function<bool()> cancelled;

    void report(qint64 done, qint64 total) const
    {
        if (progress)
            progress(done, total);
    }
    bool isCancelled() const { return cancelled && cancelled(); }
};

} // namespace psv
