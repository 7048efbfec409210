#include "DeadlineCalculator.h"

#include "DeadlineBasis.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace psv {

namespace {

constexpr int kMaxWalk = 3700; // a count that walks further has met a calendar without working days

QJsonArray daysToJson(const QList<CountedDay> &days)
{
    QJsonArray a;
    for (const CountedDay &c : days) {
        QJsonObject o {{QStringLiteral("date"), c.day.date.toString(Qt::ISODate)},
            {QStringLiteral("kind"), c.day.kindCode()}, {QStringLiteral("working"), c.day.working},
            {QStringLiteral("provisional"), c.day.provisional}};
        if (c.ordinal > 0)
            o.insert(QStringLiteral("ordinal"), c.ordinal);
        if (!c.day.name.isEmpty())
            o.insert(QStringLiteral("name"), c.day.name);
        a.append(o);
    }
    return a;
}

Error noWorkingDay(const QDate &after)
{
    return makeError(QCoreApplication::translate("DeadlineCalculator",
                         "No working day was found within %1 days after %2; expected the "
                         "installed calendars to leave working days.")
                         .arg(kMaxWalk)
                         .arg(after.toString(Qt::ISODate)),
        {}, 3);
}

} // namespace

QString CorrectionPeriod::kindCode() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::UntilDate:
        return QStringLiteral("date");
    case Kind::CalendarDays:
        return QStringLiteral("calendar-days");
    case Kind::WorkingDays:
        return QStringLiteral("working-days");
    }
    return {};
}

QString CorrectionPeriod::description() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::UntilDate:
        return QCoreApplication::translate("DeadlineCalculator", "until %1").arg(date.toString(Qt::ISODate));
    case Kind::CalendarDays:
        return QCoreApplication::translate("DeadlineCalculator", "within %1 days").arg(days);
    case Kind::WorkingDays:
        return QCoreApplication::translate("DeadlineCalculator", "within %1 working days").arg(days);
    }
    return {};
}

QString DeadlineResult::basisText() const
{
    return (basis + notes).join(u'\n');
}

