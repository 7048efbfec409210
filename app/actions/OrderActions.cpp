#include "OrderActions.h"

#include "ActionsLogging.h"
#include "InspectionRepository.h"
#include "OrderProposer.h"
#include "OrderRepository.h"

#include <QCoreApplication>

#include <utility>

namespace psv {

namespace {
void fillEmpty(QString &field, const QString &proposed)
{
    if (field.trimmed().isEmpty())
        field = proposed;
}
} // namespace

OrderActions::OrderActions(Database &db, const ChecklistRegistry &checklists, WorkCalendar calendar)
    : m_db(db), m_checklists(checklists), m_calendar(std::move(calendar))
{
}

Result<OrderDraft> OrderActions::withProposal(const QString &inspectionId, OrderDraft draft) const
{
    if (missingContent(draft).isEmpty())
        return draft;
    auto proposals = OrderProposer(m_db, m_checklists).propose(inspectionId);
    if (!proposals)
        return proposals.error();
    for (const QString &finding : std::as_const(draft.findings))
        for (const OrderProposer::Proposal &p : std::as_const(proposals.value())) {
            if (p.itemKey != finding)
                continue;
            fillEmpty(draft.facts, p.draft.facts);
            fillEmpty(draft.violated, p.draft.violated);
            fillEmpty(draft.legalBasis, p.draft.legalBasis);
            fillEmpty(draft.requirement, p.draft.requirement);
            return draft;
        }
    return draft;
}

QStringList OrderActions::missingContent(const OrderDraft &draft)
{
    if (!OrderDraft::isScheduled(draft.kind))
        return {};
    QStringList missing;
    if (draft.facts.trimmed().isEmpty())
        missing << QCoreApplication::translate("OrderActions", "the facts found");
    if (draft.violated.trimmed().isEmpty())
        missing << QCoreApplication::translate("OrderActions", "the provision violated");
    if (draft.legalBasis.trimmed().isEmpty())
        missing << QCoreApplication::translate("OrderActions", "the legal basis");
    if (draft.requirement.trimmed().isEmpty())
        missing << QCoreApplication::translate("OrderActions", "what is to be corrected");
    return missing;
}

Result<OrderIssuer::Issued> OrderActions::issue(const QString &inspectionId, const OrderDraft &draft,
    const QDate &issuedOn, const Actor &actor, const QDate &expectedReinspectionDue)
{
    // A sealed inspection takes no order: say so before anything about the draft.
    if (auto editable = InspectionRepository(m_db).editable(inspectionId); !editable)
        return editable.error();
    const OrderDraft &d = draft;
    if (const QStringList missing = missingContent(d); !missing.isEmpty()) {
        const QString where = d.facts.trimmed().isEmpty() ? QStringLiteral("facts")
            : d.violated.trimmed().isEmpty()              ? QStringLiteral("violated")
            : d.legalBasis.trimmed().isEmpty()            ? QStringLiteral("legal_basis")
                                                          : QStringLiteral("requirement");
        return makeError(QCoreApplication::translate("OrderActions",
                             "The %1 cannot be issued: its notice would not state %2. State them, or base "
                             "the order on a non-compliant item of the inspection, whose checklist entry "
                             "proposes them.")
                             .arg(displayName(d.kind), missing.join(QCoreApplication::translate("OrderActions", ", "))),
            where);
    }
    auto issued = OrderIssuer(m_db, m_calendar).issue(inspectionId, d, issuedOn, actor, expectedReinspectionDue);
    if (issued)
        qCInfo(lcActions) << "issued order" << issued.value().order.id;
    return issued;
}

Result<Order> OrderActions::setStatus(
    const QString &orderId, OrderStatus status, const Actor &actor, const QString &reinspectionId)
{
    return OrderRepository(m_db).setStatus(orderId, status, actor, reinspectionId);
}

} // namespace psv
