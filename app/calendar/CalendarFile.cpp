#include "CalendarFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace psv {

namespace {

const QString kDayFormat = QStringLiteral("YYYY-MM-DD off|work [周X] NAME");

// "周一".."周日" and "星期一".."星期日"/"星期天" → 1..7, else 0.
int weekdayFromToken(const QString &token)
{
    static const QString digits = QStringLiteral("一二三四五六日");
    QString d;
    if (token.size() == 2 && token.startsWith(u'周'))
        d = token.mid(1);
    else if (token.size() == 3 && token.startsWith(QStringLiteral("星期")))
        d = token.mid(2);
    if (d == QStringLiteral("天") && token.startsWith(QStringLiteral("星期")))
        return 7;
    const qsizetype i = d.size() == 1 ? digits.indexOf(d) : -1;
    return i < 0 ? 0 : int(i) + 1;
}

struct Header
{
    QString value;
    int line = 0;
};

class Parser
{
public:
    CalendarParse run(const QByteArray &content);

private:
    void readLine(int lineNo, const QString &line);
    void readHeader(int lineNo, const QString &key, const QString &value);
    void readDay(int lineNo, const QString &line);
    void checkDays();
    void problem(int line, const QString &message) { m_out.problems.append({line, message}); }

    CalendarParse m_out;
    QHash<QString, Header> m_headers;
    QList<std::pair<ListedDay, QString>> m_days; // parsed day, raw kind ("" when unreadable)
};

CalendarParse Parser::run(const QByteArray &content)
{
    if (content.trimmed().isEmpty()) {
        problem(0,
            QCoreApplication::translate("CalendarFile",
                "The file is empty; expected a header (year: YYYY, notice: TITLE) and one line per "
                "listed day."));
        return m_out;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(content);
    if (decoder.hasError()) {
        problem(0,
            QCoreApplication::translate(
                "CalendarFile", "The file is not valid UTF-8 text; expected a UTF-8 text file."));
        return m_out;
    }
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        readLine(int(i) + 1, line.trimmed());
    }

    const Header year = m_headers.value(QStringLiteral("year"));
    if (year.line == 0)
        problem(0,
            QCoreApplication::translate(
                "CalendarFile", "There is no 'year:' line; expected the year of the notice, e.g. 'year: 2027'."));
    if (m_headers.value(QStringLiteral("notice")).line == 0)
        problem(0,
            QCoreApplication::translate("CalendarFile",
                "There is no 'notice:' line; expected the title of the State Council notice, e.g. "
                "'notice: 国务院办公厅关于2027年部分节假日安排的通知'."));
    if (m_days.isEmpty())
        problem(0,
            QCoreApplication::translate("CalendarFile", "No days are listed; expected one line per listed day: %1.")
                .arg(kDayFormat));
    m_out.calendar.notice = m_headers.value(QStringLiteral("notice")).value;
    m_out.calendar.source = m_headers.value(QStringLiteral("source")).value;
    checkDays();
    std::stable_sort(m_out.problems.begin(), m_out.problems.end(),
        [](const CalendarProblem &a, const CalendarProblem &b) { return a.line < b.line; });
    if (!m_out.ok())
        m_out.calendar.days.clear();
    return m_out;
}

void Parser::readLine(int lineNo, const QString &line)
{
    if (line.isEmpty() || line.startsWith(u'#'))
        return;
    if (line.front().isDigit()) {
        readDay(lineNo, line);
        return;
    }
    static const QRegularExpression header(QStringLiteral("^([A-Za-z]+)\\s*[:：]\\s*(.*)$"));
    const QRegularExpressionMatch m = header.match(line);
    if (m.hasMatch()) {
        readHeader(lineNo, m.captured(1).toLower(), m.captured(2).trimmed());
        return;
    }
    problem(lineNo,
        QCoreApplication::translate("CalendarFile",
            "'%1' is neither a listed day nor a header field; expected '%2', 'year: YYYY', "
            "'notice: TITLE', 'source: URL' or a comment starting with #.")
            .arg(line, kDayFormat));
}

void Parser::readHeader(int lineNo, const QString &key, const QString &value)
{
    if (key != QLatin1String("year") && key != QLatin1String("notice") && key != QLatin1String("source")) {
        problem(lineNo,
            QCoreApplication::translate(
                "CalendarFile", "Unknown header field '%1'; expected 'year:', 'notice:' or 'source:'.")
                .arg(key));
        return;
    }
    if (m_headers.contains(key)) {
        problem(lineNo,
            QCoreApplication::translate("CalendarFile", "'%1:' is given again (first on line %2); expected it once.")
                .arg(key)
                .arg(m_headers.value(key).line));
        return;
    }
    m_headers.insert(key, {value, lineNo});
    if (key == QLatin1String("year")) {
        static const QRegularExpression digits(QStringLiteral("^\\d{4}$"));
        const int y = value.toInt();
        if (!digits.match(value).hasMatch() || y < 1900 || y > 2199)
            problem(lineNo,
                QCoreApplication::translate("CalendarFile",
                    "'%1' is not a year; expected four digits between 1900 and 2199, e.g. 'year: 2027'.")
                    .arg(value));
        else
            m_out.calendar.year = y;
    } else if (key == QLatin1String("notice") && value.isEmpty()) {
        problem(lineNo,
            QCoreApplication::translate(
                "CalendarFile", "The notice title is empty; expected the title of the State Council notice."));
    }
}

void Parser::readDay(int lineNo, const QString &line)
{
    static const QRegularExpression fields(QStringLiteral("^(\\S+)(?:\\s+(\\S+))?(?:\\s+(.*))?$"));
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QRegularExpressionMatch m = fields.match(line);
    const QString dateText = m.captured(1);
    const QString kind = m.captured(2);
    QString rest = m.captured(3).trimmed();

    ListedDay day;
    day.line = lineNo;
    day.date = isoDate.match(dateText).hasMatch() ? QDate::fromString(dateText, Qt::ISODate) : QDate();
    if (!day.date.isValid())
        problem(lineNo,
            QCoreApplication::translate(
                "CalendarFile", "'%1' is not a valid date; expected YYYY-MM-DD, e.g. 2027-10-01.")
                .arg(dateText));

    QString rawKind = kind;
    if (kind == QLatin1String("off") || kind == QLatin1String("work")) {
        day.working = kind == QLatin1String("work");
    } else {
        rawKind.clear();
        if (kind.isEmpty())
            problem(lineNo,
                QCoreApplication::translate("CalendarFile",
                    "The kind of day is missing; expected 'off' (放假) or 'work' (调休上班) after the "
                    "date: %1.")
                    .arg(kDayFormat));
        else
            problem(lineNo,
                QCoreApplication::translate(
                    "CalendarFile", "'%1' is not a kind of day; expected 'off' (放假) or 'work' (调休上班).")
                    .arg(kind));
    }

    const QString first = rest.section(QRegularExpression(QStringLiteral("\\s+")), 0, 0);
    const int weekday = weekdayFromToken(first);
    if (weekday > 0 || (first.startsWith(u'周') && first.size() == 2)) {
        rest = rest.mid(first.size()).trimmed();
        if (weekday == 0)
            problem(lineNo,
                QCoreApplication::translate("CalendarFile", "'%1' is not a weekday; expected 周一 … 周日.").arg(first));
        else if (day.date.isValid() && day.date.dayOfWeek() != weekday)
            problem(lineNo,
                QCoreApplication::translate(
                    "CalendarFile", "%1 is a %2, not %3; expected the weekday of the date (%4).")
                    .arg(day.date.toString(Qt::ISODate), QLocale().dayName(day.date.dayOfWeek(), QLocale::LongFormat),
                        first, CalendarFile::chineseWeekday(day.date.dayOfWeek())));
    }
    day.name = rest;
    if (day.name.isEmpty())
        problem(lineNo,
            QCoreApplication::translate(
                "CalendarFile", "The name of the holiday is missing; expected %1, e.g. '2027-10-01 off 国庆节'.")
                .arg(kDayFormat));
    m_days.append({day, rawKind});
}

void Parser::checkDays()
{
    const int year = m_out.calendar.year;
    QHash<QDate, std::pair<int, QString>> seen; // date → first line, kind
    for (const auto &[day, kind] : std::as_const(m_days)) {
        if (!day.date.isValid())
            continue;
        const QString iso = day.date.toString(Qt::ISODate);
        if (year != 0 && day.date.year() != year)
            problem(day.line,
                QCoreApplication::translate(
                    "CalendarFile", "%1 is not in the declared year %2; expected dates of %2 only.")
                    .arg(iso)
                    .arg(year));
        if (kind == QLatin1String("work") && day.date.dayOfWeek() < 6)
            problem(day.line,
                QCoreApplication::translate("CalendarFile",
                    "%1 is a %2; a make-up working day ('work', 调休上班) must fall on a Saturday or Sunday.")
                    .arg(iso, QLocale().dayName(day.date.dayOfWeek(), QLocale::LongFormat)));
        const auto first = seen.constFind(day.date);
        if (first != seen.constEnd()) {
            if (!kind.isEmpty() && !first->second.isEmpty() && kind != first->second)
                problem(day.line,
                    QCoreApplication::translate("CalendarFile",
                        "%1 is listed as '%2' here and as '%3' on line %4; a day cannot be both a day "
                        "off and a working day.")
                        .arg(iso, kind, first->second)
                        .arg(first->first));
            else
                problem(day.line,
                    QCoreApplication::translate(
                        "CalendarFile", "%1 is listed again (first on line %2); expected each date once.")
                        .arg(iso)
                        .arg(first->first));
            continue;
        }
        seen.insert(day.date, {day.line, kind});
        m_out.calendar.days.append(day);
    }
    std::sort(m_out.calendar.days.begin(), m_out.calendar.days.end(),
        [](const ListedDay &a, const ListedDay &b) { return a.date < b.date; });
}

} // namespace