QJsonObject DeadlineResult::toJson() const
{
    QJsonObject periodJson {{QStringLiteral("type"), period.kindCode()}};
    if (period.kind == CorrectionPeriod::Kind::UntilDate)
        periodJson.insert(QStringLiteral("date"), period.date.toString(Qt::ISODate));
    else if (period.kind != CorrectionPeriod::Kind::None)
        periodJson.insert(QStringLiteral("days"), period.days);
    QJsonArray years;
    for (int y : provisionalYears)
        years.append(y);
    return QJsonObject {
        {QStringLiteral("order_kind"), orderKind},
        {QStringLiteral("order_date"), orderDate.toString(Qt::ISODate)},
        {QStringLiteral("period"), periodJson},
        {QStringLiteral("deadline_nominal"),
            nominalEnd.isValid() ? QJsonValue(nominalEnd.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("deadline_expiry"),
            deadlineExpiry ? QJsonValue(deadlineExpiry->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("reinspection_due"), reinspectionDue.toString(Qt::ISODate)},
        {QStringLiteral("reinspection_working_days"), DeadlineCalculator::kReinspectionWorkingDays},
        {QStringLiteral("provisional"), provisional},
        {QStringLiteral("provisional_years"), years},
        {QStringLiteral("make_up_days_are_workdays"), makeUpRule == MakeUpDayRule::Workday},
        {QStringLiteral("basis"), QJsonArray::fromStringList(basis)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
        {QStringLiteral("period_days"), daysToJson(periodDays)},
        {QStringLiteral("reinspection_days"), daysToJson(reinspectionDays)},
    };
}

DeadlineCalculator::DeadlineCalculator(WorkCalendar calendar) : m_calendar(std::move(calendar)) { }

bool DeadlineCalculator::countWorkingDays(const QDate &after, int n, QList<CountedDay> &days) const
{
    QDate d = after;
    for (int counted = 0; counted < n;) {
        if (days.size() > kMaxWalk)
            return false;
        d = d.addDays(1);
        const DayInfo info = m_calendar.day(d);
        days.append({info, info.working ? ++counted : 0});
    }
    return true;
}

bool DeadlineCalculator::moveToWorkingDay(const QDate &date, QList<CountedDay> &days) const
{
    for (QDate d = date;; d = d.addDays(1)) {
        if (days.size() > kMaxWalk)
            return false;
        const DayInfo info = m_calendar.day(d);
        days.append({info, 0});
        if (info.working)
            return true;
    }
}

Result<DeadlineResult> DeadlineCalculator::correction(const QDate &orderDate) const
{
    if (!orderDate.isValid())
        return makeError(QCoreApplication::translate("DeadlineCalculator",
                             "The order date is missing or not a valid date; expected "
                             "YYYY-MM-DD."),
            QStringLiteral("order_date"));
    DeadlineResult r;
    r.orderKind = QStringLiteral("correction");
    r.orderDate = orderDate;
    if (!countWorkingDays(orderDate, kReinspectionWorkingDays, r.reinspectionDays))
        return noWorkingDay(orderDate);
    r.reinspectionDue = r.reinspectionDays.last().day.date;
    finish(r);
    return r;
}

Result<DeadlineResult> DeadlineCalculator::correctionDeadline(
    const QDate &orderDate, const CorrectionPeriod &period) const
{
    auto refuse = [](const QString &message, const char *where) {
        return makeError(message, QString::fromLatin1(where));
    };
    if (!orderDate.isValid())
        return refuse(QCoreApplication::translate("DeadlineCalculator",
                          "The order date is missing or not a valid date; expected "
                          "YYYY-MM-DD."),
            "order_date");
    DeadlineResult r;
    r.orderKind = QStringLiteral("correction-deadline");
    r.orderDate = orderDate;
    r.period = period;
    switch (period.kind) {
    case CorrectionPeriod::Kind::None:
        return refuse(QCoreApplication::translate("DeadlineCalculator",
                          "A 责令限期改正 order needs its correction period; expected a "
                          "date, a number of days or a number of working days."),
            "period");
    case CorrectionPeriod::Kind::UntilDate:
        if (!period.date.isValid() || period.date <= orderDate)
            return refuse(
                QCoreApplication::translate("DeadlineCalculator",
                    "The end of the correction period (%1) is not after the "
                    "order date %2; expected a later date.")
                    .arg(period.date.isValid() ? period.date.toString(Qt::ISODate)
                                               : QCoreApplication::translate("DeadlineCalculator", "invalid date"),
                        orderDate.toString(Qt::ISODate)),
                "period");
        if (orderDate.daysTo(period.date) > kMaxPeriodDays)
            return refuse(QCoreApplication::translate("DeadlineCalculator",
                              "The end of the correction period (%1) is more than %2 days "
                              "after the order date; expected at most %2 days.")
                              .arg(period.date.toString(Qt::ISODate))
                              .arg(kMaxPeriodDays),
                "period");
        r.nominalEnd = period.date;
        break;
    case CorrectionPeriod::Kind::CalendarDays:
    case CorrectionPeriod::Kind::WorkingDays:
        if (period.days < 1 || period.days > kMaxPeriodDays)
            return refuse(QCoreApplication::translate("DeadlineCalculator",
                              "A correction period of %1 days is outside the range "
                              "1–%2; expected a number of days in that range.")
                              .arg(period.days)
                              .arg(kMaxPeriodDays),
                "period");
        if (period.kind == CorrectionPeriod::Kind::CalendarDays)
            r.nominalEnd = orderDate.addDays(period.days);
        break;
    }
    if (r.nominalEnd.isValid()) {
        if (!moveToWorkingDay(r.nominalEnd, r.periodDays))
            return noWorkingDay(r.nominalEnd);
    } else if (!countWorkingDays(orderDate, period.days, r.periodDays)) {
        return noWorkingDay(orderDate);
    }
    r.deadlineExpiry = r.periodDays.last().day.date;
    if (!countWorkingDays(*r.deadlineExpiry, kReinspectionWorkingDays, r.reinspectionDays))
        return noWorkingDay(*r.deadlineExpiry);
    r.reinspectionDue = r.reinspectionDays.last().day.date;
    finish(r);
    return r;
}

Result<DeadlineResult> DeadlineCalculator::compute(
    const QString &orderKind, const QDate &orderDate, const CorrectionPeriod &period) const
{
    if (orderKind == QLatin1String("correction")) {
        if (period.kind != CorrectionPeriod::Kind::None)
            return makeError(QCoreApplication::translate("DeadlineCalculator",
                                 "A 责令改正 order has no correction period; expected no "
                                 "period, or the order kind 'correction-deadline' "
                                 "(责令限期改正)."),
                QStringLiteral("period"));
        return correction(orderDate);
    }
    if (orderKind == QLatin1String("correction-deadline"))
        return correctionDeadline(orderDate, period);
    return makeError(QCoreApplication::translate("DeadlineCalculator",
                         "'%1' is not an order kind with a re-inspection date; expected "
                         "'correction' (责令改正) or 'correction-deadline' (责令限期改正), "
                         "the orders 规定 Art. 15 sets a re-inspection for.")
                         .arg(orderKind),
        QStringLiteral("order_kind"));
}

void DeadlineCalculator::finish(DeadlineResult &r) const
{
    r.makeUpRule = m_calendar.makeUpRule();
    for (const QList<CountedDay> *list : {&r.periodDays, &r.reinspectionDays})
        for (const CountedDay &c : *list)
            if (c.day.provisional && !r.provisionalYears.contains(c.day.date.year()))
                r.provisionalYears.append(c.day.date.year());
    std::sort(r.provisionalYears.begin(), r.provisionalYears.end());
    r.provisional = !r.provisionalYears.isEmpty();
    DeadlineBasis::describe(r, m_calendar);
}

} // namespace psv
