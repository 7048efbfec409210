#include "BundleImporter.h"

#include "BundleRecordRules.h"
#include "Database.h"
#include "EvidenceStore.h"
#include "IsoTime.h"
#include "RecordApplier.h"
#include "RecordTables.h"
#include "Sql.h"
#include "SyncFields.h"
#include "SyncLogging.h"
#include "SyncPeers.h"
#include "WriteScope.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace psv {

Result<ValidatedBundle> BundleImporter::verify(const QString &path, const BundleCallbacks &callbacks) const
{
    return BundleRecordRules::verifyFile(path, callbacks, m_clock);
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
        if (Status st = restoreMissingBlobs(bundle, actor, summary, cb); !st)
            return st.error();
        return summary;
    }
    if (m.deviceId == m_db.deviceId())
        return makeError(
            tr("This bundle was exported by this computer (device %1); it is imported on another one.").arg(m.deviceId),
            bundle.filePath);
    HlcTimestamp latest;
    if (Status st = checkStamps(bundle, latest); !st)
        return st.error();

    // Evidence first, into its content-addressed place BEFORE the records that refer to it are
    // committed: a kill at any point leaves either an orphan blob (harmless; collected later) or
    // records whose files are all there, never records whose files are lost.
    auto placed = placeBlobs(bundle, cb);
    if (!placed)
        return placed.error();

    summary.blobs = int(placed.value().size());
    Status s = m_db.write(actor, [&](WriteScope &w) { return applyRecords(w, bundle, latest, summary, cb); });
    if (!s) {
        removeUnreferencedBlobs(placed.value());
        return s.error();
    }
    qCInfo(lcSync) << "applied bundle" << m.bundleId << summary.toJson();
    return summary;
}

Error BundleImporter::describeRefusal(const BundleRecord &record, const Error &error)
{
    const QString where = QStringLiteral("%1 %2").arg(record.type, record.id);
    // A value the store's own rules (CHECK, NOT NULL, foreign keys) refuse is refused input, not a
    // failure of this computer: exit 1 and a sentence, with the database's words kept short.
    static const QRegularExpression constraint(
        QStringLiteral("(CHECK|NOT NULL|FOREIGN KEY|UNIQUE) constraint failed:? ?([^\\n]*?)( Unable to fetch row)?$"));
    const QRegularExpressionMatch m = constraint.match(error.message);
    if (!m.hasMatch())
        return makeError(error.message, where + u' ' + error.where, error.code);
    qCWarning(lcSync) << "bundle record refused by the store:" << where << error.message << error.where;
    const QString rule
        = m.captured(2).trimmed().isEmpty() ? m.captured(1) : m.captured(1) + u' ' + m.captured(2).trimmed();
    return makeError(tr("The %1 record %2 does not fit this store: one of its values breaks a rule of the store (%3). "
                        "Nothing was applied.")
                         .arg(record.type, record.id, rule),
        where, 1);
}

Status BundleImporter::checkStamps(const ValidatedBundle &bundle, HlcTimestamp &latest) const
{
    // No record may be stamped far ahead of this computer's clock: it would drag every later
    // stamp along.
    const qint64 limit
        = (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch() + BundleLimits {}.maxClockSkewMs;
    latest = bundle.manifest.changes.toHlc; // the range the bundle claims counts as much as its records
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
    return {};
}

Status BundleImporter::applyRecords(WriteScope &w, const ValidatedBundle &bundle, const HlcTimestamp &latest,
    ImportSummary &summary, const BundleCallbacks &cb)
{
    const BundleManifest &m = bundle.manifest;
    QList<const BundleRecord *> order;
    for (const BundleRecord &r : bundle.records)
        order << &r;
    std::stable_sort(order.begin(), order.end(), [](const BundleRecord *a, const BundleRecord *b) {
        return RecordApplier::rank(a->type) < RecordApplier::rank(b->type);
    });
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
            return describeRefusal(*r, st.error());
        cb.report(++done, order.size());
    }
    const QString now = IsoTime::format(w.now());
    if (m.changes.toSeq) {
        if (Status st = SyncPeers::noteReceived(
                w.sql(), m.deviceId, *m.changes.toSeq, m.changes.toHlc.toString(), m.bundleId, now);
            !st)
            return st;
    }
    if (Status st = Sql::run(q,
            QStringLiteral("INSERT INTO sync_applied (bundle_id, device_id, officer, created_at, applied_at, "
                           "summary) VALUES (?, ?, ?, ?, ?, ?)"),
            {m.bundleId, m.deviceId, m.officer.name, BundleManifest::formatTime(m.createdAt), now,
                QString::fromUtf8(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Compact))});
        !st)
        return st;
    if (!latest.isNull())
        w.receiveClock(latest.toString());
    w.touched(QStringLiteral("bundle"));
    return w.audit(QStringLiteral("import-bundle"), QStringLiteral("bundle"), m.bundleId, summary.toJson());
}

