#include "DeadlineBasis.h"

#include <QCoreApplication>
#include <QLocale>

namespace psv {

namespace {

QString shortDate(const QDate &date, const QDate &reference)
{
    return date.year() == reference.year() ? date.toString(QStringLiteral("MM-dd")) : date.toString(Qt::ISODate);
}

QString range(const QDate &first, const QDate &last, const QDate &reference)
{
    if (first == last)
        return shortDate(first, reference);
    return QCoreApplication::translate("DeadlineBasis", "%1–%2")
        .arg(shortDate(first, reference), shortDate(last, reference));
}

QString separator()
{
    return QCoreApplication::translate("DeadlineBasis", ", ");
}

// Citations, translated as the articles are written in Chinese.
QString art15()
{
    return QCoreApplication::translate("DeadlineBasis", "《公共安全视频图像信息系统监督管理工作规定》 Art. 15");
}
QString startDayNotCounted()
{
    return QCoreApplication::translate(
        "DeadlineBasis", "《公安机关办理行政案件程序规定》 Art. 35; 《民法典》 Art. 201");
}
QString lastDayOff()
{
    return QCoreApplication::translate(
        "DeadlineBasis", "《公安机关办理行政案件程序规定》 Art. 35; 《民法典》 Art. 203");
}

} // namespace

QString DeadlineBasis::dateWithWeekday(const QDate &date)
{
    return QCoreApplication::translate("DeadlineBasis", "%1 (%2)")
        .arg(date.toString(Qt::ISODate), QLocale().dayName(date.dayOfWeek(), QLocale::LongFormat));
}

QString DeadlineBasis::dayList(const QList<CountedDay> &days, const QDate &reference)
{
    qsizetype counted = 0;
    for (const CountedDay &c : days)
        counted += c.ordinal > 0 ? 1 : 0;
    const bool compress = counted > 6; // long working-day periods: runs of ordinary days in one item
    QStringList items;
    for (qsizetype i = 0; i < days.size();) {
        const CountedDay &c = days[i];
        const QString label = c.day.label();
        qsizetype j = i + 1;
        if (c.ordinal == 0) {
            while (j < days.size() && days[j].ordinal == 0 && days[j].day.label() == label)
                ++j;
            items.append(QCoreApplication::translate("DeadlineBasis", "%1 (%2) not counted")
                    .arg(range(c.day.date, days[j - 1].day.date, reference), label));
        } else if (compress && label.isEmpty()) {
            while (j < days.size() && days[j].ordinal == days[j - 1].ordinal + 1 && days[j].day.label().isEmpty()
                && days[j].day.date == days[j - 1].day.date.addDays(1))
                ++j;
            if (j - i >= 3)
                items.append(QCoreApplication::translate("DeadlineBasis", "%1 days %2–%3")
                        .arg(range(c.day.date, days[j - 1].day.date, reference))
                        .arg(c.ordinal)
                        .arg(days[j - 1].ordinal));
            else
                for (qsizetype k = i; k < j; ++k)
                    items.append(QCoreApplication::translate("DeadlineBasis", "%1 day %2")
                            .arg(shortDate(days[k].day.date, reference))
                            .arg(days[k].ordinal));
        } else if (label.isEmpty()) {
            items.append(QCoreApplication::translate("DeadlineBasis", "%1 day %2")
                    .arg(shortDate(c.day.date, reference))
                    .arg(c.ordinal));
        } else {
            items.append(QCoreApplication::translate("DeadlineBasis", "%1 (%2) day %3")
                    .arg(shortDate(c.day.date, reference), label)
                    .arg(c.ordinal));
        }
        i = j;
    }
    return items.join(separator());
}

namespace {

// What the order is and how its period (if any) runs to the day the re-inspection is counted from.
QStringList orderAndPeriod(const DeadlineResult &r)
{
    const QDate ref = r.orderDate;
    const int n = DeadlineCalculator::kReinspectionWorkingDays;
    QStringList b;
    if (!r.deadlineExpiry) {
        b << QCoreApplication::translate("DeadlineBasis", "责令改正 (order to correct) made on %1.")
                 .arg(DeadlineBasis::dateWithWeekday(r.orderDate));
        b << QCoreApplication::translate("DeadlineBasis",
            "Re-inspection within %1 working days from the day the order is made (%2); "
            "that day itself is not counted (%3).")
                 .arg(n)
                 .arg(art15(), startDayNotCounted());
    } else {
        b << QCoreApplication::translate(
            "DeadlineBasis", "责令限期改正 (order to correct within a period) made on %1, period: %2.")
                 .arg(DeadlineBasis::dateWithWeekday(r.orderDate), r.period.description());
        switch (r.period.kind) {
        case CorrectionPeriod::Kind::UntilDate:
            b << QCoreApplication::translate("DeadlineBasis", "The period ends on the date set in the order: %1.")
                     .arg(DeadlineBasis::dateWithWeekday(r.nominalEnd));
            break;
        case CorrectionPeriod::Kind::CalendarDays:
            b << QCoreApplication::translate("DeadlineBasis",
                "The period is counted from the day after the order, the day of the "
                "order not counted (%1): %2 + %3 days = %4.")
                     .arg(startDayNotCounted(), r.orderDate.toString(Qt::ISODate))
                     .arg(r.period.days)
                     .arg(DeadlineBasis::dateWithWeekday(r.nominalEnd));
            break;
        case CorrectionPeriod::Kind::WorkingDays:
            b << QCoreApplication::translate("DeadlineBasis",
                "The period is counted in working days from the day after the order, "
                "the day of the order not counted (%1): %2.")
                     .arg(startDayNotCounted(), DeadlineBasis::dayList(r.periodDays, ref));
            break;
        case CorrectionPeriod::Kind::None:
            break;
        }
        if (r.nominalEnd.isValid() && r.periodDays.size() > 1)
            b << QCoreApplication::translate("DeadlineBasis",
                "%1 is not a working day, so the period ends on the first working day "
                "after it (%2): %3; the period expires on %4.")
                     .arg(r.nominalEnd.toString(Qt::ISODate), lastDayOff(),
                         DeadlineBasis::dayList(r.periodDays.mid(0, r.periodDays.size() - 1), ref),
                         DeadlineBasis::dateWithWeekday(*r.deadlineExpiry));
        else
            b << QCoreApplication::translate("DeadlineBasis", "The period expires on %1, a working day.")
                     .arg(DeadlineBasis::dateWithWeekday(*r.deadlineExpiry));
        b << QCoreApplication::translate("DeadlineBasis",
            "Re-inspection within %1 working days from the day the period expires "
            "(%2); that day itself is not counted (%3).")
                 .arg(n)
                 .arg(art15(), startDayNotCounted());
    }
    return b;
}

// Which counting of make-up days applies and which official calendars were used.
QStringList calendarUsed(const DeadlineResult &r, const WorkCalendar &calendar, const QList<int> &years)
{
    QStringList b;
    bool makeUp = false;
    for (const QList<CountedDay> *list : {&r.periodDays, &r.reinspectionDays})
        for (const CountedDay &c : *list)
            makeUp = makeUp || c.day.kind == DayKind::MakeUp;
    if (makeUp)
        b << (r.makeUpRule == MakeUpDayRule::Workday
                ? QCoreApplication::translate("DeadlineBasis",
                      "Make-up working days (调休上班) count as working "
                      "days, as in the official calendar.")
                : QCoreApplication::translate("DeadlineBasis",
                      "This department counts make-up working days (调休上班) as days "
                      "off (setting calendar/makeUpDaysAreWorkdays); the official "
                      "calendar counts them as working days."));
    QStringList notices;
    for (int y : std::as_const(years))
        if (const YearCalendar *c = calendar.year(y))
            notices << c->citation();
    if (!notices.isEmpty())
        b << QCoreApplication::translate("DeadlineBasis", "Official calendar: %1.").arg(notices.join(separator()));
    return b;
}

// The years of the counted days.
QList<int> yearsCounted(const DeadlineResult &r)
{
    QList<int> years;
    for (const QList<CountedDay> *list : {&r.periodDays, &r.reinspectionDays})
        for (const CountedDay &c : *list)
            if (!years.contains(c.day.date.year()))
                years.append(c.day.date.year());
    return years;
}

// Warnings: years counted without their official notice, and a December counted while the next
// year's notice (which may move days at the end of December) is not installed.
QStringList notesOnMissingNotices(const DeadlineResult &r, const WorkCalendar &calendar, const QList<int> &years)
{
    QStringList notes;
    for (int y : std::as_const(r.provisionalYears))
        notes << WorkCalendar::missingNoticeMessage(y);
    // A notice may also move days at the end of the year before (tests/data/facts/holidays-cn-2024-2026.md).
    for (int y : std::as_const(years)) {
        bool december = false;
        for (const QList<CountedDay> *list : {&r.periodDays, &r.reinspectionDays})
            for (const CountedDay &c : *list)
                december = december || (c.day.date.year() == y && c.day.date.month() == 12);
        if (december && calendar.hasYear(y) && !calendar.hasYear(y + 1) && !r.provisionalYears.contains(y + 1))
            notes << QCoreApplication::translate("DeadlineBasis",
                "The notice for %1 is not installed yet; such a notice may also "
                "change days at the end of December %2, so check this date once "
                "it is published.")
                         .arg(y + 1)
                         .arg(y);
    }
    return notes;
}

} // namespace

void DeadlineBasis::describe(DeadlineResult &r, const WorkCalendar &calendar)
{
    const QList<int> years = yearsCounted(r);
    r.basis = orderAndPeriod(r);
    r.basis << QCoreApplication::translate("DeadlineBasis", "Working days counted: %1.")
                   .arg(dayList(r.reinspectionDays, r.orderDate));
    r.basis << calendarUsed(r, calendar, years);
    r.basis << (r.provisional ? QCoreApplication::translate("DeadlineBasis", "Re-inspection due: %1 (provisional).")
                              : QCoreApplication::translate("DeadlineBasis", "Re-inspection due: %1."))
                   .arg(dateWithWeekday(r.reinspectionDue));
    r.notes = notesOnMissingNotices(r, calendar, years);
}

} // namespace psv
