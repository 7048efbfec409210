#include "SealedInspectionRule.h"

#include <QTest>

using namespace psv;
using D = SealedInspectionRule::Decision;

class TestSealedInspectionRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisions()
    {
        const QString seal1 = QStringLiteral("aa11"), seal2 = QStringLiteral("bb22");
        QCOMPARE(SealedInspectionRule::decide(std::nullopt, seal1), D::Insert);
        QCOMPARE(SealedInspectionRule::decide(std::nullopt, QString()), D::Insert);
        QCOMPARE(SealedInspectionRule::decide(seal1, seal1), D::Identical);
        QCOMPARE(SealedInspectionRule::decide(seal1, seal2), D::KeepBoth); // same id, different seal
        QCOMPARE(SealedInspectionRule::decide(seal1, QString()), D::KeepBoth); // sealed never changes
        QCOMPARE(SealedInspectionRule::decide(QString(), seal1, false), D::AdoptSealed);
        QCOMPARE(SealedInspectionRule::decide(QString(), seal1, true), D::KeepBoth);
        QCOMPARE(SealedInspectionRule::decide(QString(), QString()), D::MergeFields);
    }

    void everyDecisionIsDescribed()
    {
        for (D d : {D::Insert, D::Identical, D::AdoptSealed, D::KeepBoth, D::MergeFields})
            QVERIFY(!SealedInspectionRule::describe(d).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSealedInspectionRule)
#include "TestSealedInspectionRule.moc"
