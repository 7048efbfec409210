#include "FactsTable.h"
#include "Settings.h"
#include "WorkCalendar.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

// A made-up calendar for a year without a notice in the facts (test data, not official).
const QByteArray kTest2027 = "year: 2027\n"
                             "notice: 测试日历（非官方）\n"
                             "2027-01-01 off 周五 元旦\n"
                             "2027-01-02 work 周六 元旦\n";

} // namespace

class TestWorkCalendar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void factsCopyIsConsistent()
    {
        // The copy under tests/data must be the table: 36 + 33 + 39 lines, weekday column right.
        const auto facts = readFacts();
        QCOMPARE(facts.size(), 108);
        for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
            QCOMPARE(it->weekday, CalendarFile::chineseWeekday(it.key().dayOfWeek()));
            if (it->work)
                QVERIFY2(it.key().dayOfWeek() >= 6, qPrintable(it.key().toString(Qt::ISODate)));
        }
    }

    void builtInYears() { QCOMPARE(WorkCalendar::builtInYears(), (QList<int> {2024, 2025, 2026})); }

    void embeddedCalendarsListExactlyTheFacts()
    {
        const auto facts = readFacts();
        const WorkCalendar cal;
        int listed = 0;
        for (int y : {2024, 2025, 2026}) {
            const YearCalendar *yc = cal.year(y);
            QVERIFY(yc);
            QCOMPARE(cal.source(y), CalendarSource::BuiltIn);
            QVERIFY(yc->notice.contains(QStringLiteral("国务院办公厅关于%1年部分节假日安排的通知").arg(y)));
            QVERIFY(yc->source.startsWith(QStringLiteral("https://www.gov.cn/zhengce/zhengceku/")));
            for (const ListedDay &d : yc->days) {
                const QString iso = d.date.toString(Qt::ISODate);
                QVERIFY2(facts.contains(d.date), qPrintable(iso + QStringLiteral(" is not in the facts")));
                QCOMPARE(d.working, facts.value(d.date).work);
                QCOMPARE(d.name, facts.value(d.date).name);
                ++listed;
            }
        }
        QCOMPARE(listed, facts.size());
    }

    void everyDayOf2024To2026MatchesTheFacts()
    {
        const FactsOracle oracle;
        const WorkCalendar cal;
        int working = 0;
        for (QDate d(2024, 1, 1); d <= QDate(2026, 12, 31); d = d.addDays(1)) {
            bool provisional = true;
            const bool w = cal.isWorkingDay(d, &provisional);
            QVERIFY2(w == oracle.working(d), qPrintable(d.toString(Qt::ISODate)));
            QVERIFY(!provisional);
            const DayInfo info = cal.day(d);
            const auto listed = oracle.days().constFind(d);
            if (listed == oracle.days().constEnd())
                QCOMPARE(info.kind, d.dayOfWeek() >= 6 ? DayKind::Weekend : DayKind::Weekday);
            else
                QCOMPARE(info.kind, listed->work ? DayKind::MakeUp : DayKind::Holiday);
            working += w ? 1 : 0;
        }
        // 2024: 366 days, 2025 and 2026: 365 — every day seen, and the total is the oracle's.
        int expected = 0;
        for (QDate d(2024, 1, 1); d <= QDate(2026, 12, 31); d = d.addDays(1))
            expected += oracle.working(d) ? 1 : 0;
        QCOMPARE(working, expected);
    }

    void namedDays()
    {
        const WorkCalendar cal;
        QVERIFY(!cal.isWorkingDay(QDate(2025, 10, 8))); // Wed, 国庆节、中秋节
        QVERIFY(cal.isWorkingDay(QDate(2025, 9, 28))); // Sun, 调休上班
        QVERIFY(cal.isWorkingDay(QDate(2025, 10, 11))); // Sat, 调休上班
        QVERIFY(!cal.isWorkingDay(QDate(2025, 10, 12))); // ordinary Sunday
        QVERIFY(cal.isWorkingDay(QDate(2025, 10, 9))); // Thu after the holiday
        QVERIFY(!cal.isWorkingDay(QDate(2026, 1, 2))); // Fri, 元旦
        QVERIFY(cal.isWorkingDay(QDate(2026, 1, 4))); // Sun, 调休上班
        QVERIFY(!cal.isWorkingDay(QDate(2024, 2, 10))); // Sat, 春节 (listed off on a weekend)
        QVERIFY(cal.isWorkingDay(QDate(2024, 2, 18))); // Sun, 调休上班
        QVERIFY(!cal.isWorkingDay(QDate(2024, 12, 28))); // ordinary Saturday
        const DayInfo d = cal.day(QDate(2025, 9, 28));
        QCOMPARE(d.kind, DayKind::MakeUp);
        QCOMPARE(d.kindCode(), QStringLiteral("make-up"));
        QCOMPARE(d.name, QStringLiteral("国庆节、中秋节"));
        QVERIFY(d.reason().contains(QStringLiteral("调休上班")));
        QVERIFY(d.reason().contains(QStringLiteral("国务院办公厅关于2025年部分节假日安排的通知")));
    }

    void yearsWithoutACalendarAreProvisional_data()
    {
        QTest::addColumn<int>("year");
        QTest::newRow("2023") << 2023;
        QTest::newRow("2027") << 2027;
        QTest::newRow("2030") << 2030;
    }
    void yearsWithoutACalendarAreProvisional()
    {
        QFETCH(int, year);
        const WorkCalendar cal;
        QCOMPARE(cal.source(year), CalendarSource::Missing);
        QVERIFY(!cal.year(year));
        for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
            bool provisional = false;
            QCOMPARE(cal.isWorkingDay(d, &provisional), d.dayOfWeek() <= 5);
            QVERIFY(provisional);
        }
        // New Year's Day is a Monday–Friday in these years and counts (weekends only), provisionally.
        const DayInfo info = cal.day(QDate(year, 1, 2));
        QVERIFY(info.reason().contains(QString::number(year)));
        const QString message = WorkCalendar::missingNoticeMessage(year);
        QVERIFY(message.contains(QStringLiteral("国务院办公厅关于%1年部分节假日安排的通知").arg(year)));
        QVERIFY(message.contains(QStringLiteral("provisional")));
        QVERIFY(message.contains(QStringLiteral("weekends only")));
    }

    void makeUpRuleDayOff()
    {
        const FactsOracle oracle(true);
        WorkCalendar cal;
        cal.setMakeUpRule(MakeUpDayRule::DayOff);
        for (QDate d(2024, 1, 1); d <= QDate(2026, 12, 31); d = d.addDays(1))
            QVERIFY2(cal.isWorkingDay(d) == oracle.working(d), qPrintable(d.toString(Qt::ISODate)));
        const DayInfo d = cal.day(QDate(2024, 2, 4));
        QCOMPARE(d.kind, DayKind::MakeUp);
        QVERIFY(!d.working);
        QVERIFY(d.reason().contains(QStringLiteral("setting")));
    }

    void makeUpRuleFromSettings()
    {
        QTemporaryDir dir;
        QCOMPARE(WorkCalendar::load(dir.path()).makeUpRule(), MakeUpDayRule::Workday); // the default
        QVERIFY(WorkCalendar::load(dir.path()).isWorkingDay(QDate(2025, 9, 28)));
        Settings(dir.path()).setValue(Settings::Key::MakeUpDaysAreWorkdays, false);
        const WorkCalendar cal = WorkCalendar::load(dir.path());
        QCOMPARE(cal.makeUpRule(), MakeUpDayRule::DayOff);
        QVERIFY(!cal.isWorkingDay(QDate(2025, 9, 28)));
        QVERIFY(!cal.isWorkingDay(QDate(2025, 10, 1))); // holidays stay off
        QVERIFY(cal.isWorkingDay(QDate(2025, 9, 29)));
        Settings(dir.path()).setValue(Settings::Key::MakeUpDaysAreWorkdays, true);
        QVERIFY(WorkCalendar::load(dir.path()).isWorkingDay(QDate(2025, 9, 28)));
    }

    void importedYearIsUsed()
    {
        QTemporaryDir dir;
        writeFile(WorkCalendar::calendarsDir(dir.path()) + QStringLiteral("/cn-2027.txt"), kTest2027);
        const WorkCalendar cal = WorkCalendar::load(dir.path());
        QVERIFY(cal.loadProblems().isEmpty());
        QCOMPARE(cal.source(2027), CalendarSource::Imported);
        bool provisional = true;
        QVERIFY(!cal.isWorkingDay(QDate(2027, 1, 1), &provisional));
        QVERIFY(!provisional);
        QVERIFY(cal.isWorkingDay(QDate(2027, 1, 2)));
        QVERIFY(!cal.isWorkingDay(QDate(2027, 1, 3)));
        QCOMPARE(cal.source(2025), CalendarSource::BuiltIn);
    }

    void brokenImportedFileIsSkipped()
    {
        QTemporaryDir dir;
        writeFile(WorkCalendar::calendarsDir(dir.path()) + QStringLiteral("/cn-2027.txt"),
            "year: 2027\nnotice: x\n2027-01-04 work 元旦\n"); // a Monday cannot be 调休上班
        writeFile(WorkCalendar::calendarsDir(dir.path()) + QStringLiteral("/cn-2028.txt"), kTest2027); // wrong year
        const WorkCalendar cal = WorkCalendar::load(dir.path());
        QCOMPARE(cal.source(2027), CalendarSource::Missing);
        QCOMPARE(cal.source(2028), CalendarSource::Missing);
        QCOMPARE(cal.loadProblems().size(), 2);
        QVERIFY(cal.loadProblems().at(0).contains(QStringLiteral("cn-2027.txt:3")));
        QVERIFY(cal.loadProblems().at(1).contains(QStringLiteral("cn-2028.txt")));
    }

    void importedYearReplacesBuiltIn()
    {
        QTemporaryDir dir;
        writeFile(WorkCalendar::calendarsDir(dir.path()) + QStringLiteral("/cn-2025.txt"),
            "year: 2025\nnotice: 更正（测试）\n2025-03-03 off 测试\n");
        const WorkCalendar cal = WorkCalendar::load(dir.path());
        QCOMPARE(cal.source(2025), CalendarSource::Imported);
        QVERIFY(!cal.isWorkingDay(QDate(2025, 3, 3)));
        QVERIFY(cal.isWorkingDay(QDate(2025, 10, 8))); // not listed in the replacement
    }

    void countingHelpersMatchTheOracle()
    {
        const FactsOracle oracle;
        const WorkCalendar cal;
        for (QDate d(2023, 12, 1); d <= QDate(2027, 1, 31); d = d.addDays(1)) {
            for (int n : {1, 3, 10})
                QVERIFY2(cal.addWorkingDays(d, n) == oracle.nth(d, n), qPrintable(d.toString(Qt::ISODate)));
            QCOMPARE(cal.nextWorkingDayFrom(d), oracle.onOrAfter(d));
        }
        // October 2025 after 09-30: 10-09, 10-10, 10-11 (调休上班), 10-13..17, 10-20..24, 10-27..31 = 18.
        QCOMPARE(cal.workingDaysBetween(QDate(2025, 9, 30), QDate(2025, 10, 31)), 18);
        QCOMPARE(cal.workingDaysBetween(QDate(2025, 10, 31), QDate(2025, 9, 30)), -18);
        QCOMPARE(cal.workingDaysBetween(QDate(2025, 10, 1), QDate(2025, 10, 8)), 0);
        QCOMPARE(cal.workingDaysBetween(QDate(2025, 10, 8), QDate(2025, 10, 8)), 0);
        int n = 0;
        for (QDate d(2024, 1, 1); d <= QDate(2024, 12, 31); d = d.addDays(1))
            n += oracle.working(d) ? 1 : 0;
        QCOMPARE(cal.workingDaysBetween(QDate(2023, 12, 31), QDate(2024, 12, 31)), n);
    }
};

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "TestWorkCalendar.moc"
