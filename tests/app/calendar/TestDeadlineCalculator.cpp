#include "DeadlineCalculator.h"
#include "FactsTable.h"
#include "Translator.h"

#include <QJsonArray>
#include <QTest>

using namespace psv;

namespace {

QDate D(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

DeadlineResult must(const Result<DeadlineResult> &r)
{
    if (!r.ok())
        qFatal("unexpected error: %s", qPrintable(r.error().text()));
    return r.value();
}

WorkCalendar makeUpOff()
{
    WorkCalendar cal;
    cal.setMakeUpRule(MakeUpDayRule::DayOff);
    return cal;
}

} // namespace

class TestDeadlineCalculator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Worked examples of the counting rule (DeadlineCalculator.h), each checked by hand on the calendar.
    void workedExamples()
    {
        const DeadlineCalculator calc {WorkCalendar()};
        DeadlineResult r = must(calc.correction(D("2025-09-26")));
        QCOMPARE(r.reinspectionDue, D("2025-09-30"));
        QVERIFY(!r.deadlineExpiry);
        QVERIFY(!r.provisional);
        QVERIFY2(r.basisText().contains(QStringLiteral("09-28 (make-up working day) day 1, 09-29 day 2, 09-30 day 3")),
            qPrintable(r.basisText()));

        r = must(calc.correction(D("2024-09-13")));
        QCOMPARE(r.reinspectionDue, D("2024-09-19"));
        QVERIFY2(
            r.basisText().contains(QStringLiteral("09-14 (make-up working day) day 1, 09-15–09-17 (day off, 中秋节) "
                                                  "not counted, 09-18 day 2, 09-19 day 3")),
            qPrintable(r.basisText()));

        r = must(calc.correction(D("2025-12-31")));
        QCOMPARE(r.reinspectionDue, D("2026-01-06"));
        QVERIFY(r.basisText().contains(QStringLiteral("2026-01-01–2026-01-03 (day off, 元旦) not counted, 2026-01-04 "
                                                      "(make-up working day) day 1")));

        r = must(calc.correctionDeadline(D("2025-09-20"), CorrectionPeriod::calendarDays(15)));
        QCOMPARE(r.nominalEnd, D("2025-10-05"));
        QCOMPARE(*r.deadlineExpiry, D("2025-10-09"));
        QCOMPARE(r.reinspectionDue, D("2025-10-13"));
        QVERIFY(
            r.basisText().contains(QStringLiteral("10-10 day 1, 10-11 (make-up working day) day 2, 10-12 (weekend) not "
                                                  "counted, 10-13 day 3")));
    }

    void basisCitesTheArticles()
    {
        const DeadlineCalculator calc {WorkCalendar()};
        const QString c = must(calc.correction(D("2025-09-26"))).basisText();
        QVERIFY(c.contains(QStringLiteral("《公共安全视频图像信息系统监督管理工作规定》 Art. 15")));
        QVERIFY(c.contains(QStringLiteral("《公安机关办理行政案件程序规定》 Art. 35")));
        QVERIFY(c.contains(QStringLiteral("《民法典》 Art. 201")));
        QVERIFY(c.contains(QStringLiteral("国务院办公厅关于2025年部分节假日安排的通知")));
        QVERIFY(c.contains(QStringLiteral("Make-up working days (调休上班) count as working days")));
        const QString d
            = must(calc.correctionDeadline(D("2025-09-20"), CorrectionPeriod::calendarDays(15))).basisText();
        QVERIFY(d.contains(QStringLiteral("《民法典》 Art. 203")));
        QVERIFY(d.contains(QStringLiteral("2025-09-20 + 15 days = 2025-10-05")));
        QVERIFY(d.contains(QStringLiteral("10-05–10-08 (day off, 国庆节、中秋节) not counted")));
    }

