// The human-readable basis of a DeadlineResult: the articles the rule rests on and every day counted,
// e.g. "09-28 (make-up working day) day 1, 09-29 day 2, 09-30 day 3". Translated.
#pragma once

#include "DeadlineCalculator.h"

namespace psv {

class DeadlineBasis
{
public:
    // Fills r.basis and r.notes from the dates and days already computed.
    static void describe(DeadlineResult &r, const WorkCalendar &calendar);
    // "09-28 (make-up working day) day 1, 09-29 day 2, …": the days of a count; dates in another year
    // than `reference` are written in full.
    static QString dayList(const QList<CountedDay> &days, const QDate &reference);
    // "2025-09-30 (Tuesday)"
    static QString dateWithWeekday(const QDate &date);
};

} // namespace psv
