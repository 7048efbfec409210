#include "CalendarFile.h"

#include <QFile>
#include <QTest>

using namespace psv;

namespace {

QByteArray sourceFile(int year)
{
    QFile f(QStringLiteral(PSV_SOURCE_DIR "/resources/calendars/cn-%1.txt").arg(year));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString dump(const CalendarParse &p)
{
    QStringList lines;
    for (const CalendarProblem &x : p.problems)
        lines << x.text(QStringLiteral("f"));
    return lines.join(u'\n');
}

const QByteArray kHeader = "year: 2027\nnotice: 测试日历（非官方）\n"; // lines 1–2
QByteArray withHeader(const char *days)
{
    return kHeader + days;
}

} // namespace

class TestCalendarFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shippedFilesParse()
    {
        for (int y : {2024, 2025, 2026}) {
            const CalendarParse p = CalendarFile::parse(sourceFile(y));
            QVERIFY2(p.ok(), qPrintable(dump(p)));
            QCOMPARE(p.calendar.year, y);
            QCOMPARE(p.calendar.notice, QStringLiteral("国务院办公厅关于%1年部分节假日安排的通知").arg(y));
            QVERIFY(!p.calendar.days.isEmpty());
            for (qsizetype i = 1; i < p.calendar.days.size(); ++i)
                QVERIFY(p.calendar.days[i - 1].date < p.calendar.days[i].date);
        }
    }

    void validFileWithAndWithoutWeekday()
    {
        const CalendarParse p = CalendarFile::parse("\xEF\xBB\xBF# comment\r\n" + kHeader
            + "source: https://example.org/n\r\n"
              "\r\n"
              "2027-10-01  off   周五  国庆节\r\n"
              "2027-10-02\toff\t国庆节\r\n"
              "2027-09-26 work 星期日 国庆节、中秋节\r\n"
              "2027-10-09 work Name with spaces\n");
        QVERIFY2(p.ok(), qPrintable(dump(p)));
        QCOMPARE(p.calendar.year, 2027);
        QCOMPARE(p.calendar.source, QStringLiteral("https://example.org/n"));
        QCOMPARE(p.calendar.days.size(), 4);
        QCOMPARE(p.calendar.days[0].date, QDate(2027, 9, 26)); // sorted
        QVERIFY(p.calendar.days[0].working);
        QCOMPARE(p.calendar.days[0].name, QStringLiteral("国庆节、中秋节"));
        QCOMPARE(p.calendar.days[0].line, 8);
        QCOMPARE(p.calendar.days[2].name, QStringLiteral("国庆节"));
        QCOMPARE(p.calendar.days[3].name, QStringLiteral("Name with spaces"));
        QCOMPARE(p.calendar.offCount(), 2);
        QCOMPARE(p.calendar.workCount(), 2);
        QVERIFY(p.calendar.find(QDate(2027, 10, 2)).has_value());
        QVERIFY(!p.calendar.find(QDate(2027, 10, 3)).has_value());
    }