    // Hand-counted around every holiday and make-up day of 2024–2026, and across the year ends.
    void correctionByHand_data()
    {
        QTest::addColumn<QDate>("order");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<bool>("provisional");
        const struct
        {
            const char *order, *due;
            bool provisional;
        } rows[] = {
            {"2023-12-29", "2024-01-04", true}, // 12-30/31 in 2023 (no calendar), 01-01 off
            {"2024-02-02", "2024-02-06", false}, {"2024-02-08", "2024-02-19", false},
            {"2024-04-03", "2024-04-09", false}, {"2024-04-26", "2024-04-30", false},
            {"2024-04-30", "2024-05-08", false}, {"2024-05-09", "2024-05-13", false},
            {"2024-06-06", "2024-06-12", false}, {"2024-09-27", "2024-10-08", false},
            {"2024-10-10", "2024-10-14", false}, {"2024-12-31", "2025-01-06", false},
            {"2025-01-24", "2025-02-05", false}, {"2025-02-06", "2025-02-10", false},
            {"2025-04-02", "2025-04-08", false}, {"2025-04-25", "2025-04-29", false},
            {"2025-04-30", "2025-05-08", false}, {"2025-05-29", "2025-06-04", false},
            {"2025-09-30", "2025-10-11", false}, {"2026-02-12", "2026-02-24", false},
            {"2026-02-26", "2026-03-02", false}, {"2026-04-02", "2026-04-08", false},
            {"2026-04-30", "2026-05-08", false}, {"2026-05-07", "2026-05-11", false},
            {"2026-06-18", "2026-06-24", false}, {"2026-09-18", "2026-09-22", false},
            {"2026-09-23", "2026-09-29", false}, {"2026-09-29", "2026-10-09", false},
            {"2026-10-08", "2026-10-12", false}, {"2026-12-25", "2026-12-30", false},
            {"2026-12-29", "2027-01-01", true}, // 2027: weekends only
            {"2026-12-30", "2027-01-04", true},
            {"2025-10-01", "2025-10-11", false}, // ordered on a holiday: the day itself never counts
            {"2025-09-28", "2025-10-09", false}, // ordered on a make-up Sunday
        };
        for (const auto &r : rows)
            QTest::newRow(r.order) << D(r.order) << D(r.due) << r.provisional;
    }
    void correctionByHand()
    {
        QFETCH(QDate, order);
        QFETCH(QDate, due);
        QFETCH(bool, provisional);
        const DeadlineResult r = must(DeadlineCalculator(WorkCalendar()).correction(order));
        QCOMPARE(r.reinspectionDue, due);
        QCOMPARE(r.provisional, provisional);
        QCOMPARE(r.orderKind, QStringLiteral("correction"));
        int ordinals = 0;
        for (const CountedDay &c : r.reinspectionDays)
            ordinals += c.ordinal > 0 ? 1 : 0;
        QCOMPARE(ordinals, 3);
        QCOMPARE(r.reinspectionDays.first().day.date, order.addDays(1));
    }

    // Every order date from December 2023 to January 2027 against the facts table.
    void correctionSweepAgainstFacts()
    {
        for (bool off : {false, true}) {
            const FactsOracle oracle(off);
            const DeadlineCalculator calc(off ? makeUpOff() : WorkCalendar());
            for (QDate s(2023, 12, 1); s <= QDate(2027, 1, 31); s = s.addDays(1)) {
                bool provisional = false;
                const QDate due = oracle.nth(s, 3, &provisional);
                const DeadlineResult r = must(calc.correction(s));
                QVERIFY2(r.reinspectionDue == due, qPrintable(s.toString(Qt::ISODate)));
                QVERIFY2(r.provisional == provisional, qPrintable(s.toString(Qt::ISODate)));
            }
        }
    }

