#pragma once

#include "Actor.h"
#include "BundleReader.h"
#include "ImportSummary.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace psv {

class Database;
class WriteScope;

// Applies a sync bundle to the store. The whole bundle is verified first (BundleReader with the
// store's record schemas); then, in ONE write transaction, its records are applied (RecordApplier),
// the peer's acknowledgements and change range are noted (sync_peers) and the bundle id is
// remembered (sync_applied) — so that the same bundle a second time changes nothing and says so.
// Evidence files of a full bundle are extracted into the evidence store's temp directory (holding
// its lease) and moved to their content-addressed place BEFORE the transaction, so that a kill
// never leaves committed records without their files; if the transaction is refused, the blobs it
// placed and nothing refers to are removed again. Importing a bundle that was applied before
// changes no record but puts back any of its blobs the store lacks.
class BundleImporter
{
    Q_DECLARE_TR_FUNCTIONS(BundleImporter)

public:
    explicit BundleImporter(Database &db) : m_db(db) { }

    // Verifies only (BundleRecordRules::verifyFile, the same checks as `psvctl bundle verify`): the
    // summary says what would be applied (records and blobs).
    Result<ValidatedBundle> verify(const QString &path, const BundleCallbacks &callbacks = {}) const;
    Result<ImportSummary> importFile(const QString &path, const Actor &actor, const BundleCallbacks &callbacks = {});
    Result<ImportSummary> apply(
        const ValidatedBundle &bundle, const Actor &actor, const BundleCallbacks &callbacks = {});

    // "now" for the future-bundle check (tests); default the system clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    // Refuses a bundle stamped more than a day ahead of this computer's clock; latest is its newest stamp.
    Status checkStamps(const ValidatedBundle &bundle, HlcTimestamp &latest) const;
    // The transaction's body: records in dependency order, the peer's range, the bundle as applied, audit.
    Status applyRecords(WriteScope &w, const ValidatedBundle &bundle, const HlcTimestamp &latest,
        ImportSummary &summary, const BundleCallbacks &cb);
    // The error for a record the store refuses: input (exit 1, a sentence) when a rule of the store's
    // tables refuses a value, as it was otherwise.
    static Error describeRefusal(const BundleRecord &record, const Error &error);
    // Extracts and places the bundle's blobs the store lacks (and `wanted` accepts); the hashes placed.
    Result<QStringList> placeBlobs(const ValidatedBundle &bundle, const BundleCallbacks &cb,
        const std::function<bool(const QString &)> &wanted = {}) const;
    void removeUnreferencedBlobs(const QStringList &hashes) const;
    bool isReferenced(const QString &sha256) const; // an evidence row names this blob
    Status restoreMissingBlobs(
        const ValidatedBundle &bundle, const Actor &actor, ImportSummary &summary, const BundleCallbacks &cb);

    Database &m_db;
    std::function<QDateTime()> m_clock;
};

} // namespace psv
