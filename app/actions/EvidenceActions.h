#pragma once

#include "Actor.h"
#include "Evidence.h"
#include "EvidenceImporter.h"
#include "EvidenceLink.h"
#include "ImportedEvidence.h"
#include "ItemResult.h"
#include "Result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace psv {

class Database;

// Body-camera evidence, for psvctl (evidence import, inspection set-item --evidence) and the app
// (import dialog, capture dialog, camera offer, link and player dialogs) alike.
class EvidenceActions
{
public:
    // Called with the importer before it starts (options, progress connections, a cancel hook) and
    // after it has finished, while it still exists (to drop the cancel hook).
    struct Hooks
    {
        std::function<void(EvidenceImporter &)> before;
        std::function<void(EvidenceImporter &)> after;
    };

    explicit EvidenceActions(Database &db) : m_db(db) { }

    // The catalogue row for a file the importer has put into the store under storeRoot.
    static Evidence catalogueRow(const ImportedEvidence &in, const QString &inspectionId, const QString &storeRoot);

    // Imports files into the evidence store of the database's data directory and catalogues each
    // (its row and audit entry in one transaction per file). Refused before anything is copied when
    // the inspection is unknown or sealed, or the store or file-name patterns cannot be opened; the
    // files' own results are in the summary.
    Result<ImportSummary> importFiles(
        const QString &inspectionId, const QStringList &paths, const Actor &actor, const Hooks &hooks = {});
    // Links evidence (optionally a range of a video) to an item of a draft inspection.
    Result<ItemResult> link(
        const QString &inspectionId, const QString &itemKey, const EvidenceLink &link, const Actor &actor);

private:
    Database &m_db;
};

} // namespace psv
