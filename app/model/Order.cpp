#include "Order.h"

#include "IsoTime.h"
#include "ItemResult.h"
#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace psv {

Result<Order> Order::validated() const
{
    Order o = *this;
    o.facts = facts.trimmed();
    o.violated = violated.trimmed();
    o.legalBasis = legalBasis.trimmed();
    o.requirement = requirement.trimmed();
    o.documentNumber = documentNumber.trimmed();
    if (o.inspectionId.isEmpty())
        return makeError(
            QCoreApplication::translate("Order", "The order names no inspection."), QStringLiteral("inspection_id"));
    if (!o.issuedOn.isValid())
        return makeError(QCoreApplication::translate("Order", "The order has no issue date; it is required."),
            QStringLiteral("issued_on"));
    for (const QString &f : std::as_const(o.findings))
        if (!ItemResult::isValidItemKey(f))
            return makeError(QCoreApplication::translate("Order", "'%1' is not a checklist item reference.").arg(f),
                QStringLiteral("findings"));
    if (o.kind == OrderKind::CorrectionDeadline && !o.deadline.isValid())
        return makeError(
            QCoreApplication::translate("Order", "An order to correct within a time limit needs the deadline."),
            QStringLiteral("deadline"));
    if (o.deadline.isValid() && o.deadline < o.issuedOn)
        return makeError(QCoreApplication::translate("Order", "The deadline %1 is before the issue date %2.")
                             .arg(IsoTime::format(o.deadline), IsoTime::format(o.issuedOn)),
            QStringLiteral("deadline"));
    if (o.reinspectionDue.isValid() && o.reinspectionDue <= o.issuedOn)
        return makeError(
            QCoreApplication::translate("Order", "The re-inspection date %1 is not after the issue date %2.")
                .arg(IsoTime::format(o.reinspectionDue), IsoTime::format(o.issuedOn)),
            QStringLiteral("reinspection_due"));
    return o;
}

QJsonObject Order::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("inspection_id"), inspectionId},
        {QStringLiteral("kind"), toCode(kind)},
        {QStringLiteral("findings"), QJsonArray::fromStringList(findings)},
        {QStringLiteral("facts"), facts},
        {QStringLiteral("violated"), violated},
        {QStringLiteral("legal_basis"), legalBasis},
        {QStringLiteral("requirement"), requirement},
        {QStringLiteral("issued_on"), IsoTime::json(issuedOn)},
        {QStringLiteral("deadline"), IsoTime::json(deadline)},
        {QStringLiteral("reinspection_due"), IsoTime::json(reinspectionDue)},
        {QStringLiteral("due_basis"), dueBasis},
        {QStringLiteral("document_number"), documentNumber},
        {QStringLiteral("status"), toCode(status)},
        {QStringLiteral("reinspection_id"), reinspectionId},
        {QStringLiteral("created_at"), IsoTime::json(createdAt)},
        {QStringLiteral("updated_at"), IsoTime::json(updatedAt)},
        {QStringLiteral("hlc"), hlc},
    };
}

QJsonObject Order::sealContent() const
{
    QJsonObject o = toJson();
    for (const char *k : {"status", "reinspection_id", "created_at", "updated_at", "hlc"})
        o.remove(QLatin1String(k));
    // Orders issued before the provision violated was stored (schema 3) have none; leaving the key
    // out when empty keeps the seals made then verifiable.
    if (violated.isEmpty())
        o.remove(QStringLiteral("violated"));
    return o;
}

Result<Order> Order::fromJson(const QJsonObject &json)
{
    JsonReader r(json, QStringLiteral("order"));
    Order o;
    o.id = r.string(QStringLiteral("id"));
    o.inspectionId = r.string(QStringLiteral("inspection_id"), true);
    o.kind = r.code<OrderKind>(QStringLiteral("kind"), OrderKind::Correction);
    o.findings = r.stringList(QStringLiteral("findings"));
    o.facts = r.string(QStringLiteral("facts"));
    o.violated = r.string(QStringLiteral("violated"));
    o.legalBasis = r.string(QStringLiteral("legal_basis"));
    o.requirement = r.string(QStringLiteral("requirement"));
    o.issuedOn = r.date(QStringLiteral("issued_on"), true);
    o.deadline = r.date(QStringLiteral("deadline"));
    o.reinspectionDue = r.date(QStringLiteral("reinspection_due"));
    o.dueBasis = r.string(QStringLiteral("due_basis"));
    o.documentNumber = r.string(QStringLiteral("document_number"));
    o.status = r.code<OrderStatus>(QStringLiteral("status"), OrderStatus::Open, false);
    o.reinspectionId = r.string(QStringLiteral("reinspection_id"));
    o.createdAt = r.time(QStringLiteral("created_at"));
    o.updatedAt = r.time(QStringLiteral("updated_at"));
    o.hlc = r.string(QStringLiteral("hlc"));
    if (!r.ok())
        return r.error();
    return o;
}

} // namespace psv
