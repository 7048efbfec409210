#pragma once

#include "Codes.h"

#include <QDate>
#include <QString>

#include <functional>

namespace psv {

// The 备案 (filing) deadline of a video system, derived — never typed — from 条例 Art. 14 ¶1:
// within 30 days of putting the system into use; a system already in use before the Regulation
// took effect (2025-04-01, Art. 34) within 90 days of that date, i.e. by 2025-06-30. The start
// day is not counted (民法典 Art. 201). Systems in other public places (Art. 9) are exempt from
// Art. 14 by Art. 9 ¶2.
class FilingDeadline
{
public:
    enum class Rule {
        Unknown, // no put-into-use date recorded
        ThirtyDays, // Art. 14 ¶1 first sentence
        Transitional, // Art. 14 ¶1 second sentence (in use before 2025-04-01)
        NotRequired, // Art. 9 ¶2
    };

    // rollForward, when given, moves a deadline that falls on a day off to the next working day
    // (民法典 Art. 203); the calendar module supplies it. Without it the date is in calendar days.
    static FilingDeadline compute(
        const QDate &inUseSince, PlaceCategory category, const std::function<QDate(QDate)> &rollForward = {});

    static QDate regulationEffective() { return QDate(2025, 4, 1); }

    Rule rule() const { return m_rule; }
    QDate date() const { return m_date; } // invalid for Unknown and NotRequired
    bool required() const { return m_rule != Rule::NotRequired; }
    bool overdue(const QDate &today, FilingStatus status) const;
    QString ruleCode() const; // "30-days", "transitional", "not-required", "unknown"
    QString basis() const; // translated: the article and how the date follows from it

private:
    Rule m_rule = Rule::Unknown;
    QDate m_date;
    QDate m_unadjusted;
};

} // namespace psv
