#pragma once

#include "Actor.h"
#include "EvidenceLink.h"
#include "Inspection.h"
#include "ItemResult.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace psv {

class ChecklistRegistry;
class Database;

// The inspection's user actions, for psvctl (inspection new|set-item|seal|correct) and the app (new
// inspection wizard, walkthrough, completion dialog) alike.
class InspectionActions
{
public:
    // What a save of one item changes; what is not given keeps its stored value.
    struct ItemChange
    {
        QString itemKey;
        std::optional<ItemStatus> status;
        std::optional<QString> observation;
        std::optional<QJsonObject> observations;
        bool clearEvidence = false; // drop the item's evidence links before adding `addEvidence`
        QList<EvidenceLink> addEvidence;
    };

    InspectionActions(Database &db, const ChecklistRegistry &checklists) : m_db(db), m_checklists(checklists) { }

    // A new draft: validated (two inspectors, a report's reference, …) and numbered in one audited
    // write. When the draft names an installed checklist without its content hash, the hash of the
    // installed version is recorded, as the wizard does.
    Result<Inspection> start(Inspection draft, const Actor &actor);
    // One item's result, merged with what is stored (links added meanwhile are kept).
    Result<ItemResult> recordItem(const QString &inspectionId, const ItemChange &change, const Actor &actor);
    // Seals after the CompletionCheck (InspectionSealer): an incomplete inspection only with a written
    // reason, recorded in its notes and the audit log in the seal's transaction.
    Result<Inspection> seal(const QString &inspectionId, const Actor &actor, const QString &overrideReason = {});
    // A corrected version of a sealed inspection; the reason is required.
    Result<Inspection> correct(const QString &sealedId, const QString &reason, const Actor &actor);

private:
    Database &m_db;
    const ChecklistRegistry &m_checklists;
};

} // namespace psv
