#include "ManifestSchema.h"

#include "EntryPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace psv {

namespace {

const QString kManifest = QStringLiteral("manifest.json");

QString at(const QString &member)
{
    return kManifest + u' ' + member;
}

std::optional<qint64> integer(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::trunc(d) || d < 0 || d > 9007199254740992.0)
        return std::nullopt;
    return qint64(d);
}

Status onlyMembers(const QJsonObject &o, const QStringList &allowed, const QString &where)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return makeError(ManifestSchema::tr("Unknown member \"%1\"; a version-%2 manifest has only: %3.")
                                 .arg(it.key())
                                 .arg(bundle::FormatVersion)
                                 .arg(allowed.join(QStringLiteral(", "))),
                where);
    }
    return {};
}

Result<QString> text(const QJsonObject &o, const QString &key, const QString &where, bool required = true)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required)
        return QString();
    if (!v.isString() || (required && v.toString().isEmpty()) || v.toString().size() > 256)
        return makeError(ManifestSchema::tr("Expected a text of 1 to 256 characters."), at(where + key));
    return v.toString();
}

Result<QDateTime> utcTime(const QString &s, const QString &where)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!re.match(s).hasMatch() || !t.isValid())
        return makeError(
            ManifestSchema::tr("Expected a UTC time such as 2026-03-01T08:00:00.000Z, found \"%1\".").arg(s), where);
    return t.toTimeZone(QTimeZone::UTC);
}

Result<ChangeRange> changeRange(const QJsonValue &v)
{
    ChangeRange r;
    if (v.isUndefined())
        return r;
    const QString where = at(QStringLiteral("changes"));
    if (!v.isObject())
        return makeError(ManifestSchema::tr("Expected an object with fromSeq/toSeq and/or fromHlc/toHlc."), where);
    const QJsonObject o = v.toObject();
    if (Status s = onlyMembers(o,
            {QStringLiteral("fromSeq"), QStringLiteral("toSeq"), QStringLiteral("fromHlc"), QStringLiteral("toHlc")},
            where);
        !s)
        return s.error();
    if (o.contains(QStringLiteral("fromSeq")) != o.contains(QStringLiteral("toSeq"))
        || o.contains(QStringLiteral("fromHlc")) != o.contains(QStringLiteral("toHlc")) || o.isEmpty())
        return makeError(
            ManifestSchema::tr("A change range needs both ends: fromSeq with toSeq, fromHlc with toHlc."), where);
    if (o.contains(QStringLiteral("fromSeq"))) {
        r.fromSeq = integer(o.value(QStringLiteral("fromSeq")));
        r.toSeq = integer(o.value(QStringLiteral("toSeq")));
        if (!r.fromSeq || !r.toSeq || *r.fromSeq > *r.toSeq)
            return makeError(
                ManifestSchema::tr("fromSeq and toSeq must be whole numbers with fromSeq <= toSeq."), where);
    }
    if (o.contains(QStringLiteral("fromHlc"))) {
        const auto from = HlcTimestamp::parse(o.value(QStringLiteral("fromHlc")).toString());
        const auto to = HlcTimestamp::parse(o.value(QStringLiteral("toHlc")).toString());
        if (!from || !to || *to < *from)
            return makeError(
                ManifestSchema::tr("fromHlc and toHlc must be clock stamps with fromHlc <= toHlc."), where);
        r.fromHlc = *from;
        r.toHlc = *to;
    }
    return r;
}

Result<ManifestFile> fileEntry(const QJsonValue &v, int index, const BundleLimits &limits)
{
    const QString where = at(QStringLiteral("files[%1]").arg(index));
    if (!v.isObject())
        return makeError(ManifestSchema::tr("Expected an object describing one file."), where);
    const QJsonObject o = v.toObject();
    ManifestFile f;
    f.path = o.value(QStringLiteral("path")).toString();
    if (Result<QString> p = EntryPath::check(f.path.toUtf8()); !p)
        return makeError(p.error().message, where + QStringLiteral(".path ") + p.error().where);
    f.recordType = EntryPath::recordTypeOf(f.path);
    const bool blob = !EntryPath::blobHashOf(f.path).isEmpty();
    if (f.recordType.isEmpty() && !blob)
        return makeError(ManifestSchema::tr("The path \"%1\" is neither records/<type>.jsonl.zst nor "
                                            "blobs/sha256/<64 hex digits>.")
                             .arg(f.path),
            where);
    const QStringList common {QStringLiteral("path"), QStringLiteral("size"), QStringLiteral("sha256")};
    const QStringList records = common
        + QStringList {QStringLiteral("recordType"), QStringLiteral("count"), QStringLiteral("contentSize"),
            QStringLiteral("contentSha256")};
    if (Status s = onlyMembers(o, blob ? common : records, where); !s)
        return s.error();
    const auto size = integer(o.value(QStringLiteral("size")));
    f.sha256 = o.value(QStringLiteral("sha256")).toString();
    if (!size || !EntryPath::isSha256Hex(f.sha256))
        return makeError(ManifestSchema::tr("Expected \"size\" as a whole number and \"sha256\" as 64 lowercase hex "
                                            "digits."),
            where);
    f.size = *size;
    if (blob) {
        if (f.sha256 != EntryPath::blobHashOf(f.path))
            return makeError(ManifestSchema::tr("A blob's path must end with its own SHA-256."), where);
        if (f.size > limits.maxBlobBytes)
            return makeError(ManifestSchema::tr("The blob is %1 bytes; at most %2 are accepted.")
                                 .arg(f.size)
                                 .arg(limits.maxBlobBytes),
                where);
        return f;
    }
    const auto count = integer(o.value(QStringLiteral("count")));
    const auto contentSize = integer(o.value(QStringLiteral("contentSize")));
    f.contentSha256 = o.value(QStringLiteral("contentSha256")).toString();
    if (o.value(QStringLiteral("recordType")).toString() != f.recordType || !count || *count < 1 || !contentSize
        || !EntryPath::isSha256Hex(f.contentSha256))
        return makeError(ManifestSchema::tr("A records file needs recordType (matching its path), count >= 1, "
                                            "contentSize and contentSha256."),
            where);
    f.count = *count;
    f.contentSize = *contentSize;
    return f;
}

} // namespace

