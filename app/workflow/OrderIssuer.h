#pragma once

#include "Actor.h"
#include "DeadlineCalculator.h"
#include "Order.h"
#include "OrderDraft.h"
#include "Result.h"
#include "WorkCalendar.h"

#include <QDate>
#include <QString>

#include <optional>
#include <utility>

namespace psv {

class Database;

// Issues an order (规定 Art. 14) of an inspection that is not sealed: checks the draft, computes the
// correction deadline and the re-inspection due date (规定 Art. 15) with DeadlineCalculator on the
// device's working-day calendar, stores the basis text in due_basis, allocates the document number
// (OrderNumber, when the draft has none) and stores the order with its audit entry — all in one
// write transaction. A refused draft changes nothing. Front ends issue through OrderActions::issue,
// which first refuses an order to correct whose notice would lack its facts, provision violated,
// legal basis or requirement.
class OrderIssuer
{
public:
    struct Issued
    {
        Order order;
        std::optional<DeadlineResult> schedule; // for 责令改正 / 责令限期改正
    };

    OrderIssuer(Database &db, WorkCalendar calendar) : m_db(db), m_calendar(std::move(calendar)) { }

    // The dates an order of this kind and period issued on `issuedOn` gets (what issue() stores);
    // an error for a kind without a re-inspection date or a period that does not fit the kind.
    static Result<DeadlineResult> schedule(
        const WorkCalendar &calendar, OrderKind kind, const QDate &issuedOn, const CorrectionPeriod &period);

    // expectedReinspectionDue, when valid, must be the computed due date (psvctl --reinspection-due).
    Result<Issued> issue(const QString &inspectionId, const OrderDraft &draft, const QDate &issuedOn,
        const Actor &actor, const QDate &expectedReinspectionDue = {});

private:
    Status checkDraft(const QString &inspectionId, const OrderDraft &draft) const;

    Database &m_db;
    WorkCalendar m_calendar;
};

} // namespace psv
