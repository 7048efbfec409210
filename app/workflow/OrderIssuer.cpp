#include "OrderIssuer.h"

#include "Database.h"
#include "InspectionRepository.h"
#include "IsoTime.h"
#include "ItemResultRepository.h"
#include "OrderNumber.h"
#include "OrderRepository.h"
#include "WorkflowLogging.h"
#include "WriteScope.h"

#include <QCoreApplication>

namespace psv {

Result<DeadlineResult> OrderIssuer::schedule(
    const WorkCalendar &calendar, OrderKind kind, const QDate &issuedOn, const CorrectionPeriod &period)
{
    if (!issuedOn.isValid())
        return makeError(QCoreApplication::translate("OrderIssuer", "The order has no issue date; it is required."),
            QStringLiteral("issued_on"));
    const DeadlineCalculator calc(calendar);
    switch (kind) {
    case OrderKind::Correction:
        if (period.kind != CorrectionPeriod::Kind::None)
            return makeError(QCoreApplication::translate("OrderIssuer",
                                 "An order to correct (责令改正) has no correction period, but %1 was given; "
                                 "choose an order to correct within a time limit (责令限期改正) for a period.")
                                 .arg(period.description()),
                QStringLiteral("period"));
        return calc.correction(issuedOn);
    case OrderKind::CorrectionDeadline:
        if (period.kind == CorrectionPeriod::Kind::None)
            return makeError(QCoreApplication::translate("OrderIssuer",
                                 "An order to correct within a time limit (责令限期改正) needs its correction "
                                 "period: a date, a number of days or a number of working days."),
                QStringLiteral("period"));
        return calc.correctionDeadline(issuedOn, period);
    case OrderKind::PenaltyProposal:
    case OrderKind::Referral:
        break;
    }
    return makeError(QCoreApplication::translate("OrderIssuer",
                         "A %1 has no correction deadline or re-inspection date (规定 Art. 15 applies to "
                         "责令改正 and 责令限期改正 only).")
                         .arg(displayName(kind)),
        QStringLiteral("kind"));
}

Status OrderIssuer::checkDraft(const QString &inspectionId, const OrderDraft &draft) const
{
    if (!OrderDraft::isScheduled(draft.kind) && draft.period.kind != CorrectionPeriod::Kind::None)
        return makeError(QCoreApplication::translate("OrderIssuer", "A %1 has no correction period, but %2 was given.")
                             .arg(displayName(draft.kind), draft.period.description()),
            QStringLiteral("period"));
    ItemResultRepository items(m_db);
    for (const QString &key : draft.findings) {
        auto r = items.find(inspectionId, key);
        if (!r)
            return r.error();
        if (!r.value() || r.value()->status != ItemStatus::NonCompliant)
            return makeError(QCoreApplication::translate("OrderIssuer",
                                 "Item %1 is not recorded as non-compliant in this inspection, so the order "
                                 "cannot be based on it.")
                                 .arg(key),
                QStringLiteral("findings"));
    }
    return {};
}

Result<OrderIssuer::Issued> OrderIssuer::issue(const QString &inspectionId, const OrderDraft &draft,
    const QDate &issuedOn, const Actor &actor, const QDate &expectedReinspectionDue)
{
    auto inspection = InspectionRepository(m_db).editable(inspectionId);
    if (!inspection)
        return inspection.error();
    if (Status s = checkDraft(inspectionId, draft); !s)
        return s.error();
    Issued out;
    Order &o = out.order;
    o.inspectionId = inspectionId;
    o.kind = draft.kind;
    o.findings = draft.findings;
    o.facts = draft.facts;
    o.violated = draft.violated;
    o.legalBasis = draft.legalBasis;
    o.requirement = draft.requirement;
    o.issuedOn = issuedOn;
    o.documentNumber = draft.documentNumber;
    if (OrderDraft::isScheduled(draft.kind)) {
        auto sched = schedule(m_calendar, draft.kind, issuedOn, draft.period);
        if (!sched)
            return sched.error();
        out.schedule = sched.value();
        if (sched.value().deadlineExpiry)
            o.deadline = *sched.value().deadlineExpiry;
        o.reinspectionDue = sched.value().reinspectionDue;
        o.dueBasis = sched.value().basisText();
        if (!draft.dueNote.trimmed().isEmpty())
            o.dueBasis += u'\n' + draft.dueNote.trimmed();
        if (expectedReinspectionDue.isValid() && expectedReinspectionDue != o.reinspectionDue)
            return makeError(QCoreApplication::translate("OrderIssuer",
                                 "The re-inspection date given, %1, is not the one the working-day calendar "
                                 "gives: %2 (%3).")
                                 .arg(IsoTime::format(expectedReinspectionDue), IsoTime::format(o.reinspectionDue),
                                     sched.value().basis.join(QStringLiteral(" "))),
                QStringLiteral("reinspection_due"));
    } else if (expectedReinspectionDue.isValid()) {
        return makeError(
            QCoreApplication::translate("OrderIssuer", "A %1 has no re-inspection date.").arg(displayName(draft.kind)),
            QStringLiteral("reinspection_due"));
    }
    auto valid = o.validated();
    if (!valid)
        return valid.error();
    o = valid.value();
    QJsonObject extra {{QStringLiteral("period"), draft.toJson().value(QStringLiteral("period"))}};
    if (out.schedule)
        extra.insert(QStringLiteral("schedule"), out.schedule->toJson());
    const QString number = inspection.value().number;
    const Status s = m_db.write(actor, [&](WriteScope &w) {
        if (o.documentNumber.isEmpty()) {
            auto n = OrderNumber::allocate(w, issuedOn.year());
            if (!n)
                return Status(n.error());
            o.documentNumber = n.value();
        }
        return OrderRepository::insert(w, o, number, extra);
    });
    if (!s)
        return s.error();
    qCInfo(lcWorkflow) << "issued order" << o.id << toCode(o.kind) << o.documentNumber << "due"
                       << IsoTime::format(o.reinspectionDue);
    return out;
}

} // namespace psv
