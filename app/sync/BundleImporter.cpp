#include "BundleImporter.h"

#include "Database.h"
#include "EvidenceStore.h"
#include "IsoTime.h"
#include "RecordApplier.h"
#include "RecordTables.h"
#include "Sql.h"
#include "SyncFields.h"
#include "SyncPeers.h"
#include "SyncLogging.h"
#include "WriteScope.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace psv {

namespace {

Status sameId(const BundleRecord &r, const QJsonObject &row)
{
    if (row.value(QStringLiteral("id")).toString() != r.id)
        return makeError(BundleImporter::tr("The record's id does not match the id in its data."), r.id);
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
            return makeError(
                BundleImporter::tr("The record has a stamp for \"%1\", which is not one of its fields.").arg(it.key()),
                r.id);
    return {};
}

Status inspectionValidator(const BundleRecord &r)
{
    static const QStringList members {QStringLiteral("evidence"), QStringLiteral("inspection"),
        QStringLiteral("inspectors"), QStringLiteral("items"), QStringLiteral("links"), QStringLiteral("orders")};
    QStringList keys = r.data.keys();
    std::sort(keys.begin(), keys.end());
    if (keys != members)
        return makeError(BundleImporter::tr("An inspection record must have exactly the members %1.")
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
                    BundleImporter::tr("A row of \"%1\" belongs to another inspection.").arg(QLatin1String(member)),
                    r.id);
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    const QJsonValue seal = row.value(QStringLiteral("seal_hash"));
    if (seal.isString() && !hex.match(seal.toString()).hasMatch())
        return makeError(BundleImporter::tr("The seal hash must be 64 lowercase hex digits."), r.id);
    return {};
}

Status reviewValidator(const BundleRecord &r)
{
    if (Status s = RecordTables::check(RecordTables::reviews(), r.data, r.id); !s)
        return s;
    if (Status s = sameId(r, r.data); !s)
        return s;
    const QString d = r.data.value(QStringLiteral("decision")).toString();
    if (d != QLatin1String("approved") && d != QLatin1String("returned"))
        return makeError(BundleImporter::tr("A review decision must be \"approved\" or \"returned\"."), r.id);
    return {};
}

Status ackValidator(const BundleRecord &r)
{
    const QJsonValue acks = r.data.value(QStringLiteral("acks"));
    if (r.data.size() != 1 || !acks.isArray())
        return makeError(BundleImporter::tr("An acknowledgement record must have only \"acks\", an array."), r.id);
    for (const QJsonValue &v : acks.toArray()) {
        const QJsonObject a = v.toObject();
        const double seq = a.value(QStringLiteral("seq")).toDouble(-1);
        if (a.size() != 2 || !HlcTimestamp::isValidDeviceId(a.value(QStringLiteral("device")).toString()) || seq < 0
            || seq != double(qint64(seq)))
            return makeError(BundleImporter::tr("Each acknowledgement needs a device id and a sequence number."), r.id);
    }
    return {};
}

} // namespace