Status ManifestSchema::check(const BundleManifest &m, const BundleLimits &limits)
{
    if (m.formatVersion != bundle::FormatVersion)
        return makeError(tr("Unknown bundle format version %1; this version of PSV Inspector reads version %2. "
                            "Update PSV Inspector to read this bundle.")
                             .arg(m.formatVersion)
                             .arg(bundle::FormatVersion),
            at(QStringLiteral("formatVersion")));
    if (!HlcTimestamp::isValidDeviceId(m.deviceId))
        return makeError(
            tr("The device id must be 1 to 32 letters, digits, '_' or '-'."), at(QStringLiteral("deviceId")));
    if (!m.peerId.isEmpty() && !HlcTimestamp::isValidDeviceId(m.peerId))
        return makeError(tr("The peer id must be 1 to 32 letters, digits, '_' or '-'."), at(QStringLiteral("peerId")));
    if (m.officer.id.isEmpty() || m.officer.name.isEmpty())
        return makeError(tr("The exporting officer needs an id and a name."), at(QStringLiteral("officer")));
    if (!m.createdAt.isValid())
        return makeError(tr("The creation time is missing."), at(QStringLiteral("createdAt")));
    if (m.kind != QLatin1String(bundle::KindMetadata) && m.kind != QLatin1String(bundle::KindFull))
        return makeError(
            tr("The kind must be \"metadata\" or \"full\", not \"%1\".").arg(m.kind), at(QStringLiteral("kind")));
    if (m.files.size() > limits.maxEntries)
        return makeError(
            tr("The bundle lists %1 files; at most %2 are accepted.").arg(m.files.size()).arg(limits.maxEntries),
            at(QStringLiteral("files")));
    QSet<QString> paths;
    qint64 total = 0, inflated = 0;
    for (qsizetype i = 0; i < m.files.size(); ++i) {
        const ManifestFile &f = m.files.at(i);
        const QString where = at(QStringLiteral("files[%1]").arg(i));
        if (paths.contains(f.path))
            return makeError(tr("The file \"%1\" is listed twice.").arg(f.path), where);
        paths.insert(f.path);
        if (!f.isRecords() && m.kind == QLatin1String(bundle::KindMetadata))
            return makeError(
                tr("A metadata bundle must not carry evidence files, but \"%1\" is listed.").arg(f.path), where);
        if (f.isRecords() && (f.size > limits.maxRecordsEntryBytes || f.contentSize > limits.maxInflatedBytes))
            return makeError(tr("The records file is %1 bytes (%2 inflated); at most %3 (%4 inflated) are accepted.")
                                 .arg(f.size)
                                 .arg(f.contentSize)
                                 .arg(limits.maxRecordsEntryBytes)
                                 .arg(limits.maxInflatedBytes),
                where);
        if (f.isRecords() && f.contentSize > limits.ratioFloorBytes
            && double(f.contentSize) > limits.maxCompressionRatio * double(qMax<qint64>(f.size, 1)))
            return makeError(tr("The records file would inflate %1 bytes to %2, a compression ratio above the limit of "
                                "%3:1; it is refused as a decompression bomb.")
                                 .arg(f.size)
                                 .arg(f.contentSize)
                                 .arg(limits.maxCompressionRatio),
                where);
        total += f.size;
        inflated += f.contentSize;
    }
    if (inflated > limits.maxInflatedBytes)
        return makeError(tr("The records files inflate to %1 bytes together; at most %2 are accepted.")
                             .arg(inflated)
                             .arg(limits.maxInflatedBytes),
            at(QStringLiteral("files")));
    if (total > limits.maxBundleBytes)
        return makeError(
            tr("The listed files add up to %1 bytes; at most %2 are accepted.").arg(total).arg(limits.maxBundleBytes),
            at(QStringLiteral("files")));
    return {};
}

