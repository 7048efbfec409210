#pragma once

#include "BundleReader.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>

namespace psv {

// What this store accepts from a sync bundle, beyond the format (BundleReader): each record's
// columns and types as the store's tables have them, meanings a table cannot check (a sealed
// inspection has a seal, a draft has none; coordinates on the Earth), and rules over the whole
// bundle (every evidence file it carries is named by one of its records; a full bundle carries
// every file its records name). `psvctl bundle verify`, the Sync page and the import all run these
// same checks, so verify never calls valid what import refuses.
class BundleRecordRules
{
    Q_DECLARE_TR_FUNCTIONS(BundleRecordRules)

public:
    // The read options with the per-type record validators (unknown types refused).
    static BundleReadOptions readOptions();
    static QHash<QString, RecordValidator> validators();
    // Rules over the whole, read bundle.
    static Status checkWhole(const ValidatedBundle &bundle);
    // Reads and checks a bundle file completely; changes nothing. clock: "now" (default the system clock).
    static Result<ValidatedBundle> verifyFile(
        const QString &path, const BundleCallbacks &callbacks = {}, const std::function<QDateTime()> &clock = {});
};

} // namespace psv
