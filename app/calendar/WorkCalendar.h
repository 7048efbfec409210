// Which days are working days: the official calendars (built in for 2024–2026, imported for later
// years into DATA/calendars/) and, for a year without one, Monday–Friday only — marked provisional.
#pragma once

#include "CalendarFile.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace psv {

// How 调休上班 days (weekend days a notice makes working days) count. The official calendar treats
// them as working days and so does the default; a department's legal staff may decide otherwise
// (Settings::Key::MakeUpDaysAreWorkdays = false).
enum class MakeUpDayRule { Workday, DayOff };

enum class CalendarSource { BuiltIn, Imported, Missing };

enum class DayKind {
    Weekday, // Monday–Friday, not listed
    Weekend, // Saturday/Sunday, not listed
    Holiday, // listed `off` (放假)
    MakeUp, // listed `work` (调休上班)
};

struct DayInfo
{
    QDate date;
    DayKind kind = DayKind::Weekday;
    bool working = false;
    bool provisional = false; // no official calendar for date.year(): counted on weekends only
    QString name; // holiday name for listed days
    QString notice; // title of the notice that lists the day

    QString kindCode() const; // "weekday", "weekend", "holiday", "make-up" (for JSON)
    QString reason() const; // translated: why the day is (not) a working day
    QString label() const; // translated short tag: "调休上班", "放假（国庆节）", "周末" …
};

class WorkCalendar
{
public:
    WorkCalendar(); // the built-in calendars, official make-up rule

    // Built-in calendars plus the valid ones in DATA/calendars/ (an imported year replaces a built-in
    // one), and the make-up rule from DATA/settings.ini. Files that do not validate are skipped and
    // reported in loadProblems().
    static WorkCalendar load(const QString &dataDir);
    static QString calendarsDir(const QString &dataDir); // DATA/calendars
    static QList<int> builtInYears();

    // Adds or replaces a year (the importer calls this after writing the file).
    void setYear(const YearCalendar &calendar, CalendarSource source);
    void setMakeUpRule(MakeUpDayRule rule) { m_rule = rule; }
    MakeUpDayRule makeUpRule() const { return m_rule; }

    DayInfo day(const QDate &date) const;
    bool isWorkingDay(const QDate &date, bool *provisional = nullptr) const;
    bool hasYear(int year) const { return m_years.contains(year); }
    CalendarSource source(int year) const;
    const YearCalendar *year(int year) const; // nullptr when missing
    QList<int> years() const { return m_years.keys(); }
    QStringList loadProblems() const { return m_loadProblems; }

    // The n-th working day after `from` (from itself never counts); n >= 1.
    QDate addWorkingDays(const QDate &from, int n) const;
    // `date` if it is a working day, else the first working day after it.
    QDate nextWorkingDayFrom(const QDate &date) const;
    // Working days d with from < d <= to (negative, counted the other way, when to < from): for
    // "due in N working days" and "overdue by N working days".
    int workingDaysBetween(const QDate &from, const QDate &to) const;

    // Translated: which year's notice is missing and what that means for the dates shown.
    static QString missingNoticeMessage(int year);
    static QString sourceCode(CalendarSource source); // "built-in", "imported", "missing"

private:
    struct Entry
    {
        YearCalendar calendar;
        CalendarSource source = CalendarSource::BuiltIn;
        QMap<QDate, ListedDay> days;
    };
    QMap<int, Entry> m_years;
    MakeUpDayRule m_rule = MakeUpDayRule::Workday;
    QStringList m_loadProblems;
};

} // namespace psv
