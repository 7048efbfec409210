#include "WorkCalendar.h"

#include "CalendarLogging.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>

namespace psv {

namespace {

// Longest span any count walks; a calendar that lists a whole year off must not hang a count.
constexpr int kMaxWalk = 3700;

QString weekdayName(const QDate &date)
{
    return QLocale().dayName(date.dayOfWeek(), QLocale::LongFormat);
}

const QList<YearCalendar> &builtIns()
{
    static const QList<YearCalendar> calendars = [] {
        QList<YearCalendar> out;
        const QDir dir(QStringLiteral(":/calendars"));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const CalendarParse parsed = CalendarFile::parse(f.readAll());
            if (!parsed.ok() || parsed.calendar.year != CalendarFile::yearFromFileName(name)) {
                qCCritical(lcCalendar) << "built-in calendar" << name << "does not validate";
                continue;
            }
            out.append(parsed.calendar);
        }
        return out;
    }();
    return calendars;
}

} // namespace

QString DayInfo::kindCode() const
{
    switch (kind) {
    case DayKind::Weekday:
        return QStringLiteral("weekday");
    case DayKind::Weekend:
        return QStringLiteral("weekend");
    case DayKind::Holiday:
        return QStringLiteral("holiday");
    case DayKind::MakeUp:
        return QStringLiteral("make-up");
    }
    return {};
}

QString DayInfo::reason() const
{
    const QString iso = date.toString(Qt::ISODate);
    QString why;
    switch (kind) {
    case DayKind::Weekday:
        why = provisional
            ? QCoreApplication::translate("WorkCalendar", "%1 is a %2: a working day.").arg(iso, weekdayName(date))
            : QCoreApplication::translate("WorkCalendar",
                  "%1 is a %2 not listed in the official calendar: an "
                  "ordinary working day.")
                  .arg(iso, weekdayName(date));
        break;
    case DayKind::Weekend:
        why = provisional ? QCoreApplication::translate("WorkCalendar", "%1 is a %2: a day off (weekend).")
                                .arg(iso, weekdayName(date))
                          : QCoreApplication::translate("WorkCalendar",
                                "%1 is a %2 not listed in the official calendar: an "
                                "ordinary day off (weekend).")
                                .arg(iso, weekdayName(date));
        break;
    case DayKind::Holiday:
        why = QCoreApplication::translate("WorkCalendar", "%1 (%2) is a day off (放假) for %3 under %4.")
                  .arg(iso, weekdayName(date), name, notice);
        break;
    case DayKind::MakeUp:
        why = working ? QCoreApplication::translate(
                            "WorkCalendar", "%1 (%2) is a make-up working day (调休上班) for %3 under %4.")
                            .arg(iso, weekdayName(date), name, notice)
                      : QCoreApplication::translate("WorkCalendar",
                            "%1 (%2) is a make-up working day (调休上班) for %3 under %4, "
                            "but this department's setting counts make-up days as days off.")
                            .arg(iso, weekdayName(date), name, notice);
        break;
    }
    if (provisional)
        why += u' ' + WorkCalendar::missingNoticeMessage(date.year());
    return why;
}

QString DayInfo::label() const
{
    QString tag;
    switch (kind) {
    case DayKind::Weekday:
        break;
    case DayKind::Weekend:
        tag = QCoreApplication::translate("WorkCalendar", "weekend");
        break;
    case DayKind::Holiday:
        tag = QCoreApplication::translate("WorkCalendar", "day off, %1").arg(name);
        break;
    case DayKind::MakeUp:
        tag = working ? QCoreApplication::translate("WorkCalendar", "make-up working day")
                      : QCoreApplication::translate("WorkCalendar", "make-up working day, counted as a day off");
        break;
    }
    if (provisional)
        tag += (tag.isEmpty() ? QString() : QCoreApplication::translate("WorkCalendar", ", "))
            + QCoreApplication::translate("WorkCalendar", "provisional");
    return tag;
}

WorkCalendar::WorkCalendar()
{
    for (const YearCalendar &c : builtIns())
        setYear(c, CalendarSource::BuiltIn);
}

QList<int> WorkCalendar::builtInYears()
{
    QList<int> years;
    for (const YearCalendar &c : builtIns())
        years.append(c.year);
    return years;
}

QString WorkCalendar::calendarsDir(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("calendars"));
}

