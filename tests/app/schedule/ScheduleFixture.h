// A store with a sealed inspection and its orders, the due dates computed by the real
// DeadlineCalculator on the official calendar, for the schedule's tests.
#pragma once

#include "DeadlineCalculator.h"
#include "OrderRepository.h"
#include "SealService.h"
#include "StoreFixture.h"

struct ScheduleFixture : StoreFixture
{
    psv::Inspection origin;

    bool openWithInspection()
    {
        if (!open())
            return false;
        origin = newInspection();
        return !origin.id.isEmpty();
    }

    // An order on the (still unsealed) origin inspection, with the deadline and due date computed.
    psv::Order addOrder(const QDate &issued, const psv::CorrectionPeriod &period = {})
    {
        const psv::DeadlineCalculator calc {psv::WorkCalendar()};
        const bool withPeriod = period.kind != psv::CorrectionPeriod::Kind::None;
        auto due = withPeriod ? calc.correctionDeadline(issued, period) : calc.correction(issued);
        if (!due) {
            qWarning() << due.error().text();
            return {};
        }
        psv::Order o;
        o.inspectionId = origin.id;
        o.kind = withPeriod ? psv::OrderKind::CorrectionDeadline : psv::OrderKind::Correction;
        o.findings = {QStringLiteral("4")};
        o.legalBasis = QStringLiteral("《条例》第二十九条");
        o.issuedOn = issued;
        if (due.value().deadlineExpiry)
            o.deadline = *due.value().deadlineExpiry;
        o.reinspectionDue = due.value().reinspectionDue;
        o.dueBasis = due.value().basisText();
        auto r = psv::OrderRepository(*db).add(o, actor);
        if (!r)
            qWarning() << r.error().text();
        return r ? r.value() : psv::Order {};
    }

    bool sealOrigin()
    {
        auto r = psv::SealService(*db).seal(origin.id, actor);
        if (!r)
            qWarning() << r.error().text();
        return r.ok();
    }
};
