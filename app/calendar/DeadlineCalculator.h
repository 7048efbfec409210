// Correction deadlines and re-inspection due dates (规定 Art. 15), by the default counting rule
// (《公安机关办理行政案件程序规定》 Art. 35, 《民法典》 Arts. 201 and 203):
//  - 责令改正 made on S: re-inspection due on the 3rd working day after S (S never counts);
//  - 责令限期改正 made on S with a period given as a date E (or as N calendar days, E = S + N): expiry =
//    E, moved to the next working day when E is not one; given as N working days: the N-th working day
//    after S. The re-inspection is due on the 3rd working day after the expiry.
// Every result says which days were counted and on which articles, and is provisional when a day it
// depends on lies in a year without an official calendar.
#pragma once

#include "Result.h"
#include "WorkCalendar.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace psv {

// The correction period of a 责令限期改正 order.
struct CorrectionPeriod
{
    enum class Kind { None, UntilDate, CalendarDays, WorkingDays };
    Kind kind = Kind::None;
    QDate date; // UntilDate
    int days = 0; // CalendarDays ("N日内"), WorkingDays

    static CorrectionPeriod untilDate(const QDate &date) { return {Kind::UntilDate, date, 0}; }
    static CorrectionPeriod calendarDays(int n) { return {Kind::CalendarDays, {}, n}; }
    static CorrectionPeriod workingDays(int n) { return {Kind::WorkingDays, {}, n}; }

    QString kindCode() const; // "none", "date", "calendar-days", "working-days"
    QString description() const; // translated: "until 2025-10-31", "15 days", "10 working days"
};

// A day a count walked over: ordinal 1..n when it was counted as a working day, 0 when it was not.
struct CountedDay
{
    DayInfo day;
    int ordinal = 0;
};

struct DeadlineResult
{
    QString orderKind; // "correction" or "correction-deadline" (OrderKind codes, Codes.h)
    QDate orderDate;
    CorrectionPeriod period;
    QDate nominalEnd; // E, or S + N calendar days (invalid otherwise)
    std::optional<QDate> deadlineExpiry; // 责令限期改正 only
    QDate reinspectionDue;
    bool provisional = false;
    QList<int> provisionalYears; // years without a calendar that the result depends on
    QList<CountedDay> periodDays; // days walked to find the expiry
    QList<CountedDay> reinspectionDays; // days after the order (or expiry) up to the due date
    MakeUpDayRule makeUpRule = MakeUpDayRule::Workday;
    QStringList basis; // translated sentences: the rule, the articles, the days counted, the result
    QStringList notes; // translated: which notice is missing, other caveats

    QString basisText() const; // basis and notes, one per line
    QJsonObject toJson() const; // reinspection_due, deadline_expiry (or null), provisional, basis, ...
};

class DeadlineCalculator
{
public:
    static constexpr int kReinspectionWorkingDays = 3; // 规定 Art. 15
    static constexpr int kMaxPeriodDays = 366;

    explicit DeadlineCalculator(WorkCalendar calendar);

    // 责令改正 made on orderDate.
    Result<DeadlineResult> correction(const QDate &orderDate) const;
    // 责令限期改正 made on orderDate with the given period.
    Result<DeadlineResult> correctionDeadline(const QDate &orderDate, const CorrectionPeriod &period) const;
    // By order kind code ("correction", "correction-deadline"); other kinds have no re-inspection date.
    Result<DeadlineResult> compute(
        const QString &orderKind, const QDate &orderDate, const CorrectionPeriod &period = {}) const;

    const WorkCalendar &calendar() const { return m_calendar; }

private:
    bool countWorkingDays(const QDate &after, int n, QList<CountedDay> &days) const;
    bool moveToWorkingDay(const QDate &date, QList<CountedDay> &days) const;
    void finish(DeadlineResult &r) const;

    WorkCalendar m_calendar;
};

} // namespace psv