WorkCalendar WorkCalendar::load(const QString &dataDir)
{
    WorkCalendar cal;
    if (dataDir.isEmpty())
        return cal;
    const Settings settings(dataDir);
    cal.setMakeUpRule(
        settings.value(Settings::Key::MakeUpDaysAreWorkdays).toBool() ? MakeUpDayRule::Workday : MakeUpDayRule::DayOff);
    const QDir dir(calendarsDir(dataDir));
    for (const QString &name : dir.entryList({QStringLiteral("cn-*.txt")}, QDir::Files, QDir::Name)) {
        const int fileYear = CalendarFile::yearFromFileName(name);
        QFile f(dir.filePath(name));
        if (fileYear == 0 || !f.open(QIODevice::ReadOnly))
            continue;
        const CalendarParse parsed = CalendarFile::parse(f.readAll());
        if (!parsed.ok()) {
            for (const CalendarProblem &p : parsed.problems)
                cal.m_loadProblems.append(p.text(f.fileName()));
            continue;
        }
        if (parsed.calendar.year != fileYear) {
            cal.m_loadProblems.append(CalendarProblem {0,
                QCoreApplication::translate("WorkCalendar",
                    "The file declares the year %1 but is named for %2; "
                    "it was not used.")
                    .arg(parsed.calendar.year)
                    .arg(fileYear)}
                    .text(f.fileName()));
            continue;
        }
        cal.setYear(parsed.calendar, CalendarSource::Imported);
    }
    for (const QString &p : std::as_const(cal.m_loadProblems))
        qCWarning(lcCalendar) << "imported calendar skipped:" << p;
    return cal;
}

void WorkCalendar::setYear(const YearCalendar &calendar, CalendarSource source)
{
    Entry e {calendar, source, {}};
    for (const ListedDay &d : calendar.days)
        e.days.insert(d.date, d);
    m_years.insert(calendar.year, e);
}

CalendarSource WorkCalendar::source(int year) const
{
    const auto it = m_years.constFind(year);
    return it == m_years.constEnd() ? CalendarSource::Missing : it->source;
}

const YearCalendar *WorkCalendar::year(int year) const
{
    const auto it = m_years.constFind(year);
    return it == m_years.constEnd() ? nullptr : &it->calendar;
}

DayInfo WorkCalendar::day(const QDate &date) const
{
    DayInfo info;
    info.date = date;
    const bool weekend = date.dayOfWeek() >= 6;
    info.kind = weekend ? DayKind::Weekend : DayKind::Weekday;
    info.working = !weekend;
    const auto year = m_years.constFind(date.year());
    if (year == m_years.constEnd()) {
        info.provisional = true;
        return info;
    }
    const auto listed = year->days.constFind(date);
    if (listed == year->days.constEnd())
        return info;
    info.name = listed->name;
    info.notice = year->calendar.citation();
    info.kind = listed->working ? DayKind::MakeUp : DayKind::Holiday;
    info.working = listed->working && m_rule == MakeUpDayRule::Workday;
    return info;
}

bool WorkCalendar::isWorkingDay(const QDate &date, bool *provisional) const
{
    const DayInfo info = day(date);
    if (provisional)
        *provisional = info.provisional;
    return info.working;
}

QDate WorkCalendar::addWorkingDays(const QDate &from, int n) const
{
    QDate d = from;
    for (int counted = 0, walked = 0; counted < n; ++walked) {
        if (walked > kMaxWalk)
            return {};
        d = d.addDays(1);
        if (isWorkingDay(d))
            ++counted;
    }
    return d;
}

QDate WorkCalendar::nextWorkingDayFrom(const QDate &date) const
{
    QDate d = date;
    for (int walked = 0; !isWorkingDay(d); ++walked) {
        if (walked > kMaxWalk)
            return {};
        d = d.addDays(1);
    }
    return d;
}

int WorkCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    if (to < from)
        return -workingDaysBetween(to, from);
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        n += isWorkingDay(d) ? 1 : 0;
    return n;
}

QString WorkCalendar::missingNoticeMessage(int year)
{
    return QCoreApplication::translate("WorkCalendar",
        "No official calendar for %1 is installed (the State Council notice on the "
        "%1 public holidays, 国务院办公厅关于%1年部分节假日安排的通知, is missing): "
        "days in %1 are counted on weekends only and the result is provisional. "
        "Import the notice's calendar to confirm it.")
        .arg(year);
}

QString WorkCalendar::sourceCode(CalendarSource source)
{
    switch (source) {
    case CalendarSource::BuiltIn:
        return QStringLiteral("built-in");
    case CalendarSource::Imported:
        return QStringLiteral("imported");
    case CalendarSource::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

} // namespace psv