    void calendarDayPeriodsEndingOnDaysOff_data()
    {
        QTest::addColumn<QDate>("order");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("expiry");
        QTest::addColumn<QDate>("due");
        QTest::newRow("national day 2024") << D("2024-09-20") << 15 << D("2024-10-08") << D("2024-10-11");
        QTest::newRow("spring 2025, due on a make-up Saturday")
            << D("2025-01-20") << 10 << D("2025-02-05") << D("2025-02-08");
        QTest::newRow("spring 2026") << D("2026-02-01") << 15 << D("2026-02-24") << D("2026-02-27");
        QTest::newRow("new year 2026, ends on a make-up Sunday")
            << D("2025-12-02") << 30 << D("2026-01-04") << D("2026-01-07");
        QTest::newRow("ordinary weekend") << D("2025-03-01") << 7 << D("2025-03-10") << D("2025-03-13");
        QTest::newRow("make-up Sunday is a working day") << D("2025-09-18") << 10 << D("2025-09-28") << D("2025-10-09");
        QTest::newRow("working day, no move") << D("2025-06-03") << 7 << D("2025-06-10") << D("2025-06-13");
    }
    void calendarDayPeriodsEndingOnDaysOff()
    {
        QFETCH(QDate, order);
        QFETCH(int, days);
        QFETCH(QDate, expiry);
        QFETCH(QDate, due);
        const DeadlineResult r
            = must(DeadlineCalculator(WorkCalendar()).correctionDeadline(order, CorrectionPeriod::calendarDays(days)));
        QCOMPARE(r.nominalEnd, order.addDays(days));
        QCOMPARE(*r.deadlineExpiry, expiry);
        QCOMPARE(r.reinspectionDue, due);
        QVERIFY(!r.provisional);
        QCOMPARE(r.orderKind, QStringLiteral("correction-deadline"));
    }

    void datePeriods()
    {
        const DeadlineCalculator calc {WorkCalendar()};
        DeadlineResult r = must(calc.correctionDeadline(D("2025-09-01"), CorrectionPeriod::untilDate(D("2025-10-01"))));
        QCOMPARE(*r.deadlineExpiry, D("2025-10-09"));
        QCOMPARE(r.reinspectionDue, D("2025-10-13"));
        r = must(calc.correctionDeadline(D("2024-01-15"), CorrectionPeriod::untilDate(D("2024-02-10"))));
        QCOMPARE(*r.deadlineExpiry, D("2024-02-18")); // 02-10..17 off, 02-18 Sunday 调休上班
        QCOMPARE(r.reinspectionDue, D("2024-02-21"));
        r = must(calc.correctionDeadline(D("2026-12-01"), CorrectionPeriod::untilDate(D("2027-01-01"))));
        QCOMPARE(*r.deadlineExpiry, D("2027-01-01")); // a Friday, weekends only
        QVERIFY(r.provisional);
        QCOMPARE(r.provisionalYears, QList<int> {2027});
    }

    void workingDayPeriods()
    {
        const DeadlineCalculator calc {WorkCalendar()};
        DeadlineResult r = must(calc.correctionDeadline(D("2025-09-26"), CorrectionPeriod::workingDays(5)));
        QCOMPARE(*r.deadlineExpiry, D("2025-10-10")); // 09-28, 29, 30, 10-09, 10-10
        QCOMPARE(r.reinspectionDue, D("2025-10-14")); // 10-11 (调休上班), 10-13, 10-14
        QVERIFY(!r.nominalEnd.isValid());
        r = must(calc.correctionDeadline(D("2024-02-08"), CorrectionPeriod::workingDays(3)));
        QCOMPARE(*r.deadlineExpiry, D("2024-02-19"));
        QCOMPARE(r.reinspectionDue, D("2024-02-22"));
        r = must(calc.correctionDeadline(D("2026-12-28"), CorrectionPeriod::workingDays(5)));
        QCOMPARE(*r.deadlineExpiry, D("2027-01-04"));
        QVERIFY(r.provisional);
        QVERIFY(r.basisText().contains(QStringLiteral("2027-01-01 (provisional) day 4")));
    }

