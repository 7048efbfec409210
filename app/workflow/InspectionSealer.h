#pragma once

#include "Actor.h"
#include "CompletionCheck.h"
#include "Inspection.h"
#include "Result.h"

#include <QString>

namespace psv {

class ChecklistRegistry;
class Database;

// Seals an inspection after its CompletionCheck: complete → SealService::seal (which sets
// ended_at when it is missing). With missing pieces it is refused unless a written override reason is
// given; the reason and the pieces it overrides are then appended to the inspection's notes (so the
// seal covers them) and written to the audit log ("completion-override") in one transaction, before
// the seal.
class InspectionSealer
{
public:
    InspectionSealer(Database &db, const ChecklistRegistry &checklists) : m_db(db), m_checklists(checklists) { }

    Result<Inspection> seal(const QString &inspectionId, const Actor &actor, const QString &overrideReason = {});

    // The paragraph appended to the notes (translated).
    static QString overrideNote(const QString &reason, const QStringList &missing);

private:
    Status recordOverride(
        const Inspection &inspection, const QString &reason, const CompletionCheck::Report &report, const Actor &actor);

    Database &m_db;
    const ChecklistRegistry &m_checklists;
};

} // namespace psv
