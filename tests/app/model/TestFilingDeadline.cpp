#include "FilingDeadline.h"

#include <QTest>

using namespace psv;

class TestFilingDeadline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void thirtyDaysAfterPuttingIntoUse()
    {
        // 条例 Art. 14: within 30 days, the start day not counted → start + 30.
        const FilingDeadline d = FilingDeadline::compute(QDate(2025, 8, 10), PlaceCategory::Art7_2_1);
        QCOMPARE(d.rule(), FilingDeadline::Rule::ThirtyDays);
        QCOMPARE(d.date(), QDate(2025, 9, 9));
        QVERIFY(d.basis().contains(QStringLiteral("Art. 14")));
        QVERIFY(d.basis().contains(QStringLiteral("2025-08-10")));
        QCOMPARE(d.ruleCode(), QStringLiteral("30-days"));
    }

    void dayOfEffectIsNotTransitional()
    {
        const FilingDeadline d = FilingDeadline::compute(QDate(2025, 4, 1), PlaceCategory::Art7_1);
        QCOMPARE(d.rule(), FilingDeadline::Rule::ThirtyDays);
        QCOMPARE(d.date(), QDate(2025, 5, 1));
    }

    void inUseBeforeTheRegulationGetsJune30_data()
    {
        QTest::addColumn<QDate>("inUse");
        QTest::newRow("day before") << QDate(2025, 3, 31);
        QTest::newRow("years before") << QDate(2019, 6, 1);
    }
    void inUseBeforeTheRegulationGetsJune30()
    {
        QFETCH(QDate, inUse);
        const FilingDeadline d = FilingDeadline::compute(inUse, PlaceCategory::Art7_2_2);
        QCOMPARE(d.rule(), FilingDeadline::Rule::Transitional);
        QCOMPARE(d.date(), QDate(2025, 6, 30));
        QVERIFY(d.basis().contains(QStringLiteral("90 days")));
    }

    void otherPublicPlacesAreExempt()
    {
        const FilingDeadline d = FilingDeadline::compute(QDate(2025, 8, 10), PlaceCategory::Art9);
        QCOMPARE(d.rule(), FilingDeadline::Rule::NotRequired);
        QVERIFY(!d.required());
        QVERIFY(!d.date().isValid());
        QVERIFY(!d.overdue(QDate(2030, 1, 1), FilingStatus::NotFiled));
        QVERIFY(d.basis().contains(QStringLiteral("Art. 9 para. 2")));
    }

    void unknownWithoutADate()
    {
        const FilingDeadline d = FilingDeadline::compute(QDate(), PlaceCategory::Art7_2_3);
        QCOMPARE(d.rule(), FilingDeadline::Rule::Unknown);
        QVERIFY(!d.date().isValid());
        QVERIFY(!d.basis().isEmpty());
    }

    void rollForwardMovesTheDeadlineAndSaysSo()
    {
        // 2025-04-01 + 30 = 2025-05-01 (Labour Day); a calendar would move it to 2025-05-06.
        const auto roll = [](QDate d) {
            return d == QDate(2025, 5, 1) ? QDate(2025, 5, 6) : d;
        };
        const FilingDeadline d = FilingDeadline::compute(QDate(2025, 4, 1), PlaceCategory::Art7_1, roll);
        QCOMPARE(d.date(), QDate(2025, 5, 6));
        QVERIFY2(d.basis().contains(QStringLiteral("2025-05-01")), qPrintable(d.basis()));
    }

    void overdueOnlyWhenNotFiledAfterTheDate()
    {
        const FilingDeadline d = FilingDeadline::compute(QDate(2025, 8, 10), PlaceCategory::Art7_2_1);
        QVERIFY(!d.overdue(QDate(2025, 9, 9), FilingStatus::NotFiled));
        QVERIFY(d.overdue(QDate(2025, 9, 10), FilingStatus::NotFiled));
        QVERIFY(!d.overdue(QDate(2025, 9, 10), FilingStatus::Filed));
    }
};

QTEST_GUILESS_MAIN(TestFilingDeadline)
#include "TestFilingDeadline.moc"
