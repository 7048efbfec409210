#pragma once

#include "Actor.h"
#include "Codes.h"
#include "OrderDraft.h"
#include "OrderIssuer.h"
#include "Result.h"
#include "WorkCalendar.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace psv {

class ChecklistRegistry;
class Database;

// Issuing and closing orders (处理), for psvctl (order add|set-status) and the outcome dialog alike.
// An order to correct (责令改正 / 责令限期改正) prints as a notice that states the facts found, the
// provision violated, the legal basis and what is to be corrected (规定 Art. 14): issue() refuses an
// order lacking any of them, naming what is missing. Both front ends start from the OrderProposer's
// proposal for the non-compliant item: the outcome dialog shows it for the officer to change, psvctl
// order add takes what its options leave empty from it (withProposal()).
class OrderActions
{
public:
    OrderActions(Database &db, const ChecklistRegistry &checklists, WorkCalendar calendar);

    // The draft with its empty notice fields taken from the proposal for the first of its findings
    // that has one (a non-compliant item). The kind and the period stay as given: a 责令限期改正
    // without a period is refused when issued.
    Result<OrderDraft> withProposal(const QString &inspectionId, OrderDraft draft) const;
    // The notice fields still empty, as translated names ("the provision violated", …); empty when
    // the draft is complete or its kind prints no notice.
    static QStringList missingContent(const OrderDraft &draft);

    // Refused when missingContent() is not empty, else OrderIssuer::issue (dates on the working-day
    // calendar, document number, one audited write).
    Result<OrderIssuer::Issued> issue(const QString &inspectionId, const OrderDraft &draft, const QDate &issuedOn,
        const Actor &actor, const QDate &expectedReinspectionDue = {});
    // An order's status (also after sealing), optionally naming its re-inspection.
    Result<Order> setStatus(
        const QString &orderId, OrderStatus status, const Actor &actor, const QString &reinspectionId = {});

private:
    Database &m_db;
    const ChecklistRegistry &m_checklists;
    WorkCalendar m_calendar;
};

} // namespace psv
