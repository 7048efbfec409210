#include "ReinspectionService.h"

#include "Database.h"
#include "InspectionRepository.h"
#include "OfficerRepository.h"
#include "OrderRepository.h"
#include "WriteScope.h"

#include <QCoreApplication>

namespace psv {

namespace {
bool isClosed(const Order &o)
{
    return o.status == OrderStatus::Corrected || o.status == OrderStatus::Escalated;
}
} // namespace

Result<Inspection> ReinspectionService::start(const QString &orderId, const Actor &actor)
{
    OrderRepository orders(m_db);
    InspectionRepository inspections(m_db);
    auto order = orders.get(orderId);
    if (!order)
        return order.error();
    const Order &o = order.value();
    if (isClosed(o))
        return makeError(QCoreApplication::translate(
                             "ReinspectionService", "The order is already closed (%1); it needs no re-inspection.")
                             .arg(displayName(o.status)),
            QStringLiteral("order"));
    if (!o.reinspectionId.isEmpty()) {
        auto existing = inspections.get(o.reinspectionId);
        return makeError(QCoreApplication::translate("ReinspectionService",
                             "A re-inspection of this order was already started (%1); continue that one.")
                             .arg(existing ? existing.value().number : o.reinspectionId),
            QStringLiteral("order"));
    }
    if (!o.reinspectionDue.isValid())
        return makeError(QCoreApplication::translate("ReinspectionService",
                             "This order (%1) has no re-inspection date; only 责令改正 and 责令限期改正 orders "
                             "are re-inspected (Rules Art. 15).")
                             .arg(displayName(o.kind)),
            QStringLiteral("order"));
    auto origin = inspections.get(o.inspectionId);
    if (!origin)
        return origin.error();
    const Inspection &from = origin.value();

    Inspection re;
    re.siteId = from.siteId;
    re.kind = from.kind;
    re.trigger = InspectionTrigger::Reinspection;
    re.reinspectionOfOrderId = o.id;
    re.checklistId = from.checklistId;
    re.checklistVersion = from.checklistVersion;
    re.checklistHash = from.checklistHash;
    re.bodyCameras = from.bodyCameras;
    OfficerRepository officers(m_db);
    QStringList candidates;
    if (actor.isOfficer())
        candidates << actor.officerId;
    candidates << from.inspectorIds;
    for (const QString &id : std::as_const(candidates)) {
        if (re.inspectorIds.contains(id))
            continue;
        if (auto officer = officers.get(id); officer && officer.value().active)
            re.inspectorIds << id;
    }
    // The draft and the order's link to it in one transaction: both or neither.
    Order linked = o;
    auto created = inspections.create(re, actor, [&linked](WriteScope &w, const Inspection &i) {
        return OrderRepository::writeStatus(w, linked, linked.status, i.id);
    });
    if (!created)
        return created.error();
    return created;
}

Result<Order> ReinspectionService::close(const QString &orderId, bool corrected, const Actor &actor)
{
    auto order = closable(orderId);
    if (!order)
        return order.error();
    return OrderRepository(m_db).setStatus(
        orderId, corrected ? OrderStatus::Corrected : OrderStatus::Escalated, actor, order.value().reinspectionId);
}

Result<Order> ReinspectionService::closable(const QString &orderId) const
{
    OrderRepository orders(m_db);
    auto order = orders.get(orderId);
    if (!order)
        return order.error();
    const Order &o = order.value();
    if (isClosed(o))
        return makeError(QCoreApplication::translate(
                             "ReinspectionService", "The order is already closed as %1; it cannot be closed again.")
                             .arg(displayName(o.status)),
            QStringLiteral("order"));
    if (o.reinspectionId.isEmpty())
        return makeError(QCoreApplication::translate("ReinspectionService",
                             "The order cannot be closed yet: no re-inspection has been started. Start the "
                             "re-inspection (Rules Art. 15), complete and seal it, then close the order."),
            QStringLiteral("reinspection"));
    auto re = InspectionRepository(m_db).get(o.reinspectionId);
    if (!re)
        return re.error();
    if (!re.value().isSealed())
        return makeError(QCoreApplication::translate("ReinspectionService",
                             "The order cannot be closed yet: its re-inspection %1 is not sealed (status: %2). "
                             "Seal the re-inspection record first; the order is closed on its findings.")
                             .arg(re.value().number, displayName(re.value().status)),
            QStringLiteral("reinspection"));
    return o;
}

} // namespace psv
