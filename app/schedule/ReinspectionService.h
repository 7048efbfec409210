// Starting and closing re-inspections (规定 Art. 15). start() creates the re-inspection draft of an
// order — same video system and kind as the inspection that issued it, trigger "reinspection" — and
// links it on the order. close() ends the order once that re-inspection is sealed: "corrected", or
// "escalated" when the problems were not corrected. Both are audited; a refusal changes nothing.
#pragma once

#include "Actor.h"
#include "Inspection.h"
#include "Order.h"
#include "Result.h"

#include <QString>

namespace psv {

class Database;

class ReinspectionService
{
public:
    explicit ReinspectionService(Database &db) : m_db(db) { }

    // The new draft re-inspection. Its inspectors are the signed-in officer (when the actor is one)
    // followed by the original inspectors who are still active.
    Result<Inspection> start(const QString &orderId, const Actor &actor);
    // Closes the order: corrected → "corrected", otherwise "escalated". Refused (code 1) while the
    // order has no re-inspection, while that re-inspection is not sealed, or when the order is closed.
    Result<Order> close(const QString &orderId, bool corrected, const Actor &actor);
    // Whether close() would be allowed now (the same refusal, without writing anything).
    Result<Order> closable(const QString &orderId) const;

private:
    Database &m_db;
};

} // namespace psv
