#include "FilingDeadline.h"

#include <QCoreApplication>

namespace psv {

FilingDeadline FilingDeadline::compute(
    const QDate &inUseSince, PlaceCategory category, const std::function<QDate(QDate)> &rollForward)
{
    FilingDeadline d;
    if (category == PlaceCategory::Art9) {
        d.m_rule = Rule::NotRequired;
        return d;
    }
    if (!inUseSince.isValid())
        return d;
    if (inUseSince < regulationEffective()) {
        d.m_rule = Rule::Transitional;
        d.m_unadjusted = regulationEffective().addDays(90); // 2025-06-30
    } else {
        d.m_rule = Rule::ThirtyDays;
        d.m_unadjusted = inUseSince.addDays(30);
    }
    d.m_date = rollForward ? rollForward(d.m_unadjusted) : d.m_unadjusted;
    return d;
}

bool FilingDeadline::overdue(const QDate &today, FilingStatus status) const
{
    return status == FilingStatus::NotFiled && m_date.isValid() && today > m_date;
}

QString FilingDeadline::ruleCode() const
{
    switch (m_rule) {
    case Rule::Unknown:
        return QStringLiteral("unknown");
    case Rule::ThirtyDays:
        return QStringLiteral("30-days");
    case Rule::Transitional:
        return QStringLiteral("transitional");
    case Rule::NotRequired:
        return QStringLiteral("not-required");
    }
    return {};
}

QString FilingDeadline::basis() const
{
    QString text;
    switch (m_rule) {
    case Rule::Unknown:
        return QCoreApplication::translate("FilingDeadline",
            "No put-into-use date is recorded, so the filing deadline of Regulation "
            "Art. 14 para. 1 cannot be derived.");
    case Rule::NotRequired:
        return QCoreApplication::translate("FilingDeadline",
            "Filing is not mandatory: Regulation Art. 9 para. 2 exempts systems in other "
            "public places from Art. 14.");
    case Rule::ThirtyDays:
        text = QCoreApplication::translate("FilingDeadline",
            "Regulation Art. 14 para. 1: within 30 days from the day the system was put "
            "into use (%1), the start day not counted.")
                   .arg(m_unadjusted.addDays(-30).toString(Qt::ISODate));
        break;
    case Rule::Transitional:
        text = QCoreApplication::translate("FilingDeadline",
            "Regulation Art. 14 para. 1: a system in use before the Regulation took "
            "effect on 2025-04-01 (Art. 34) is filed within 90 days of that date.");
        break;
    }
    if (m_date != m_unadjusted)
        text += u' '
            + QCoreApplication::translate("FilingDeadline",
                "The last day, %1, is not a working day, so the deadline moves to the next "
                "working day.")
                  .arg(m_unadjusted.toString(Qt::ISODate));
    return text;
}

} // namespace psv
