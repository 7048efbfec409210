// The text format of one year's official calendar (the State Council notice on public holidays):
//
//   # comments
//   year: 2025
//   notice: 国务院办公厅关于2025年部分节假日安排的通知
//   source: https://www.gov.cn/...            (optional)
//   2025-01-01  off   周三  元旦               one line per listed day: YYYY-MM-DD off|work [周X] NAME
//
// `off` = 放假 (a day off, even on a weekday), `work` = 调休上班 (a Saturday or Sunday that is a working
// day). Unlisted Saturdays and Sundays are days off, unlisted Monday–Friday working days. The same parser
// reads the built-in calendars (resources/calendars) and validates imported ones.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace psv {

// One day listed in a notice.
struct ListedDay
{
    QDate date;
    bool working = false; // true: `work` (调休上班), false: `off` (放假)
    QString name; // the holiday, e.g. "国庆节、中秋节"
    int line = 0; // line in the file it was read from
};

// One year's official calendar.
struct YearCalendar
{
    int year = 0;
    QString notice; // title of the State Council notice
    QString source; // where it was published (optional)
    QList<ListedDay> days;

    QString citation() const; // the notice title in 《》 for display
    std::optional<ListedDay> find(const QDate &date) const;
    int offCount() const;
    int workCount() const;
};

// A problem found in a calendar file: the line (0 = the file as a whole) and a translated message
// saying what is wrong and what was expected.
struct CalendarProblem
{
    int line = 0;
    QString message;

    QString text(const QString &fileName) const; // "FILE:LINE: message" (or "FILE: message")
};

struct CalendarParse
{
    YearCalendar calendar;
    QList<CalendarProblem> problems; // empty: the calendar is valid
    bool ok() const { return problems.isEmpty(); }
};

class CalendarFile
{
public:
    // Parses and validates a whole file and reports every problem, not only the first.
    static CalendarParse parse(const QByteArray &content);
    // The file name an installed calendar has: "cn-2025.txt".
    static QString fileNameForYear(int year);
    // The year in such a file name, or 0.
    static int yearFromFileName(const QString &fileName);
    // Weekday short name as the notices write it: 1 (Monday) → "周一", 7 → "周日" (not translated: data).
    static QString chineseWeekday(int dayOfWeek);
};

} // namespace psv