Result<QStringList> BundleImporter::placeBlobs(
    const ValidatedBundle &bundle, const BundleCallbacks &cb, const std::function<bool(const QString &)> &wanted) const
{
    QStringList placed;
    if (bundle.blobs.isEmpty())
        return placed;
    auto store = EvidenceStore::open(m_db.dataDir());
    if (!store)
        return store.error();
    // Held while temp files exist, so that no other process opening the store removes them.
    auto lease = store.value().leaseTempDir();
    if (!lease)
        return lease.error();
    for (const BundleBlobEntry &b : bundle.blobs) {
        if (store.value().contains(b.sha256) || (wanted && !wanted(b.sha256)))
            continue;
        // A name of its own: two imports of the same bundle at once must not share a temp file.
        const QString tmp = QDir(store.value().tempDir())
                                .filePath(QStringLiteral("sync-%1-%2")
                                        .arg(b.sha256.left(16))
                                        .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
        Status s = BundleReader::extractBlob(bundle, b, tmp, cb);
        if (s)
            s = store.value().placeBlob(tmp, b.sha256);
        if (!s) {
            QFile::remove(tmp);
            removeUnreferencedBlobs(placed);
            return s.error();
        }
        placed << b.sha256;
    }
    return placed;
}

void BundleImporter::removeUnreferencedBlobs(const QStringList &hashes) const
{
    if (hashes.isEmpty())
        return;
    auto store = EvidenceStore::open(m_db.dataDir());
    if (!store)
        return;
    for (const QString &sha : hashes)
        if (!isReferenced(sha))
            QFile::remove(store.value().pathFor(sha));
}

bool BundleImporter::isReferenced(const QString &sha256) const
{
    auto used = Sql::first<int>(m_db.sql(), QStringLiteral("SELECT 1 FROM evidence WHERE sha256 = ? LIMIT 1"), {sha256},
        [](const QSqlQuery &q) { return q.value(0).toInt(); });
    return !used || used.value().has_value(); // when in doubt, keep the file
}

Status BundleImporter::restoreMissingBlobs(
    const ValidatedBundle &bundle, const Actor &actor, ImportSummary &summary, const BundleCallbacks &cb)
{
    // A bundle applied before may have lost files since (an earlier version of this program moved
    // them after the commit; a disk was restored): put back every blob that a record refers to.
    auto placed = placeBlobs(bundle, cb, [this](const QString &sha) { return isReferenced(sha); });
    if (!placed)
        return placed.error();
    summary.blobs = int(placed.value().size());
    if (placed.value().isEmpty())
        return {};
    qCWarning(lcSync) << "restored" << placed.value().size() << "missing evidence files from bundle"
                      << bundle.manifest.bundleId;
    return m_db.write(actor, [&](WriteScope &w) {
        return w.audit(QStringLiteral("restore-bundle-evidence"), QStringLiteral("bundle"), bundle.manifest.bundleId,
            QJsonObject {{QStringLiteral("blobs"), QJsonArray::fromStringList(placed.value())}});
    });
}

} // namespace psv
