#pragma once

#include "Codes.h"
#include "DeadlineCalculator.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace psv {

// An order as the officer confirms it before it is issued: what OrderProposer suggests and
// OrderIssuer stores. The dates are not part of it: they are computed from the period when issued.
struct OrderDraft
{
    OrderKind kind = OrderKind::Correction;
    QStringList findings; // item keys of the non-compliant items the order covers
    QString facts; // the facts found (from the observations)
    QString violated; // the provision violated, e.g. "《条例》第十四条第一款"
    QString legalBasis; // the provision the order rests on, e.g. "《条例》第二十九条"
    QString requirement; // what is to be corrected
    CorrectionPeriod period; // 责令限期改正 only: a date, N calendar days or N working days
    QString documentNumber; // empty: allocated when issued
    QString dueNote; // appended to the computed basis of the dates (e.g. psvctl --due-basis)

    // True for the kinds whose re-inspection is due by 规定 Art. 15 (责令改正, 责令限期改正).
    static bool isScheduled(OrderKind kind);
    QJsonObject toJson() const;
};

} // namespace psv