QHash<QString, RecordValidator> BundleImporter::validators()
{
    return {
        {QStringLiteral("unit"),
            [](const BundleRecord &r) {
                return stampedValidator(r, RecordTables::units());
            }},
        {QStringLiteral("site"),
            [](const BundleRecord &r) {
                return stampedValidator(r, RecordTables::sites());
            }},
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

BundleReadOptions BundleImporter::readOptions()
{
    BundleReadOptions o;
    o.validators = validators();
    o.refuseUnknownTypes = true;
    return o;
}

Result<ValidatedBundle> BundleImporter::verify(const QString &path, const BundleCallbacks &callbacks) const
{
    BundleReadOptions o = readOptions();
    o.callbacks = callbacks;
    if (m_clock)
        o.clock = m_clock;
    return BundleReader::read(path, o);
}

Result<ImportSummary> BundleImporter::importFile(const QString &path, const Actor &actor, const BundleCallbacks &cb)
{
    auto bundle = verify(path, cb);
    if (!bundle)
        return bundle.error();
    return apply(bundle.value(), actor, cb);
}

Result<ImportSummary> BundleImporter::apply(
    const ValidatedBundle &bundle, const Actor &actor, const BundleCallbacks &cb)
{
    const BundleManifest &m = bundle.manifest;
    ImportSummary summary;
    summary.bundleId = m.bundleId;
    summary.deviceId = m.deviceId;
    summary.officer = m.officer.name;
    summary.kind = m.kind;
    auto applied
        = Sql::first<QString>(m_db.sql(), QStringLiteral("SELECT applied_at FROM sync_applied WHERE bundle_id = ?"),
            {m.bundleId}, [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!applied)
        return applied.error();
    if (applied.value()) {
        summary.alreadyApplied = true;
        return summary;
    }
    if (m.deviceId == m_db.deviceId())
        return makeError(
            tr("This bundle was exported by this computer (device %1); it is imported on another one.").arg(m.deviceId),
            bundle.filePath);
    // No record may be stamped far ahead of this computer's clock: it would drag every later
    // stamp along.
    const qint64 limit
        = (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch() + 24LL * 3600 * 1000;
    HlcTimestamp latest;
    for (const BundleRecord &r : bundle.records) {
        latest = std::max(latest, r.hlc);
        for (auto it = r.stamps.constBegin(); it != r.stamps.constEnd(); ++it)
            latest = std::max(latest, it.value());
    }
    if (!latest.isNull() && latest.wallMs > limit)
        return makeError(
            tr("The bundle carries changes stamped %1, more than a day ahead of this computer's clock. "
               "Check the date and time on both computers.")
                .arg(BundleManifest::formatTime(QDateTime::fromMSecsSinceEpoch(latest.wallMs, QTimeZone::UTC))),
            bundle.filePath);

    // Evidence files first, into the store's temp directory (same file system as the blobs).
    QList<std::pair<QString, QString>> staged; // temp path, final path
    auto unstage = [&staged]() {
        for (const auto &[tmp, _] : std::as_const(staged))
            QFile::remove(tmp);
    };
    if (!bundle.blobs.isEmpty()) {
        auto store = EvidenceStore::open(m_db.dataDir());
        if (!store)
            return store.error();
        for (const BundleBlobEntry &b : bundle.blobs) {
            if (store.value().contains(b.sha256))
                continue;
            const QString tmp = QDir(store.value().tempDir()).filePath(QStringLiteral("sync-") + b.sha256);
            if (Status s = BundleReader::extractBlob(bundle, b, tmp, cb); !s) {
                unstage();
                return s.error();
            }
            staged.append({tmp, store.value().pathFor(b.sha256)});
        }
    }

    QList<const BundleRecord *> order;
    for (const BundleRecord &r : bundle.records)
        order << &r;
    std::stable_sort(order.begin(), order.end(), [](const BundleRecord *a, const BundleRecord *b) {
        return RecordApplier::rank(a->type) < RecordApplier::rank(b->type);
    });
    Status s = m_db.write(actor, [&](WriteScope &w) -> Status {
        QSqlQuery q(w.sql());
        if (Status st = Sql::run(q, QStringLiteral("PRAGMA defer_foreign_keys = ON")); !st)
            return st;
        RecordApplier applier(w, m, summary);
        if (Status st = applier.prepare(); !st)
            return st;
        qint64 done = 0;
        for (const BundleRecord *r : std::as_const(order)) {
            if (cb.isCancelled())
                return makeError(tr("The import was cancelled; nothing was changed."), bundle.filePath, 3);
            if (Status st = applier.apply(*r); !st)
                return makeError(
                    st.error().message, QStringLiteral("%1 %2").arg(r->type, st.error().where), st.error().code);
            cb.report(++done, order.size());
        }
        const QString now = IsoTime::format(w.now());
        if (m.changes.toSeq) {
            if (Status st = SyncPeers::noteReceived(
                    w.sql(), m.deviceId, *m.changes.toSeq, SyncFields::toStore(m.changes.toHlc), m.bundleId, now);
                !st)
                return st;
        }
        summary.blobs = int(staged.size());
        if (Status st = Sql::run(q,
                QStringLiteral("INSERT INTO sync_applied (bundle_id, device_id, officer, created_at, applied_at, "
                               "summary) VALUES (?, ?, ?, ?, ?, ?)"),
                {m.bundleId, m.deviceId, m.officer.name, BundleManifest::formatTime(m.createdAt), now,
                    QString::fromUtf8(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Compact))});
            !st)
            return st;
        if (!latest.isNull())
            w.receiveClock(SyncFields::toStore(latest));
        return w.audit(QStringLiteral("import-bundle"), QStringLiteral("bundle"), m.bundleId, summary.toJson());
    });
    if (!s) {
        unstage();
        return s.error();
    }
    for (const auto &[tmp, target] : std::as_const(staged)) {
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (QFile::exists(target)) {
            QFile::remove(tmp);
            continue;
        }
        if (!QFile::rename(tmp, target))
            return makeError(tr("The evidence file could not be moved into the evidence store."), target, 3);
        QFile::setPermissions(target, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    qCInfo(lcSync) << "applied bundle" << m.bundleId << summary.toJson();
    return summary;
}

} // namespace psv