Result<BundleManifest> ManifestSchema::parse(const QByteArray &bytes, const QDateTime &now, const BundleLimits &limits)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(
            tr("The manifest is not valid JSON: %1 at byte %2.").arg(err.errorString()).arg(err.offset), kManifest);
    if (!doc.isObject())
        return makeError(tr("The manifest must be a JSON object."), kManifest);
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(bundle::FormatName))
        return makeError(tr("This is not a PSV Inspector bundle manifest (\"format\" is not \"psv-bundle\")."),
            at(QStringLiteral("format")));
    const auto version = integer(o.value(QStringLiteral("formatVersion")));
    BundleManifest m;
    m.formatVersion = version ? int(qMin<qint64>(*version, 1 << 30)) : -1;
    if (!version || m.formatVersion != bundle::FormatVersion)
        return makeError(tr("Unknown bundle format version %1; this version of PSV Inspector reads version %2. "
                            "Update PSV Inspector to read this bundle.")
                             .arg(o.value(QStringLiteral("formatVersion")).toVariant().toString())
                             .arg(bundle::FormatVersion),
            at(QStringLiteral("formatVersion")));
    if (Status s = onlyMembers(o,
            {QStringLiteral("bundleId"), QStringLiteral("changes"), QStringLiteral("createdAt"),
                QStringLiteral("deviceId"), QStringLiteral("files"), QStringLiteral("format"),
                QStringLiteral("formatVersion"), QStringLiteral("generator"), QStringLiteral("kind"),
                QStringLiteral("officer"), QStringLiteral("peerId")},
            kManifest);
        !s)
        return s.error();
    Result<QString> id = text(o, QStringLiteral("bundleId"), {}), device = text(o, QStringLiteral("deviceId"), {}),
                    peer = text(o, QStringLiteral("peerId"), {}, false),
                    created = text(o, QStringLiteral("createdAt"), {}), kind = text(o, QStringLiteral("kind"), {}),
                    generator = text(o, QStringLiteral("generator"), {});
    for (const Result<QString> *r : {&id, &device, &peer, &created, &kind, &generator}) {
        if (!*r)
            return r->error();
    }
    m.bundleId = *id;
    m.deviceId = *device;
    m.peerId = *peer;
    m.kind = *kind;
    m.generator = *generator;
    Result<QDateTime> t = utcTime(*created, at(QStringLiteral("createdAt")));
    if (!t)
        return t.error();
    m.createdAt = *t;
    const QJsonObject officer = o.value(QStringLiteral("officer")).toObject();
    if (Status s = onlyMembers(officer, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("policeNumber")},
            at(QStringLiteral("officer")));
        !s)
        return s.error();
    Result<QString> oid = text(officer, QStringLiteral("id"), QStringLiteral("officer.")),
                    oname = text(officer, QStringLiteral("name"), QStringLiteral("officer.")),
                    onum = text(officer, QStringLiteral("policeNumber"), QStringLiteral("officer."), false);
    for (const Result<QString> *r : {&oid, &oname, &onum}) {
        if (!*r)
            return r->error();
    }
    m.officer = {*oid, *oname, *onum};
    Result<ChangeRange> range = changeRange(o.value(QStringLiteral("changes")));
    if (!range)
        return range.error();
    m.changes = *range;
    if (!o.value(QStringLiteral("files")).isArray())
        return makeError(tr("Expected \"files\" as an array."), at(QStringLiteral("files")));
    const QJsonArray files = o.value(QStringLiteral("files")).toArray();
    for (qsizetype i = 0; i < files.size(); ++i) {
        Result<ManifestFile> f = fileEntry(files.at(i), int(i), limits);
        if (!f)
            return f.error();
        m.files << *f;
    }
    if (Status s = check(m, limits); !s)
        return s.error();
    const QDateTime latest = now.addMSecs(limits.maxClockSkewMs);
    if (m.createdAt > latest)
        return makeError(tr("The bundle was created at %1, which is in the future for this computer (now %2, "
                            "%3 minutes of clock difference are allowed). Check the date and time on both "
                            "computers.")
                             .arg(BundleManifest::formatTime(m.createdAt), BundleManifest::formatTime(now))
                             .arg(limits.maxClockSkewMs / 60000),
            at(QStringLiteral("createdAt")));
    if (m.toCanonicalJson() != bytes)
        return makeError(
            tr("The manifest has been altered: it is not in the canonical form it is written in."), kManifest);
    if (m.computeBundleId() != m.bundleId)
        return makeError(tr("The manifest has been altered: its content does not match its bundle id."), kManifest);
    return m;
}

} // namespace psv
