#include "BundleRecordRules.h"

#include "BundleFormat.h"
#include "RecordTables.h"
#include "SyncFields.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace psv {

namespace {

Status sameId(const BundleRecord &r, const QJsonObject &row)
{
    if (row.value(QStringLiteral("id")).toString() != r.id)
        return makeError(BundleRecordRules::tr("The record's id does not match the id in its data."), r.id);
    return {};
}

Status stampedValidator(const BundleRecord &r, const RecordTables::Table &table)
{
    if (Status s = RecordTables::check(table, r.data, r.id); !s)
        return s;
    if (Status s = sameId(r, r.data); !s)
        return s;
    for (auto it = r.stamps.constBegin(); it != r.stamps.constEnd(); ++it)
        if (!r.data.contains(it.key()) || !SyncFields::isMergeable(it.key()))
            return makeError(BundleRecordRules::tr("The record has a stamp for \"%1\", which is not one of its fields.")
                                 .arg(it.key()),
                r.id);
    return {};
}

// A sealed inspection (sealed, submitted, approved, returned) has a seal; a draft or completed one
// has none — otherwise a "sealed" record without a seal would arrive editable.
Status checkSealAgainstStatus(const BundleRecord &r, const QJsonObject &row)
{
    static const QStringList open {QStringLiteral("draft"), QStringLiteral("completed")};
    static const QStringList sealed {
        QStringLiteral("sealed"), QStringLiteral("submitted"), QStringLiteral("approved"), QStringLiteral("returned")};
    const QString status = row.value(QStringLiteral("status")).toString();
    const bool hasSeal = row.value(QStringLiteral("seal_hash")).isString();
    if (sealed.contains(status) && !hasSeal)
        return makeError(BundleRecordRules::tr(
                             "The inspection is \"%1\" but has no seal hash; a sealed inspection carries its seal.")
                             .arg(status),
            r.id);
    if (open.contains(status) && hasSeal)
        return makeError(
            BundleRecordRules::tr("The inspection is \"%1\" but carries a seal hash; only a sealed inspection has one.")
                .arg(status),
            r.id);
    if (!open.contains(status) && !sealed.contains(status))
        return makeError(BundleRecordRules::tr("The inspection's status \"%1\" is unknown; expected one of %2.")
                             .arg(status, (open + sealed).join(QStringLiteral(", "))),
            r.id);
    return {};
}

// Latitude and longitude in degrees on the Earth, when given.
Status siteValidator(const BundleRecord &r)
{
    if (Status s = stampedValidator(r, RecordTables::sites()); !s)
        return s;
    const std::pair<const char *, double> ranges[] = {{"latitude", 90.0}, {"longitude", 180.0}};
    for (const auto &[name, limit] : ranges) {
        const QJsonValue v = r.data.value(QLatin1String(name));
        if (v.isDouble() && std::abs(v.toDouble()) > limit)
            return makeError(BundleRecordRules::tr("The site's %1 %2 is outside -%3…%3 degrees.")
                                 .arg(QLatin1String(name))
                                 .arg(v.toDouble())
                                 .arg(limit),
                r.id);
    }
    return {};
}

Status inspectionValidator(const BundleRecord &r)
{
    static const QStringList members {QStringLiteral("evidence"), QStringLiteral("inspection"),
        QStringLiteral("inspectors"), QStringLiteral("items"), QStringLiteral("links"), QStringLiteral("orders")};
    QStringList keys = r.data.keys();
    std::sort(keys.begin(), keys.end());
    if (keys != members)
        return makeError(BundleRecordRules::tr("An inspection record must have exactly the members %1.")
                             .arg(members.join(QStringLiteral(", "))),
            r.id);
    const QJsonObject row = r.data.value(QStringLiteral("inspection")).toObject();
    if (Status s = RecordTables::check(RecordTables::inspections(), row, r.id); !s)
        return s;
    if (Status s = sameId(r, row); !s)
        return s;
    const std::pair<const char *, const RecordTables::Table *> children[]
        = {{"inspectors", &RecordTables::inspectionOfficers()}, {"items", &RecordTables::itemResults()},
            {"evidence", &RecordTables::evidence()}, {"links", &RecordTables::itemEvidence()},
            {"orders", &RecordTables::orders()}};
    for (const auto &[member, table] : children) {
        const QJsonValue rows = r.data.value(QLatin1String(member));
        if (Status s = RecordTables::checkList(*table, rows, r.id); !s)
            return s;
        for (const QJsonValue &v : rows.toArray())
            if (v.toObject().value(QStringLiteral("inspection_id")).toString() != r.id)
                return makeError(
                    BundleRecordRules::tr("A row of \"%1\" belongs to another inspection.").arg(QLatin1String(member)),
                    r.id);
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    const QJsonValue seal = row.value(QStringLiteral("seal_hash"));
    if (seal.isString() && !hex.match(seal.toString()).hasMatch())
        return makeError(BundleRecordRules::tr("The seal hash must be 64 lowercase hex digits."), r.id);
    return checkSealAgainstStatus(r, row);
}

Status reviewValidator(const BundleRecord &r)
{
    if (Status s = RecordTables::check(RecordTables::reviews(), r.data, r.id); !s)
        return s;
    if (Status s = sameId(r, r.data); !s)
        return s;
    const QString d = r.data.value(QStringLiteral("decision")).toString();
    if (d != QLatin1String("approved") && d != QLatin1String("returned"))
        return makeError(BundleRecordRules::tr("A review decision must be \"approved\" or \"returned\"."), r.id);
    return {};
}

Status ackValidator(const BundleRecord &r)
{
    const QJsonValue acks = r.data.value(QStringLiteral("acks"));
    if (r.data.size() != 1 || !acks.isArray())
        return makeError(BundleRecordRules::tr("An acknowledgement record must have only \"acks\", an array."), r.id);
    for (const QJsonValue &v : acks.toArray()) {
        const QJsonObject a = v.toObject();
        const double seq = a.value(QStringLiteral("seq")).toDouble(-1);
        if (a.size() != 2 || !HlcTimestamp::isValidDeviceId(a.value(QStringLiteral("device")).toString()) || seq < 0
            || seq != double(qint64(seq)))
            return makeError(
                BundleRecordRules::tr("Each acknowledgement needs a device id and a sequence number."), r.id);
    }
    return {};
}

} // namespace

QHash<QString, RecordValidator> BundleRecordRules::validators()
{
    return {
        {QStringLiteral("unit"),
            [](const BundleRecord &r) {
                return stampedValidator(r, RecordTables::units());
            }},
        {QStringLiteral("site"), siteValidator},
        {QStringLiteral("officer"),
            [](const BundleRecord &r) {
                return stampedValidator(r, RecordTables::officers());
            }},
        {QStringLiteral("inspection"), inspectionValidator},
        {QStringLiteral("order"),
            [](const BundleRecord &r) -> Status {
                if (Status s = RecordTables::check(RecordTables::orders(), r.data, r.id); !s)
                    return s;
                return sameId(r, r.data);
            }},
        {QStringLiteral("review"), reviewValidator},
        {QStringLiteral("sync-ack"), ackValidator},
    };
}

BundleReadOptions BundleRecordRules::readOptions()
{
    BundleReadOptions o;
    o.validators = validators();
    o.refuseUnknownTypes = true;
    return o;
}

Status BundleRecordRules::checkWhole(const ValidatedBundle &bundle)
{
    // The evidence files the bundle's inspections name, with the inspection that names each.
    QHash<QString, QString> named;
    for (const BundleRecord &r : bundle.records) {
        if (r.type != QLatin1String("inspection"))
            continue;
        for (const QJsonValue &e : r.data.value(QStringLiteral("evidence")).toArray())
            named.insert(e.toObject().value(QStringLiteral("sha256")).toString(), r.id);
    }
    for (const BundleBlobEntry &b : bundle.blobs)
        if (!named.contains(b.sha256))
            return makeError(tr("The bundle carries the file %1, which none of its records names; a bundle carries "
                                "only the evidence of its inspections.")
                                 .arg(b.path),
                bundle.filePath);
    if (bundle.manifest.kind != QLatin1String(bundle::KindFull))
        return {};
    for (auto it = named.constBegin(); it != named.constEnd(); ++it)
        if (!bundle.blob(it.key()))
            return makeError(tr("The full bundle lacks the evidence file %1 that inspection %2 names; a full bundle "
                                "carries every file its records name.")
                                 .arg(it.key(), it.value()),
                bundle.filePath);
    return {};
}

Result<ValidatedBundle> BundleRecordRules::verifyFile(
    const QString &path, const BundleCallbacks &callbacks, const std::function<QDateTime()> &clock)
{
    BundleReadOptions o = readOptions();
    o.callbacks = callbacks;
    if (clock)
        o.clock = clock;
    auto bundle = BundleReader::read(path, o);
    if (!bundle)
        return bundle;
    if (Status s = checkWhole(bundle.value()); !s)
        return s.error();
    return bundle;
}

} // namespace psv
