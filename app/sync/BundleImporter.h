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

// Applies a sync bundle to the store. The whole bundle is verified first (BundleReader with the
// store's record schemas); then, in ONE write transaction, its records are applied (RecordApplier),
// the peer's acknowledgements and change range are noted (sync_peers) and the bundle id is
// remembered (sync_applied) — so that the same bundle a second time changes nothing and says so.
// Evidence files of a full bundle are copied into the evidence store's temp directory before the
// transaction and moved to their content-addressed place after it commits; a refused bundle leaves
// the store and the evidence store as they were.
class BundleImporter
{
    Q_DECLARE_TR_FUNCTIONS(BundleImporter)

public:
    explicit BundleImporter(Database &db) : m_db(db) { }

    // The read options with the store's per-type record validators (unknown types refused).
    static BundleReadOptions readOptions();
    static QHash<QString, RecordValidator> validators();

    // Verifies only: the summary says what would be applied (records and blobs).
    Result<ValidatedBundle> verify(const QString &path, const BundleCallbacks &callbacks = {}) const;
    Result<ImportSummary> importFile(const QString &path, const Actor &actor, const BundleCallbacks &callbacks = {});
    Result<ImportSummary> apply(
        const ValidatedBundle &bundle, const Actor &actor, const BundleCallbacks &callbacks = {});

    // "now" for the future-bundle check (tests); default the system clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    Database &m_db;
    std::function<QDateTime()> m_clock;
};

} // namespace psv
