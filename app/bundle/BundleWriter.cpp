#include "BundleWriter.h"

#include "AppInfo.h"
#include "ArchiveOutputDevice.h"
#include "AtomicFile.h"
#include "BundleLogging.h"
#include "EntryPath.h"
#include "ManifestSchema.h"
#include "RecordEncoder.h"
#include "Sha256.h"
#include "TarHeader.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimeZone>

#include <KTar>
#include <algorithm>

namespace psv {

namespace {

constexpr qint64 Chunk = 1 << 20;
const QString kUser = QStringLiteral("psv");

Error cancelled()
{
    return makeError(BundleWriter::tr("Writing the bundle was cancelled; nothing was written."), {}, 3);
}

} // namespace

BundleWriter::BundleWriter(BundleManifest header, BundleLimits limits) : m_header(std::move(header)), m_limits(limits)
{
    // Millisecond precision in UTC: what the manifest can hold, so that write() is reproducible.
    m_header.createdAt = QDateTime::fromMSecsSinceEpoch(m_header.createdAt.toMSecsSinceEpoch(), QTimeZone::UTC);
}

BundleWriter::~BundleWriter() = default;

Status BundleWriter::addRecord(const BundleRecord &record)
{
    if (Status s = BundleRecord::checkKey(record.type, record.id, record.type + u'/' + record.id); !s)
        return s;
    const QString key = record.type + u'\n' + record.id;
    if (m_keys.contains(key))
        return makeError(
            tr("The record %1 \"%2\" was added twice; a bundle carries each record once.").arg(record.type, record.id),
            record.type + u'/' + record.id);
    auto &encoder = m_encoders[record.type];
    if (!encoder)
        encoder = std::make_unique<RecordEncoder>(record.type);
    const qint64 before = encoder->contentSize();
    if (Status s = encoder->add(record); !s)
        return s;
    m_contentBytes += encoder->contentSize() - before;
    if (m_contentBytes > m_limits.maxInflatedBytes)
        return makeError(tr("The records add up to more than %1 bytes, the most one bundle may carry; export them in "
                            "several bundles.")
                             .arg(m_limits.maxInflatedBytes),
            record.type + u'/' + record.id);
    m_keys.insert(key);
    return {};
}

Status BundleWriter::addRecords(const QList<BundleRecord> &records)
{
    for (const BundleRecord &r : records) {
        if (Status s = addRecord(r); !s)
            return s;
    }
    return {};
}

Status BundleWriter::addBlob(const QString &filePath, const QString &knownSha256)
{
    if (m_header.kind != QLatin1String(bundle::KindFull))
        return makeError(
            tr("Only a full bundle carries evidence files; this one is \"%1\".").arg(m_header.kind), filePath, 2);
    const QFileInfo info(filePath);
    if (!info.isFile() || !info.isReadable())
        return makeError(tr("The evidence file does not exist or cannot be read."), filePath, 3);
    if (!knownSha256.isEmpty() && !EntryPath::isSha256Hex(knownSha256))
        return makeError(tr("The given SHA-256 is not 64 lowercase hex digits."), filePath, 2);
    if (info.size() > m_limits.maxBlobBytes)
        return makeError(tr("The evidence file is %1 bytes; a bundle entry holds at most %2.")
                             .arg(info.size())
                             .arg(m_limits.maxBlobBytes),
            filePath);
    m_blobs.append({filePath, knownSha256, info.size()});
    return {};
}

Status BundleWriter::hashBlobs(const BundleCallbacks &cb, qint64 &done, qint64 total)
{
    for (PendingBlob &b : m_blobs) {
        if (!b.sha256.isEmpty())
            continue;
        QFile f(b.filePath);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return makeError(tr("The evidence file cannot be read: %1").arg(f.errorString()), b.filePath, 3);
        Sha256 h;
        QByteArray buf(Chunk, Qt::Uninitialized);
        for (qint64 n; (n = f.read(buf.data(), buf.size())) > 0;) {
            h.addData(buf.constData(), n);
            cb.report(done += n, total);
            if (cb.isCancelled())
                return cancelled();
        }
        if (f.error() != QFileDevice::NoError)
            return makeError(tr("Reading the evidence file failed: %1").arg(f.errorString()), b.filePath, 3);
        b.sha256 = h.hexResult();
    }
    return {};
}

Result<BundleManifest> BundleWriter::write(const QString &outPath, const BundleCallbacks &cb)
{
    if (m_written)
        return makeError(tr("This bundle has already been written; a writer writes once."), outPath, 2);
    m_written = true;
    BundleManifest m = m_header;
    m.formatVersion = bundle::FormatVersion;
    m.generator = AppInfo::name() + u' ' + AppInfo::version();
    m.files.clear();
    QList<QByteArray> stored;
    for (auto &[type, encoder] : m_encoders) {
        Result<EncodedRecords> e = encoder->finish();
        if (!e)
            return e.error();
        m.files.append({EntryPath::recordsPath(type), e->stored.size(), e->sha256, type, e->count, e->contentSize,
            e->contentSha256});
        stored << e->stored;
    }
    qint64 total = 0, done = 0;
    for (const PendingBlob &b : std::as_const(m_blobs))
        total += b.size * (b.sha256.isEmpty() ? 2 : 1);
    for (const QByteArray &s : std::as_const(stored))
        total += s.size();
    if (Status s = hashBlobs(cb, done, total); !s)
        return s.error();
    std::stable_sort(m_blobs.begin(), m_blobs.end(), [](const auto &a, const auto &b) { return a.sha256 < b.sha256; });
    m_blobs.erase(
        std::unique(m_blobs.begin(), m_blobs.end(), [](const auto &a, const auto &b) { return a.sha256 == b.sha256; }),
        m_blobs.end());
    total = done; // what remains after hashing, now that duplicates are gone
    for (const PendingBlob &b : std::as_const(m_blobs)) {
        m.files.append({EntryPath::blobPath(b.sha256), b.size, b.sha256, {}, 0, 0, {}});
        total += b.size;
    }
    for (const QByteArray &s : std::as_const(stored))
        total += s.size();
    if (Status s = ManifestSchema::check(m, m_limits); !s)
        return s.error();
    m.bundleId = m.computeBundleId();
    if (Status s = writeArchive(outPath, m, stored, cb, done, total); !s)
        return s.error();
    qCInfo(lcBundle) << "wrote bundle" << m.bundleId << "to" << outPath;
    return m;
}

Status BundleWriter::writeArchive(const QString &outPath, const BundleManifest &m, const QList<QByteArray> &records,
    const BundleCallbacks &cb, qint64 &done, qint64 total)
{
    QSaveFile save(outPath);
    if (!save.open(QIODevice::WriteOnly))
        return makeError(tr("The bundle file cannot be created: %1").arg(save.errorString()), outPath, 3);
    ArchiveOutputDevice out(&save);
    KTar tar(&out);
    const QDateTime t = m.createdAt;
    const auto fail = [&](const QString &why, const QString &where, int code = 3) {
        if (tar.isOpen())
            tar.close();
        save.cancelWriting();
        return makeError(why, where, code);
    };
    const auto ioError = [&] {
        return fail(tr("Writing the bundle failed: %1").arg(tar.errorString()), outPath);
    };
    if (!tar.open(QIODevice::WriteOnly))
        return ioError();
    if (!tar.writeFile(QLatin1String(bundle::ManifestPath), m.toCanonicalJson(), 0100644, kUser, kUser, t, t, t))
        return ioError();
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!tar.writeFile(m.files.at(i).path, records.at(i), 0100644, kUser, kUser, t, t, t))
            return ioError();
        cb.report(done += records.at(i).size(), total);
    }
    QByteArray buf(Chunk, Qt::Uninitialized);
    for (const PendingBlob &b : std::as_const(m_blobs)) {
        QFile f(b.filePath);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return fail(tr("The evidence file cannot be read: %1").arg(f.errorString()), b.filePath);
        if (!tar.prepareWriting(EntryPath::blobPath(b.sha256), kUser, kUser, b.size, 0100644, t, t, t))
            return ioError();
        Sha256 h;
        qint64 copied = 0;
        for (qint64 n; copied < b.size && (n = f.read(buf.data(), qMin<qint64>(Chunk, b.size - copied))) > 0;) {
            h.addData(buf.constData(), n);
            if (!tar.writeData(buf.constData(), n))
                return ioError();
            copied += n;
            cb.report(done += n, total);
            if (cb.isCancelled()) {
                fail({}, {});
                return cancelled();
            }
        }
        if (copied != b.size || !f.atEnd() || h.hexResult() != b.sha256)
            return fail(tr("The evidence file changed while the bundle was being written (its size or SHA-256 is no "
                           "longer the one listed); nothing was written."),
                b.filePath, 1);
        if (!tar.finishWriting(b.size))
            return ioError();
    }
    if (!tar.close())
        return fail(tr("Writing the bundle failed: %1").arg(tar.errorString()), outPath);
    // KTar writes no end-of-archive marker; tar readers (and BundleReader) expect two zero blocks.
    const QByteArray marker(2 * TarHeader::BlockSize, '\0');
    if (save.write(marker) != marker.size() || !save.commit())
        return fail(tr("Saving the bundle failed: %1").arg(save.errorString()), outPath);
    return AtomicFile::syncDirectory(QFileInfo(outPath).absolutePath());
}

} // namespace psv
