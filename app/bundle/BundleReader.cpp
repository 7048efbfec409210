#include "BundleReader.h"

#include "AtomicFile.h"
#include "BundleLogging.h"
#include "EntryPath.h"
#include "ManifestSchema.h"
#include "RecordDecoder.h"
#include "Sha256.h"
#include "TarReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace psv {

namespace {

const QString kManifest = QLatin1String(bundle::ManifestPath);

Error cancelled()
{
    return makeError(BundleReader::tr("Reading the bundle was cancelled."), {}, 3);
}

// A specific message for files that are obviously something else.
std::optional<Error> sniff(QIODevice *device, const QString &path)
{
    const QByteArray head = device->peek(4);
    if (head.startsWith("\x28\xb5\x2f\xfd"))
        return makeError(BundleReader::tr("The file is zstd-compressed data, not a bundle (a bundle is an uncompressed "
                                          "tar archive)."),
            path);
    if (head.startsWith("\x1f\x8b"))
        return makeError(BundleReader::tr("The file is gzip-compressed data, not a bundle."), path);
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return makeError(
            BundleReader::tr("The file is a ZIP archive, not a bundle (a bundle is a tar archive)."), path);
    return std::nullopt;
}

// Reads the whole data of an entry into memory (manifest, records: sizes already bounded).
Result<QByteArray> readAll(TarReader &tar, const TarEntry &e)
{
    QByteArray data;
    data.reserve(e.header.size);
    if (Status s = tar.readData(e,
            [&](const char *p, qint64 n) {
                data.append(p, n);
                return Status();
            });
        !s)
        return s.error();
    return data;
}

// manifest.json comes first: everything after it is checked against it.
Result<BundleManifest> readManifest(TarReader &tar, const QString &path, const BundleReadOptions &opt)
{
    const BundleLimits &limits = opt.limits;
    Result<std::optional<TarEntry>> first = tar.next();
    if (!first)
        return first.error();
    if (!*first)
        return makeError(BundleReader::tr("The archive is empty; a bundle starts with manifest.json."), path);
    const TarEntry me = **first;
    if (Result<QString> name = EntryPath::checkEntry(me.header); !name)
        return name.error();
    if (me.header.name != bundle::ManifestPath)
        return makeError(BundleReader::tr("The first entry is \"%1\"; a bundle starts with manifest.json.")
                             .arg(EntryPath::printable(me.header.name)),
            EntryPath::printable(me.header.name));
    if (me.header.size > limits.maxManifestBytes)
        return makeError(BundleReader::tr("The manifest is %1 bytes; at most %2 are accepted.")
                             .arg(me.header.size)
                             .arg(limits.maxManifestBytes),
            kManifest);
    Result<QByteArray> manifestBytes = readAll(tar, me);
    if (!manifestBytes)
        return manifestBytes.error();
    const QDateTime now = opt.clock ? opt.clock() : QDateTime::currentDateTimeUtc();
    return ManifestSchema::parse(*manifestBytes, now, limits);
}

// Every entry after the manifest: listed in it once, with the listed size and SHA-256, and every
// listed file present. Records files are kept in recordsData (by path) for decoding; blobs are
// noted in out.blobs where they are in the file.
Status readEntries(
    TarReader &tar, ValidatedBundle &out, QHash<QString, QByteArray> &recordsData, const BundleCallbacks &cb)
{
    QHash<QString, const ManifestFile *> listed;
    for (const ManifestFile &mf : std::as_const(out.manifest.files))
        listed.insert(mf.path, &mf);
    QSet<QString> seen {kManifest};
    for (;;) {
        Result<std::optional<TarEntry>> next = tar.next();
        if (!next)
            return next.error();
        if (!*next)
            break;
        const TarEntry e = **next;
        Result<QString> name = EntryPath::checkEntry(e.header);
        if (!name)
            return name.error();
        if (seen.contains(*name))
            return makeError(BundleReader::tr("The entry \"%1\" appears twice in the archive.").arg(*name), *name);
        const ManifestFile *mf = listed.value(*name);
        if (!mf)
            return makeError(BundleReader::tr("The entry \"%1\" is not listed in the manifest.").arg(*name), *name);
        if (e.header.size != mf->size)
            return makeError(BundleReader::tr("The entry \"%1\" is %2 bytes, but the manifest lists %3.")
                                 .arg(*name)
                                 .arg(e.header.size)
                                 .arg(mf->size),
                *name);
        Sha256 hash;
        QByteArray keep;
        if (mf->isRecords())
            keep.reserve(mf->size);
        qint64 pos = e.dataOffset;
        Status read = tar.readData(e, [&](const char *p, qint64 n) -> Status {
            hash.addData(p, n);
            if (mf->isRecords())
                keep.append(p, n);
            cb.report(pos += n, out.fileSize);
            return cb.isCancelled() ? Status(cancelled()) : Status();
        });
        if (!read)
            return read.error();
        if (hash.hexResult() != mf->sha256)
            return makeError(BundleReader::tr("The content of \"%1\" does not match the SHA-256 in the manifest: the "
                                              "entry has been altered or damaged.")
                                 .arg(*name),
                *name);
        seen.insert(*name);
        if (mf->isRecords())
            recordsData.insert(*name, keep);
        else
            out.blobs.append({mf->sha256, mf->size, mf->path, e.dataOffset});
    }
    for (const ManifestFile &mf : std::as_const(out.manifest.files)) {
        if (!seen.contains(mf.path))
            return makeError(
                BundleReader::tr("The manifest lists \"%1\", but the archive does not contain it.").arg(mf.path),
                mf.path);
    }
    return {};
}

// Every records file decoded, each record checked by its type's validator and none twice.
Status decodeRecords(ValidatedBundle &out, QHash<QString, QByteArray> &recordsData, const BundleReadOptions &opt)
{
    QSet<QString> keys;
    for (const ManifestFile &mf : std::as_const(out.manifest.files)) {
        if (!mf.isRecords())
            continue;
        Result<QList<BundleRecord>> records
            = RecordDecoder::decode(recordsData.take(mf.path), mf, opt.limits, opt.callbacks);
        if (!records)
            return records.error();
        const RecordValidator validator = opt.validators.value(mf.recordType);
        if (!validator && opt.refuseUnknownTypes)
            return makeError(
                BundleReader::tr("This device does not know records of type \"%1\".").arg(mf.recordType), mf.path);
        for (const BundleRecord &r : std::as_const(*records)) {
            if (keys.contains(r.id))
                return makeError(BundleReader::tr("The record \"%1\" appears twice.").arg(r.id), mf.path);
            keys.insert(r.id);
            if (validator) {
                if (Status s = validator(r); !s)
                    return makeError(s.error().message,
                        mf.path + QStringLiteral(" (%1)").arg(r.id)
                            + (s.error().where.isEmpty() ? QString() : u' ' + s.error().where));
            }
        }
        keys.clear();
        out.records.append(*records);
    }
    return {};
}

} // namespace