    // Every order date and several periods of each kind against the facts table.
    void periodSweepAgainstFacts()
    {
        const FactsOracle oracle;
        const DeadlineCalculator calc {WorkCalendar()};
        for (QDate s(2023, 12, 15); s <= QDate(2026, 12, 31); s = s.addDays(1)) {
            const QString at = s.toString(Qt::ISODate);
            for (int n : {1, 3, 5, 7, 10, 15, 30}) {
                bool prov = false;
                QDate expiry = oracle.onOrAfter(s.addDays(n), &prov);
                QDate due = oracle.nth(expiry, 3, &prov);
                DeadlineResult r = must(calc.correctionDeadline(s, CorrectionPeriod::calendarDays(n)));
                QVERIFY2(*r.deadlineExpiry == expiry && r.reinspectionDue == due && r.provisional == prov,
                    qPrintable(at + QStringLiteral(" +%1 days").arg(n)));
                r = must(calc.correctionDeadline(s, CorrectionPeriod::untilDate(s.addDays(n))));
                QVERIFY2(*r.deadlineExpiry == expiry && r.reinspectionDue == due,
                    qPrintable(at + QStringLiteral(" until +%1").arg(n)));
                prov = false;
                expiry = oracle.nth(s, n, &prov);
                due = oracle.nth(expiry, 3, &prov);
                r = must(calc.correctionDeadline(s, CorrectionPeriod::workingDays(n)));
                QVERIFY2(*r.deadlineExpiry == expiry && r.reinspectionDue == due && r.provisional == prov,
                    qPrintable(at + QStringLiteral(" %1 working days").arg(n)));
            }
        }
    }

    void makeUpDaysCountedAsDaysOff()
    {
        const DeadlineCalculator calc(makeUpOff());
        DeadlineResult r = must(calc.correction(D("2025-09-26")));
        QCOMPARE(r.reinspectionDue, D("2025-10-09"));
        QCOMPARE(r.makeUpRule, MakeUpDayRule::DayOff);
        QVERIFY(r.basisText().contains(
            QStringLiteral("This department counts make-up working days (调休上班) as days off")));
        QVERIFY(
            r.basisText().contains(QStringLiteral("09-28 (make-up working day, counted as a day off) not counted")));
        QCOMPARE(must(calc.correction(D("2024-09-13"))).reinspectionDue, D("2024-09-20"));
        r = must(calc.correctionDeadline(D("2025-09-20"), CorrectionPeriod::calendarDays(15)));
        QCOMPARE(*r.deadlineExpiry, D("2025-10-09"));
        QCOMPARE(r.reinspectionDue, D("2025-10-14"));
        r = must(calc.correctionDeadline(D("2025-09-18"), CorrectionPeriod::calendarDays(10)));
        QCOMPARE(*r.deadlineExpiry, D("2025-09-29"));
        QCOMPARE(r.reinspectionDue, D("2025-10-10"));
    }

    void provisionalNotes()
    {
        const DeadlineCalculator calc {WorkCalendar()};
        DeadlineResult r = must(calc.correction(D("2026-12-30")));
        QVERIFY(r.provisional);
        QCOMPARE(r.notes.size(), 1);
        QVERIFY(r.notes.first().contains(QStringLiteral("国务院办公厅关于2027年部分节假日安排的通知")));
        QVERIFY(r.basis.last().contains(QStringLiteral("(provisional)")));
        // Due in December 2026 with no 2027 notice installed: not provisional, but the caveat is shown.
        r = must(calc.correction(D("2026-12-24")));
        QCOMPARE(r.reinspectionDue, D("2026-12-29"));
        QVERIFY(!r.provisional);
        QCOMPARE(r.notes.size(), 1);
        QVERIFY(r.notes.first().contains(QStringLiteral("December 2026")));
        QVERIFY(must(calc.correction(D("2025-12-01"))).notes.isEmpty()); // 2026 is installed
    }

