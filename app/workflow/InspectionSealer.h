#pragma once

#include "Actor.h"
#include "CompletionCheck.h"
#include "Inspection.h"
#include "Result.h"

#include <QString>

namespace psv {

class ChecklistRegistry;
class Database;
class WriteScope;

// Seals an inspection after its CompletionCheck: complete → SealService::seal (which sets
// ended_at when it is missing). With missing pieces it is refused unless a written override reason is
// given; the reason and the pieces it overrides are then appended to the inspection's notes (so the
// seal covers them) and written to the audit log ("completion-override") in the seal's own
// transaction: the note, its audit entry and the seal are committed together or not at all.
// psvctl (inspection seal --override-reason) and the completion dialog both seal through
// InspectionActions::seal, which is this.
class InspectionSealer
{
public:
    InspectionSealer(Database &db, const ChecklistRegistry &checklists) : m_db(db), m_checklists(checklists) { }

    Result<Inspection> seal(const QString &inspectionId, const Actor &actor, const QString &overrideReason = {});

    // The paragraph appended to the notes (translated).
    static QString overrideNote(const QString &reason, const QStringList &missing);

private:
    static Status recordOverride(
        WriteScope &w, Inspection &inspection, const QString &reason, const CompletionCheck::Report &report);

    Database &m_db;
    const ChecklistRegistry &m_checklists;
};

} // namespace psv