const BundleBlobEntry *ValidatedBundle::blob(const QString &sha256) const
{
    for (const BundleBlobEntry &b : blobs) {
        if (b.sha256 == sha256)
            return &b;
    }
    return nullptr;
}

Result<ValidatedBundle> BundleReader::read(const QString &path, const BundleReadOptions &options)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(tr("The bundle cannot be opened: %1").arg(f.errorString()), path, 3);
    return read(&f, path, options);
}

Result<ValidatedBundle> BundleReader::read(QIODevice *device, const QString &path, const BundleReadOptions &opt)
{
    const BundleLimits &limits = opt.limits;
    if (device->isSequential() || !device->isReadable())
        return makeError(tr("The bundle must be read from a file or buffer open for reading."), path, 3);
    if (auto e = sniff(device, path))
        return *e;
    ValidatedBundle out;
    out.filePath = path;
    out.fileSize = device->size();
    if (out.fileSize > limits.maxBundleBytes + limits.maxManifestBytes)
        return makeError(
            tr("The bundle is %1 bytes; at most %2 are accepted.").arg(out.fileSize).arg(limits.maxBundleBytes), path);
    TarReader tar(device);
    Result<BundleManifest> manifest = readManifest(tar, path, opt);
    if (!manifest)
        return manifest.error();
    out.manifest = *manifest;
    QHash<QString, QByteArray> recordsData;
    if (Status s = readEntries(tar, out, recordsData, opt.callbacks); !s)
        return s.error();
    if (Status s = decodeRecords(out, recordsData, opt); !s)
        return s.error();
    qCInfo(lcBundle) << "verified bundle" << out.manifest.bundleId << path;
    return out;
}

Status BundleReader::extractBlob(
    const ValidatedBundle &bundle, const BundleBlobEntry &blob, const QString &targetPath, const BundleCallbacks &cb)
{
    QFile in(bundle.filePath);
    if (!in.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || !in.seek(blob.dataOffset))
        return makeError(tr("The bundle cannot be read: %1").arg(in.errorString()), bundle.filePath, 3);
    QSaveFile out(targetPath);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(tr("The evidence file cannot be created: %1").arg(out.errorString()), targetPath, 3);
    Sha256 hash;
    QByteArray buf(int(qMin<qint64>(qMax<qint64>(blob.size, 1), TarReader::ChunkSize)), Qt::Uninitialized);
    for (qint64 done = 0; done < blob.size;) {
        const qint64 n = in.read(buf.data(), qMin<qint64>(buf.size(), blob.size - done));
        if (n <= 0) {
            out.cancelWriting();
            return makeError(
                tr("The bundle ended early while extracting \"%1\"; it changed since it was verified.").arg(blob.path),
                bundle.filePath);
        }
        hash.addData(buf.constData(), n);
        if (out.write(buf.constData(), n) != n) {
            out.cancelWriting();
            return makeError(tr("Writing the evidence file failed: %1").arg(out.errorString()), targetPath, 3);
        }
        done += n;
        cb.report(done, blob.size);
        if (cb.isCancelled()) {
            out.cancelWriting();
            return cancelled();
        }
    }
    if (hash.hexResult() != blob.sha256) {
        out.cancelWriting();
        return makeError(tr("\"%1\" no longer matches its SHA-256: the bundle changed since it was verified. Nothing "
                            "was extracted.")
                             .arg(blob.path),
            bundle.filePath);
    }
    if (!out.commit())
        return makeError(tr("Saving the evidence file failed: %1").arg(out.errorString()), targetPath, 3);
    return AtomicFile::syncDirectory(QFileInfo(targetPath).absolutePath());
}

Status BundleReader::extractBlobs(const ValidatedBundle &bundle, const QString &targetDir, const BundleCallbacks &cb)
{
    qint64 total = 0, before = 0;
    for (const BundleBlobEntry &b : bundle.blobs)
        total += b.size;
    for (const BundleBlobEntry &b : bundle.blobs) {
        BundleCallbacks each;
        each.cancelled = cb.cancelled;
        each.progress = [&](qint64 done, qint64) {
            cb.report(before + done, total);
        };
        if (Status s = extractBlob(bundle, b, QDir(targetDir).filePath(b.sha256), each); !s)
            return s;
        before += b.size;
    }
    return {};
}

} // namespace psv
