// psvctl commands about working days and re-inspection dates: due, calendar show|workday|import.
#include "CalendarImporter.h"
#include "CliRegistry.h"
#include "DataDir.h"
#include "DeadlineBasis.h"
#include "DeadlineCalculator.h"
#include "WorkCalendar.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace psv::cli {

namespace {

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

std::optional<int> parseInt(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,6}$"));
    return digits.match(text).hasMatch() ? std::optional<int>(text.toInt()) : std::nullopt;
}

int unexpected(CliContext &ctx)
{
    return ctx.usage(QCoreApplication::translate("psvctl", "unexpected argument(s): %1").arg(ctx.args().join(u' ')));
}

WorkCalendar deviceCalendar(const CliContext &ctx)
{
    return WorkCalendar::load(DataDir::resolve(ctx.dataDir()));
}

int runDue(CliContext &ctx)
{
    const std::optional<QString> orderText = ctx.takeOption(QStringLiteral("order-date"));
    const std::optional<QString> until = ctx.takeOption(QStringLiteral("deadline"));
    const std::optional<QString> days = ctx.takeOption(QStringLiteral("deadline-days"));
    const std::optional<QString> workdays = ctx.takeOption(QStringLiteral("deadline-workdays"));
    if (!ctx.args().isEmpty())
        return unexpected(ctx);
    if (!orderText)
        return ctx.usage(QCoreApplication::translate("psvctl", "due needs --order-date YYYY-MM-DD"));
    const std::optional<QDate> orderDate = parseDate(*orderText);
    if (!orderDate)
        return ctx.usage(QCoreApplication::translate("psvctl", "--order-date '%1' is not a date; expected YYYY-MM-DD")
                .arg(*orderText));
    if (int(until.has_value()) + int(days.has_value()) + int(workdays.has_value()) > 1)
        return ctx.usage(QCoreApplication::translate(
            "psvctl", "give at most one of --deadline, --deadline-days and --deadline-workdays"));

    CorrectionPeriod period;
    if (until) {
        const std::optional<QDate> d = parseDate(*until);
        if (!d)
            return ctx.usage(QCoreApplication::translate("psvctl", "--deadline '%1' is not a date; expected YYYY-MM-DD")
                    .arg(*until));
        period = CorrectionPeriod::untilDate(*d);
    } else if (days || workdays) {
        const QString text = days ? *days : *workdays;
        const std::optional<int> n = parseInt(text);
        if (!n)
            return ctx.usage(QCoreApplication::translate("psvctl",
                "'%1' is not a number of days; expected a whole "
                "number such as 15")
                    .arg(text));
        period = days ? CorrectionPeriod::calendarDays(*n) : CorrectionPeriod::workingDays(*n);
    }
    const DeadlineCalculator calc(deviceCalendar(ctx));
    const QString kind = period.kind == CorrectionPeriod::Kind::None ? QStringLiteral("correction")
                                                                     : QStringLiteral("correction-deadline");
    const Result<DeadlineResult> r = calc.compute(kind, *orderDate, period);
    if (!r)
        return ctx.fail(r.error());

    QString text;
    if (r->deadlineExpiry)
        text += QCoreApplication::translate("psvctl", "Correction period expires: %1")
                    .arg(DeadlineBasis::dateWithWeekday(*r->deadlineExpiry))
            + u'\n';
    text += QCoreApplication::translate("psvctl", "Re-inspection due: %1")
                .arg(DeadlineBasis::dateWithWeekday(r->reinspectionDue))
        + u'\n';
    if (r->provisional)
        text += QCoreApplication::translate("psvctl", "PROVISIONAL: counted on weekends only for %1.")
                    .arg(QLocale().createSeparatedList([&] {
                        QStringList ys;
                        for (int y : r->provisionalYears)
                            ys << QString::number(y);
                        return ys;
                    }()))
            + u'\n';
    text += QCoreApplication::translate("psvctl", "Basis:") + u'\n';
    for (const QString &line : r->basis + r->notes)
        text += QStringLiteral("  - ") + line + u'\n';
    ctx.print(r->toJson(), text);
    return Success;
}

