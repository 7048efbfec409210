// Classification of re-inspections on real dates around 国庆 2025 (10-01..10-08 off, 09-28 and 10-11
// make-up working days) and at a year without an official calendar.
#include "ReinspectionSchedule.h"
#include "ScheduleFixture.h"

#include <QTest>

using namespace psv;
using Group = ScheduleEntry::Group;

namespace {
ScheduleEntry entryDue(const QDate &due, OrderStatus status = OrderStatus::Open)
{
    ScheduleEntry e;
    e.order.reinspectionDue = due;
    e.order.status = status;
    return e;
}
} // namespace

class TestReinspectionSchedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aroundNationalDay_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("soonDays");
        QTest::addColumn<int>("group");
        QTest::addColumn<int>("workingDays");
        // Due Tue 09-30 (责令改正 of Fri 09-26: Sun 09-28 is a make-up working day).
        QTest::newRow("from the order day, over the make-up Sunday")
            << QDate(2025, 9, 30) << QDate(2025, 9, 26) << 3 << int(Group::DueSoon) << 3;
        QTest::newRow("due today") << QDate(2025, 9, 30) << QDate(2025, 9, 30) << 3 << int(Group::DueToday) << 0;
        QTest::newRow("the day before") << QDate(2025, 9, 30) << QDate(2025, 9, 29) << 3 << int(Group::DueSoon) << 1;
        QTest::newRow("on the make-up Sunday")
            << QDate(2025, 9, 30) << QDate(2025, 9, 28) << 3 << int(Group::DueSoon) << 2;
        // Overdue during the holiday: no working day has passed yet, but the date has.
        QTest::newRow("overdue in the holiday")
            << QDate(2025, 9, 30) << QDate(2025, 10, 8) << 3 << int(Group::Overdue) << 0;
        QTest::newRow("first working day after")
            << QDate(2025, 9, 30) << QDate(2025, 10, 9) << 3 << int(Group::Overdue) << -1;
        QTest::newRow("make-up Saturday counts")
            << QDate(2025, 9, 30) << QDate(2025, 10, 11) << 3 << int(Group::Overdue) << -3;
        // Due Thu 10-09: nine calendar days after 09-30 but only one working day.
        QTest::newRow("across the holiday, 1 working day")
            << QDate(2025, 10, 9) << QDate(2025, 9, 30) << 3 << int(Group::DueSoon) << 1;
        QTest::newRow("four working days is later for N=3")
            << QDate(2025, 10, 9) << QDate(2025, 9, 26) << 3 << int(Group::Later) << 4;
        QTest::newRow("four working days is soon for N=4")
            << QDate(2025, 10, 9) << QDate(2025, 9, 26) << 4 << int(Group::DueSoon) << 4;
        QTest::newRow("holiday days are not counted")
            << QDate(2025, 10, 10) << QDate(2025, 10, 1) << 3 << int(Group::DueSoon) << 2;
    }

    void aroundNationalDay()
    {
        QFETCH(QDate, due);
        QFETCH(QDate, today);
        QFETCH(int, soonDays);
        QFETCH(int, group);
        QFETCH(int, workingDays);
        const WorkCalendar calendar;
        ScheduleEntry e = entryDue(due);
        ReinspectionSchedule::classify(e, today, soonDays, calendar);
        QCOMPARE(int(e.group), group);
        QCOMPARE(e.workingDays, workingDays);
        QVERIFY(!e.provisional);
    }

    void closedOrSealedIsDone()
    {
        const WorkCalendar calendar;
        for (OrderStatus s : {OrderStatus::Corrected, OrderStatus::Escalated}) {
            ScheduleEntry e = entryDue(QDate(2025, 9, 30), s);
            ReinspectionSchedule::classify(e, QDate(2025, 10, 20), 3, calendar);
            QCOMPARE(e.group, Group::Done);
        }
        ScheduleEntry sealed = entryDue(QDate(2025, 9, 30));
        sealed.reinspectionSealed = true;
        ReinspectionSchedule::classify(sealed, QDate(2025, 10, 20), 3, calendar);
        QCOMPARE(sealed.group, Group::Done);
        ScheduleEntry overdueStatus = entryDue(QDate(2025, 9, 30), OrderStatus::Overdue);
        ReinspectionSchedule::classify(overdueStatus, QDate(2025, 10, 20), 3, calendar);
        QCOMPARE(overdueStatus.group, Group::Overdue);
    }

    void yearWithoutCalendarIsProvisional()
    {
        const WorkCalendar calendar;
        QVERIFY(!calendar.hasYear(2027));
        ScheduleEntry e = entryDue(QDate(2027, 1, 5)); // Tuesday
        ReinspectionSchedule::classify(e, QDate(2026, 12, 30), 3, calendar);
        QVERIFY(e.provisional);
        QVERIFY(e.workingDaysText().contains(QStringLiteral("provisional")));
        ScheduleEntry within = entryDue(QDate(2026, 12, 31));
        ReinspectionSchedule::classify(within, QDate(2026, 12, 30), 3, calendar);
        QVERIFY(!within.provisional);
    }

    void buildFromTheStore()
    {
        ScheduleFixture fx;
        QVERIFY(fx.openWithInspection());
        // 责令改正 on Fri 2025-09-26: due Tue 09-30 (09-28 make-up day counts).
        const Order a = fx.addOrder(QDate(2025, 9, 26));
        QCOMPARE(a.reinspectionDue, QDate(2025, 9, 30));
        // 责令限期改正 on 09-20 with 15 days: 10-05 is in the holiday → expiry 10-09; due 10-13
        // (10-10, the make-up Saturday 10-11, 10-13).
        const Order b = fx.addOrder(QDate(2025, 9, 20), CorrectionPeriod::calendarDays(15));
        QCOMPARE(b.deadline, QDate(2025, 10, 9));
        QCOMPARE(b.reinspectionDue, QDate(2025, 10, 13));
        // An order without a re-inspection date is not scheduled.
        Order penalty;
        penalty.inspectionId = fx.origin.id;
        penalty.kind = OrderKind::PenaltyProposal;
        penalty.findings = {QStringLiteral("4")};
        penalty.legalBasis = QStringLiteral("《条例》第二十九条");
        penalty.issuedOn = QDate(2025, 9, 26);
        QVERIFY(OrderRepository(*fx.db).add(penalty, fx.actor).ok());
        QVERIFY(fx.sealOrigin());

        const WorkCalendar calendar;
        auto onTheDay = ReinspectionSchedule(*fx.db, calendar).build(QDate(2025, 9, 30), 3);
        QVERIFY(onTheDay.ok());
        QCOMPARE(onTheDay.value().size(), 2);
        QCOMPARE(onTheDay.value()[0].order.id, a.id);
        QCOMPARE(onTheDay.value()[0].group, Group::DueToday);
        QCOMPARE(onTheDay.value()[0].siteName, fx.site.name);
        QCOMPARE(onTheDay.value()[0].unitName, fx.unit.name);
        QCOMPARE(onTheDay.value()[0].inspectionNumber, fx.origin.number);
        // 10-13 from 09-30: 10-09, 10-10, 10-11 (make-up), 10-13 = 4 working days.
        QCOMPARE(onTheDay.value()[1].group, Group::Later);
        QCOMPARE(onTheDay.value()[1].workingDays, 4);

        auto later = ReinspectionSchedule(*fx.db, calendar).build(QDate(2025, 10, 10), 3);
        QVERIFY(later.ok());
        QCOMPARE(later.value()[0].order.id, a.id);
        QCOMPARE(later.value()[0].group, Group::Overdue);
        QCOMPARE(later.value()[0].workingDays, -2);
        QCOMPARE(later.value()[1].group, Group::DueSoon);
        QCOMPARE(later.value()[1].workingDays, 2);

        QVERIFY(OrderRepository(*fx.db).setStatus(a.id, OrderStatus::Corrected, fx.actor).ok());
        auto closed = ReinspectionSchedule(*fx.db, calendar).build(QDate(2025, 10, 10), 3);
        QCOMPARE(closed.value()[0].order.id, b.id);
        QCOMPARE(closed.value()[1].order.id, a.id);
        QCOMPARE(closed.value()[1].group, Group::Done);
        QCOMPARE(closed.value()[1].toJson().value(QStringLiteral("group")).toString(), QStringLiteral("done"));
    }
};

QTEST_GUILESS_MAIN(TestReinspectionSchedule)
#include "TestReinspectionSchedule.moc"
