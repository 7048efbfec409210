#include "RecordDecoder.h"

#include "CanonicalJson.h"
#include "Sha256.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>

#include <KCompressionDevice>

namespace psv {

Result<QByteArray> RecordDecoder::inflate(const QByteArray &stored, qint64 declared, const QString &where)
{
    QBuffer in;
    in.setData(stored);
    KCompressionDevice zstd(&in, false, KCompressionDevice::Zstd);
    if (!zstd.open(QIODevice::ReadOnly))
        return makeError(tr("The records file cannot be opened for decompression."), where, 3);
    QByteArray out;
    constexpr qint64 Chunk = 1 << 20;
    for (;;) {
        // Never ask for more than one byte beyond what the manifest declares.
        const qint64 want = qMin<qint64>(Chunk, declared + 1 - out.size());
        const qsizetype before = out.size();
        out.resize(before + want);
        const qint64 n = zstd.read(out.data() + before, want);
        if (n < 0)
            return makeError(tr("The records file is not a valid zstd stream: it cannot be decompressed."), where);
        out.resize(before + n);
        if (out.size() > declared)
            return makeError(tr("The records file inflates to more than the %1 bytes its manifest entry declares; "
                                "decompression was stopped and the bundle is refused as a decompression bomb.")
                                 .arg(declared),
                where);
        if (n == 0)
            break;
    }
    // KCompressionDevice reports a decoding error as 0 bytes once, then as -1.
    char probe = 0;
    if (zstd.read(&probe, 1) < 0)
        return makeError(tr("The records file is not a valid zstd stream: it cannot be decompressed."), where);
    if (!zstd.atEnd())
        return makeError(tr("The records file's zstd stream is cut short: it is truncated or damaged."), where);
    if (out.size() != declared)
        return makeError(tr("The records file inflates to %1 bytes, but its manifest entry declares %2.")
                             .arg(out.size())
                             .arg(declared),
            where);
    return out;
}

Result<QList<BundleRecord>> RecordDecoder::decode(
    const QByteArray &stored, const ManifestFile &file, const BundleLimits &limits, const BundleCallbacks &cb)
{
    Result<QByteArray> content = inflate(stored, file.contentSize, file.path);
    if (!content)
        return content.error();
    if (Sha256::hex(*content) != file.contentSha256)
        return makeError(tr("The inflated records do not match the SHA-256 listed in the manifest."), file.path);
    const QByteArray &text = *content;
    if (!text.isEmpty() && !text.endsWith('\n'))
        return makeError(tr("The last record is not followed by a line break: the file is incomplete."), file.path);
    QList<BundleRecord> records;
    records.reserve(qsizetype(file.count));
    qsizetype pos = 0;
    for (qint64 lineNo = 1; pos < text.size(); ++lineNo) {
        const qsizetype end = text.indexOf('\n', pos);
        const QString where = tr("%1 line %2").arg(file.path).arg(lineNo);
        const QByteArray line = QByteArray::fromRawData(text.constData() + pos, end - pos);
        pos = end + 1;
        if (line.size() > limits.maxRecordBytes)
            return makeError(
                tr("The record is %1 bytes; at most %2 are accepted.").arg(line.size()).arg(limits.maxRecordBytes),
                where);
        if (records.size() >= file.count)
            return makeError(
                tr("The file holds more records than the %1 its manifest entry lists.").arg(file.count), where);
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return makeError(tr("The record is not a valid JSON object: %1.").arg(err.errorString()), where);
        if (CanonicalJson::serialize(doc.object()) != line)
            return makeError(
                tr("The record is not in canonical JSON form (altered, or a member appears twice)."), where);
        Result<BundleRecord> r = BundleRecord::fromEnvelope(doc.object(), where);
        if (!r)
            return r.error();
        if (r->type != file.recordType)
            return makeError(
                tr("A record of type \"%1\" is in the file for type \"%2\".").arg(r->type, file.recordType), where);
        records << std::move(r).value();
        if (cb.isCancelled())
            return makeError(tr("Reading the bundle was cancelled."), file.path, 3);
    }
    if (records.size() != file.count)
        return makeError(
            tr("The file holds %1 records, but its manifest entry lists %2.").arg(records.size()).arg(file.count),
            file.path);
    return records;
}

} // namespace psv