    void refusedInput()
    {
        const DeadlineCalculator calc {WorkCalendar()};
        const auto check = [](const Result<DeadlineResult> &r, const QString &where, const QString &text) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, 1);
            QCOMPARE(r.error().where, where);
            QVERIFY2(r.error().message.contains(text), qPrintable(r.error().message));
        };
        check(calc.correction(QDate()), QStringLiteral("order_date"), QStringLiteral("not a valid date"));
        check(calc.correctionDeadline(D("2025-09-20"), {}), QStringLiteral("period"),
            QStringLiteral("needs its correction period"));
        check(calc.correctionDeadline(D("2025-09-20"), CorrectionPeriod::untilDate(D("2025-09-20"))),
            QStringLiteral("period"), QStringLiteral("is not after the order date 2025-09-20"));
        check(calc.correctionDeadline(D("2025-09-20"), CorrectionPeriod::untilDate(D("2025-09-01"))),
            QStringLiteral("period"), QStringLiteral("is not after"));
        check(calc.correctionDeadline(D("2025-09-20"), CorrectionPeriod::untilDate(D("2026-12-01"))),
            QStringLiteral("period"), QStringLiteral("more than 366 days"));
        check(calc.correctionDeadline(D("2025-09-20"), CorrectionPeriod::calendarDays(0)), QStringLiteral("period"),
            QStringLiteral("outside the range 1–366"));
        check(calc.correctionDeadline(D("2025-09-20"), CorrectionPeriod::workingDays(400)), QStringLiteral("period"),
            QStringLiteral("outside the range"));
        check(calc.compute(QStringLiteral("penalty-proposal"), D("2025-09-20")), QStringLiteral("order_kind"),
            QStringLiteral("'penalty-proposal' is not an order kind with a re-inspection date"));
        check(calc.compute(QStringLiteral("correction"), D("2025-09-20"), CorrectionPeriod::calendarDays(3)),
            QStringLiteral("period"), QStringLiteral("has no correction period"));
        QCOMPARE(must(calc.compute(
                          QStringLiteral("correction-deadline"), D("2025-09-20"), CorrectionPeriod::calendarDays(15)))
                     .reinspectionDue,
            D("2025-10-13"));
    }

    void json()
    {
        const DeadlineCalculator calc {WorkCalendar()};
        QJsonObject o = must(calc.correction(D("2025-09-26"))).toJson();
        QCOMPARE(o.value(QStringLiteral("reinspection_due")).toString(), QStringLiteral("2025-09-30"));
        QVERIFY(o.value(QStringLiteral("deadline_expiry")).isNull());
        QCOMPARE(o.value(QStringLiteral("provisional")).toBool(true), false);
        QVERIFY(o.value(QStringLiteral("basis")).toArray().size() >= 4);
        QCOMPARE(o.value(QStringLiteral("order_kind")).toString(), QStringLiteral("correction"));
        const QJsonArray days = o.value(QStringLiteral("reinspection_days")).toArray();
        QCOMPARE(days.size(), 4); // 09-27 (weekend), 09-28, 09-29, 09-30
        QCOMPARE(days.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("make-up"));
        QCOMPARE(days.at(1).toObject().value(QStringLiteral("ordinal")).toInt(), 1);
        o = must(calc.correctionDeadline(D("2025-09-20"), CorrectionPeriod::workingDays(5))).toJson();
        QCOMPARE(o.value(QStringLiteral("deadline_expiry")).toString(), QStringLiteral("2025-09-26"));
        QCOMPARE(o.value(QStringLiteral("period")).toObject().value(QStringLiteral("type")).toString(),
            QStringLiteral("working-days"));
        QVERIFY(o.value(QStringLiteral("deadline_nominal")).isNull());
        o = must(calc.correction(D("2026-12-30"))).toJson();
        QCOMPARE(o.value(QStringLiteral("provisional")).toBool(), true);
        QVERIFY(o.value(QStringLiteral("provisional_years")).toArray() == QJsonArray {2027});
    }

    void basisInChinese()
    {
        QVERIFY(Translator::install(QStringLiteral("zh_CN")));
        const DeadlineResult r = must(DeadlineCalculator(WorkCalendar()).correction(D("2025-09-26")));
        const QString text = r.basisText();
        Translator::install(QStringLiteral("en"));
        QVERIFY2(text.contains(QStringLiteral("09-28（调休上班）第1日，09-29 第2日，09-30 第3日")), qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("《公共安全视频图像信息系统监督管理工作规定》第十五条")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("责令改正")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("复查")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestDeadlineCalculator)
#include "TestDeadlineCalculator.moc"