std::optional<int> takeYear(CliContext &ctx, int &exitCode)
{
    const QStringList args = ctx.args();
    const std::optional<int> year = args.size() == 1 ? parseInt(args.first()) : std::nullopt;
    if (!year || *year < 1900 || *year > 2199) {
        exitCode = ctx.usage(QCoreApplication::translate("psvctl",
            "calendar show needs one YEAR between 1900 "
            "and 2199, e.g. psvctl calendar show 2025"));
        return std::nullopt;
    }
    return year;
}

int runShow(CliContext &ctx)
{
    int exitCode = Success;
    const std::optional<int> year = takeYear(ctx, exitCode);
    if (!year)
        return exitCode;
    const WorkCalendar cal = deviceCalendar(ctx);
    const CalendarSource source = cal.source(*year);
    const YearCalendar *yc = cal.year(*year);

    int working = 0, off = 0;
    for (QDate d(*year, 1, 1); d.year() == *year; d = d.addDays(1))
        (cal.isWorkingDay(d) ? working : off)++;

    QJsonObject o {{QStringLiteral("year"), *year}, {QStringLiteral("source"), WorkCalendar::sourceCode(source)},
        {QStringLiteral("provisional"), source == CalendarSource::Missing},
        {QStringLiteral("make_up_days_are_workdays"), cal.makeUpRule() == MakeUpDayRule::Workday},
        {QStringLiteral("working_days"), working}, {QStringLiteral("days_off"), off}};
    QString text;
    if (!yc) {
        o.insert(QStringLiteral("message"), WorkCalendar::missingNoticeMessage(*year));
        o.insert(QStringLiteral("days"), QJsonArray());
        text += WorkCalendar::missingNoticeMessage(*year) + u'\n';
    } else {
        o.insert(QStringLiteral("notice"), yc->notice);
        o.insert(QStringLiteral("url"), yc->source);
        o.insert(QStringLiteral("listed_off"), yc->offCount());
        o.insert(QStringLiteral("listed_work"), yc->workCount());
        text += (source == CalendarSource::BuiltIn
                        ? QCoreApplication::translate("psvctl", "%1: built-in official calendar, %2")
                        : QCoreApplication::translate("psvctl", "%1: imported official calendar, %2"))
                    .arg(*year)
                    .arg(yc->citation())
            + u'\n';
        if (!yc->source.isEmpty())
            text += QCoreApplication::translate("psvctl", "Source: %1").arg(yc->source) + u'\n';
        QJsonArray days;
        for (const ListedDay &d : yc->days) {
            const QString kind = d.working ? QStringLiteral("work") : QStringLiteral("off");
            days.append(
                QJsonObject {{QStringLiteral("date"), d.date.toString(Qt::ISODate)}, {QStringLiteral("kind"), kind},
                    {QStringLiteral("weekday"), CalendarFile::chineseWeekday(d.date.dayOfWeek())},
                    {QStringLiteral("name"), d.name}});
            text += QStringLiteral("  %1  %2  %3  %4\n")
                        .arg(d.date.toString(Qt::ISODate), QLocale().dayName(d.date.dayOfWeek(), QLocale::ShortFormat),
                            d.working ? QCoreApplication::translate("psvctl", "make-up working day")
                                      : QCoreApplication::translate("psvctl", "day off"),
                            d.name);
        }
        o.insert(QStringLiteral("days"), days);
        text += QCoreApplication::translate("psvctl", "Listed: %1 days off, %2 make-up working days.")
                    .arg(yc->offCount())
                    .arg(yc->workCount())
            + u'\n';
    }
    text
        += QCoreApplication::translate("psvctl", "The year has %1 working days and %2 days off.").arg(working).arg(off);
    ctx.print(o, text);
    return Success;
}

int runWorkday(CliContext &ctx)
{
    const QStringList args = ctx.args();
    const std::optional<QDate> date = args.size() == 1 ? parseDate(args.first()) : std::nullopt;
    if (!date)
        return ctx.usage(QCoreApplication::translate("psvctl", "calendar workday needs one DATE as YYYY-MM-DD"));
    const WorkCalendar cal = deviceCalendar(ctx);
    const DayInfo day = cal.day(*date);
    QJsonObject o {{QStringLiteral("date"), date->toString(Qt::ISODate)}, {QStringLiteral("working"), day.working},
        {QStringLiteral("provisional"), day.provisional}, {QStringLiteral("kind"), day.kindCode()},
        {QStringLiteral("weekday"), CalendarFile::chineseWeekday(date->dayOfWeek())},
        {QStringLiteral("reason"), day.reason()}};
    if (!day.name.isEmpty())
        o.insert(QStringLiteral("name"), day.name);
    if (const YearCalendar *yc = cal.year(date->year()); yc && !day.name.isEmpty())
        o.insert(QStringLiteral("notice"), yc->notice);
    const QString answer = day.working ? QCoreApplication::translate("psvctl", "yes, a working day")
                                       : QCoreApplication::translate("psvctl", "no, not a working day");
    ctx.print(o, QCoreApplication::translate("psvctl", "%1: %2").arg(answer, day.reason()));
    return Success;
}

