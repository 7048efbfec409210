#include "InspectionActions.h"

#include "ActionsLogging.h"
#include "ChecklistRegistry.h"
#include "InspectionRepository.h"
#include "InspectionSealer.h"
#include "ItemResultRepository.h"
#include "SealService.h"

#include <QCoreApplication>

namespace psv {

Result<Inspection> InspectionActions::start(Inspection draft, const Actor &actor)
{
    if (draft.checklistHash.isEmpty() && !draft.checklistId.isEmpty()) {
        bool numeric = false;
        const int version = draft.checklistVersion.toInt(&numeric);
        if (auto list = numeric ? m_checklists.find(draft.checklistId, version) : nullptr)
            draft.checklistHash = list->contentHash();
    }
    auto created = InspectionRepository(m_db).create(draft, actor);
    if (created)
        qCInfo(lcActions) << "started inspection" << created.value().number;
    return created;
}

Result<ItemResult> InspectionActions::recordItem(
    const QString &inspectionId, const ItemChange &change, const Actor &actor)
{
    auto inspection = InspectionRepository(m_db).editable(inspectionId);
    if (!inspection)
        return inspection.error();
    ItemResultRepository items(m_db);
    auto existing = items.find(inspectionId, change.itemKey);
    if (!existing)
        return existing.error();
    ItemResult item = existing.value().value_or(ItemResult {});
    item.inspectionId = inspectionId;
    item.itemKey = change.itemKey;
    if (change.status)
        item.status = *change.status;
    if (change.observation)
        item.observation = *change.observation;
    if (change.observations)
        item.observations = *change.observations;
    if (change.clearEvidence)
        item.evidence.clear();
    item.evidence << change.addEvidence;
    return items.set(item, actor);
}

Result<Inspection> InspectionActions::seal(
    const QString &inspectionId, const Actor &actor, const QString &overrideReason)
{
    auto sealed = InspectionSealer(m_db, m_checklists).seal(inspectionId, actor, overrideReason);
    if (sealed)
        qCInfo(lcActions) << "sealed" << sealed.value().number << sealed.value().sealHash;
    return sealed;
}

Result<Inspection> InspectionActions::correct(const QString &sealedId, const QString &reason, const Actor &actor)
{
    if (reason.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("InspectionActions",
                             "A correction states its reason: say why the sealed record is corrected."),
            QStringLiteral("reason"));
    return SealService(m_db).correct(sealedId, reason.trimmed(), actor);
}

} // namespace psv