    void offOnAWeekendIsFine()
    {
        const CalendarParse p
            = CalendarFile::parse(kHeader + "2027-10-02 off 周六 国庆节\n2027-10-03 off 周日 国庆节\n");
        QVERIFY2(p.ok(), qPrintable(dump(p)));
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong year") << withHeader("2026-10-01 off 国庆节\n") << 3
                                    << QStringLiteral(
                                           "2026-10-01 is not in the declared year 2027; expected dates of 2027 only");
        QTest::newRow("work on a weekday") << withHeader("2027-10-08 work 国庆节\n") << 3
                                           << QStringLiteral("2027-10-08 is a Friday; a make-up working day ('work', "
                                                             "调休上班) must fall on a Saturday or Sunday");
        QTest::newRow("both")
            << withHeader("2027-10-02 off 国庆节\n2027-10-02 work 国庆节\n") << 4
            << QStringLiteral("2027-10-02 is listed as 'work' here and as 'off' on line 3; a day cannot be both a "
                              "day off and a working day");
        QTest::newRow("duplicate") << withHeader("2027-10-01 off 国庆节\n\n2027-10-01 off 国庆节\n") << 5
                                   << QStringLiteral(
                                          "2027-10-01 is listed again (first on line 3); expected each date once");
        QTest::newRow("bad date") << withHeader("2027-02-30 off 春节\n") << 3
                                  << QStringLiteral("'2027-02-30' is not a valid date; expected YYYY-MM-DD");
        QTest::newRow("short date") << withHeader("2027-2-3 off 春节\n") << 3
                                    << QStringLiteral("'2027-2-3' is not a valid date; expected YYYY-MM-DD");
        QTest::newRow("bad kind") << withHeader("2027-10-01 holiday 国庆节\n") << 3
                                  << QStringLiteral(
                                         "'holiday' is not a kind of day; expected 'off' (放假) or 'work' (调休上班)");
        QTest::newRow("no kind") << withHeader("2027-10-01\n") << 3 << QStringLiteral("The kind of day is missing");
        QTest::newRow("no name") << withHeader("2027-10-01 off 周五\n") << 3
                                 << QStringLiteral("The name of the holiday is missing");
        QTest::newRow("weekday mismatch")
            << withHeader("2027-10-01 off 周四 国庆节\n") << 3
            << QStringLiteral("2027-10-01 is a Friday, not 周四; expected the weekday of the date (周五)");
        QTest::newRow("bad weekday") << withHeader("2027-10-01 off 周八 国庆节\n") << 3
                                     << QStringLiteral("'周八' is not a weekday; expected 周一 … 周日");
        QTest::newRow("no year") << QByteArray("notice: x\n2027-10-01 off 国庆节\n") << 0
                                 << QStringLiteral("There is no 'year:' line; expected the year of the notice");
        QTest::newRow("bad year") << QByteArray("year: 27\nnotice: x\n2027-10-01 off 国庆节\n") << 1
                                  << QStringLiteral("'27' is not a year; expected four digits");
        QTest::newRow("year twice") << withHeader("year: 2028\n2027-10-01 off 国庆节\n") << 3
                                    << QStringLiteral("'year:' is given again (first on line 1); expected it once");
        QTest::newRow("no notice") << QByteArray("year: 2027\n2027-10-01 off 国庆节\n") << 0
                                   << QStringLiteral(
                                          "There is no 'notice:' line; expected the title of the State Council notice");
        QTest::newRow("empty notice") << QByteArray("year: 2027\nnotice:\n2027-10-01 off 国庆节\n") << 2
                                      << QStringLiteral("The notice title is empty");
        QTest::newRow("unknown field")
            << withHeader("author: me\n2027-10-01 off 国庆节\n") << 3
            << QStringLiteral("Unknown header field 'author'; expected 'year:', 'notice:' or 'source:'");
        QTest::newRow("garbage line") << withHeader("2027-10-01 off 国庆节\n国庆节放假\n") << 4
                                      << QStringLiteral("'国庆节放假' is neither a listed day nor a header field");
        QTest::newRow("no days") << kHeader << 0
                                 << QStringLiteral("No days are listed; expected one line per listed day");
        QTest::newRow("empty") << QByteArray("\n  \n") << 0 << QStringLiteral("The file is empty");
        QTest::newRow("not utf-8") << QByteArray("year: 2027\nnotice: \xB9\xFA\xCE\xF1\xD4\xBA\n") << 0
                                   << QStringLiteral("The file is not valid UTF-8 text");
    }
    void problems()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QString, expected);
        const CalendarParse p = CalendarFile::parse(content);
        QVERIFY(!p.ok());
        QVERIFY(p.calendar.days.isEmpty()); // nothing usable from an invalid file
        bool found = false;
        for (const CalendarProblem &x : p.problems)
            found = found || (x.line == line && x.message.contains(expected));
        QVERIFY2(found, qPrintable(QStringLiteral("expected line %1: %2\ngot:\n%3").arg(line).arg(expected, dump(p))));
    }

    void everyProblemIsReportedInLineOrder()
    {
        const CalendarParse p = CalendarFile::parse("year: 2027\n"
                                                    "2026-12-31 off 元旦\n" // 2: wrong year
                                                    "2027-01-04 work 元旦\n" // 3: Monday
                                                    "2027-01-02 off 元旦\n" // 4: fine (Saturday)
                                                    "2027-01-02 work 元旦\n" // 5: both
                                                    "2027-13-01 off 元旦\n" // 6: bad date
                                                    "2027-01-03 rest 元旦\n"); // 7: bad kind; file: no notice
        QCOMPARE(p.problems.size(), 6);
        QList<int> lines;
        for (const CalendarProblem &x : p.problems)
            lines << x.line;
        QCOMPARE(lines, (QList<int> {0, 2, 3, 5, 6, 7}));
        QCOMPARE(p.problems[1].text(QStringLiteral("n.txt")).left(8), QStringLiteral("n.txt:2:"));
        QCOMPARE(p.problems[0].text(QStringLiteral("n.txt")).left(7), QStringLiteral("n.txt: "));
    }

    void fileNames()
    {
        QCOMPARE(CalendarFile::fileNameForYear(2027), QStringLiteral("cn-2027.txt"));
        QCOMPARE(CalendarFile::yearFromFileName(QStringLiteral("cn-2027.txt")), 2027);
        QCOMPARE(CalendarFile::yearFromFileName(QStringLiteral("cn-2027.txt.bak")), 0);
        QCOMPARE(CalendarFile::yearFromFileName(QStringLiteral("xx-2027.txt")), 0);
        QCOMPARE(CalendarFile::chineseWeekday(7), QStringLiteral("周日"));
        QCOMPARE(CalendarFile::chineseWeekday(1), QStringLiteral("周一"));
    }
};

QTEST_GUILESS_MAIN(TestCalendarFile)
#include "TestCalendarFile.moc"