int runImport(CliContext &ctx)
{
    const bool replace = ctx.takeFlag(QStringLiteral("replace"));
    const QStringList args = ctx.args();
    if (args.size() != 1)
        return ctx.usage(QCoreApplication::translate("psvctl", "calendar import needs one FILE"));
    const QString dataDir = DataDir::resolve(ctx.dataDir());
    if (dataDir.isEmpty())
        return ctx.fail(makeError(
            QCoreApplication::translate("psvctl", "No data directory could be determined; pass --data-dir DIR."), {},
            Failure));
    const CalendarImporter importer(dataDir);
    const CalendarValidation v = importer.validateFile(args.first(), replace);
    if (!v.ok()) {
        if (ctx.json()) {
            QJsonArray problems;
            for (const CalendarProblem &p : v.problems)
                problems.append(QJsonObject {{QStringLiteral("line"), p.line}, {QStringLiteral("message"), p.message}});
            ctx.print(QJsonObject {{QStringLiteral("imported"), false}, {QStringLiteral("problems"), problems}}, {});
        }
        Error e = v.error();
        if (!replace && v.calendar.year > 0
            && WorkCalendar::load(dataDir).source(v.calendar.year) != CalendarSource::Missing)
            e.message += u'\n'
                + QCoreApplication::translate("psvctl",
                    "To replace the installed calendar for %1, pass "
                    "--replace.")
                      .arg(v.calendar.year);
        return ctx.fail(e);
    }
    const Result<CalendarImport> r = importer.importFile(args.first(), replace);
    if (!r)
        return ctx.fail(r.error());
    const QJsonObject o {{QStringLiteral("imported"), true}, {QStringLiteral("year"), r->calendar.year},
        {QStringLiteral("path"), r->path}, {QStringLiteral("notice"), r->calendar.notice},
        {QStringLiteral("listed_off"), r->calendar.offCount()},
        {QStringLiteral("listed_work"), r->calendar.workCount()},
        {QStringLiteral("replaced"),
            r->replaced == CalendarSource::Missing ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(WorkCalendar::sourceCode(r->replaced))}};
    ctx.print(o,
        QCoreApplication::translate("psvctl",
            "Imported the %1 calendar (%2 days off, %3 make-up working "
            "days) to %4.")
            .arg(r->calendar.year)
            .arg(r->calendar.offCount())
            .arg(r->calendar.workCount())
            .arg(r->path));
    return Success;
}

} // namespace

void registerCalendarCommands(CliRegistry &registry)
{
    registry.add({QStringLiteral("due"),
        QStringLiteral("--order-date YYYY-MM-DD [--deadline YYYY-MM-DD | --deadline-days N | "
                       "--deadline-workdays N]"),
        QCoreApplication::translate("psvctl",
            "Re-inspection due date (规定 Art. 15) for 责令改正, or with a period "
            "for 责令限期改正, with the days counted and the articles."),
        runDue});
    registry.add({QStringLiteral("calendar show"), QStringLiteral("YEAR"),
        QCoreApplication::translate("psvctl",
            "The official calendar of a year: listed days, counts, and "
            "whether it is built in, imported or missing."),
        runShow});
    registry.add({QStringLiteral("calendar workday"), QStringLiteral("DATE"),
        QCoreApplication::translate("psvctl", "Whether a date is a working day, and why."), runWorkday});
    registry.add({QStringLiteral("calendar import"), QStringLiteral("FILE [--replace]"),
        QCoreApplication::translate("psvctl",
            "Validate a year's official calendar (State Council notice) "
            "and install it; nothing is written when it has problems."),
        runImport});
}

} // namespace psv::cli