QString YearCalendar::citation() const
{
    return notice.startsWith(u'《') ? notice : u'《' + notice + u'》';
}

std::optional<ListedDay> YearCalendar::find(const QDate &date) const
{
    for (const ListedDay &d : days)
        if (d.date == date)
            return d;
    return std::nullopt;
}

int YearCalendar::offCount() const
{
    return int(std::count_if(days.begin(), days.end(), [](const ListedDay &d) { return !d.working; }));
}

int YearCalendar::workCount() const
{
    return int(days.size()) - offCount();
}

QString CalendarProblem::text(const QString &fileName) const
{
    return (line > 0 ? fileName + u':' + QString::number(line) : fileName) + QStringLiteral(": ") + message;
}

CalendarParse CalendarFile::parse(const QByteArray &content)
{
    return Parser().run(content);
}

QString CalendarFile::fileNameForYear(int year)
{
    return QStringLiteral("cn-%1.txt").arg(year);
}

int CalendarFile::yearFromFileName(const QString &fileName)
{
    static const QRegularExpression re(QStringLiteral("^cn-(\\d{4})\\.txt$"));
    const QRegularExpressionMatch m = re.match(fileName);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString CalendarFile::chineseWeekday(int dayOfWeek)
{
    static const QString names = QStringLiteral("一二三四五六日");
    return dayOfWeek >= 1 && dayOfWeek <= 7 ? u'周' + names.mid(dayOfWeek - 1, 1) : QString();
}

} // namespace psv
