#include "OrderProposer.h"
#include "WorkflowFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace psv;

class TestOrderProposer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingNonCompliantProposesNothing()
    {
        WorkflowFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.allFocusCompliant());
        auto r = OrderProposer(*f.db, f.checklists).propose(f.inspection.id);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        QVERIFY(r.value().isEmpty());
    }

    void namedFindingGivesItsOutcome()
    {
        WorkflowFixture f;
        QVERIFY(f.setUp());
        QVERIFY(
            f.setItem(QStringLiteral("4"), ItemStatus::NonCompliant, QStringLiteral("系统投入使用已45日，未办理备案"),
                {{QStringLiteral("finding"), QStringLiteral("not-filed")}, {QStringLiteral("seen-camera-count"), 12}}));
        auto r = OrderProposer(*f.db, f.checklists).propose(f.inspection.id);
        QVERIFY(r.ok());
        QCOMPARE(r.value().size(), 1);
        const OrderProposer::Proposal &p = r.value().first();
        QCOMPARE(p.itemKey, QStringLiteral("4"));
        QCOMPARE(p.findingKey, QStringLiteral("not-filed"));
        QVERIFY(p.findingChosen);
        QCOMPARE(p.draft.kind, OrderKind::CorrectionDeadline);
        QCOMPARE(p.draft.findings, QStringList {QStringLiteral("4")});
        QVERIFY2(p.draft.legalBasis.contains(QStringLiteral("第二十九条")), qPrintable(p.draft.legalBasis));
        QVERIFY2(p.draft.violated.contains(QStringLiteral("第十四条第一款")), qPrintable(p.draft.violated));
        QVERIFY(p.draft.facts.contains(QStringLiteral("未在规定期限内备案")));
        QVERIFY(p.draft.facts.contains(QStringLiteral("系统投入使用已45日")));
        QVERIFY2(p.draft.facts.contains(QStringLiteral("现场核实的图像采集设备数量：12台")), qPrintable(p.draft.facts));
        QCOMPARE(p.draft.period.kind, CorrectionPeriod::Kind::CalendarDays);
        QCOMPARE(p.draft.period.days, OrderProposer::kDefaultPeriodDays);
        QVERIFY(p.penalty.contains(QStringLiteral("1万元")));
        QVERIFY(!p.draft.requirement.isEmpty());
    }

    void correctionFindingHasNoPeriod()
    {
        WorkflowFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.setItem(QStringLiteral("2"), ItemStatus::NonCompliant, QStringLiteral("入口无提示标识"),
            {{QStringLiteral("finding"), QStringLiteral("no-sign")}}));
        auto r = OrderProposer(*f.db, f.checklists).propose(f.inspection.id);
        QVERIFY(r.ok());
        QCOMPARE(r.value().size(), 1);
        QCOMPARE(r.value().first().draft.kind, OrderKind::Correction);
        QCOMPARE(r.value().first().draft.period.kind, CorrectionPeriod::Kind::None);
    }

    void unnamedFindingPrefersACorrectionOrder()
    {
        WorkflowFixture f;
        QVERIFY(f.setUp());
        // Item 3's first findings lead to a penalty proposal and a referral; item 9 has a correction.
        QVERIFY(f.setItem(QStringLiteral("3"), ItemStatus::NonCompliant, QStringLiteral("未经同意采集")));
        auto r = OrderProposer(*f.db, f.checklists).propose(f.inspection.id);
        QVERIFY(r.ok());
        QCOMPARE(r.value().size(), 1);
        QVERIFY(!r.value().first().findingChosen);
        QCOMPARE(r.value().first().findingKey, QStringLiteral("no-consent"));
        QCOMPARE(r.value().first().draft.kind, OrderKind::PenaltyProposal);
        QCOMPARE(r.value().first().draft.period.kind, CorrectionPeriod::Kind::None);
    }

    void severalFindingsSeveralProposals()
    {
        WorkflowFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.setItem(QStringLiteral("6"), ItemStatus::NonCompliant, QStringLiteral("无制度，无登记"),
            {{QStringLiteral("findings"),
                QJsonArray {QStringLiteral("rules-missing"), QStringLiteral("register-missing")}}}));
        QVERIFY(f.setItem(QStringLiteral("2"), ItemStatus::NonCompliant, QStringLiteral("无标识")));
        auto r = OrderProposer(*f.db, f.checklists).propose(f.inspection.id);
        QVERIFY(r.ok());
        QCOMPARE(r.value().size(), 3);
        QCOMPARE(r.value().at(0).itemKey, QStringLiteral("2"));
        QCOMPARE(r.value().at(1).findingKey, QStringLiteral("rules-missing"));
        QCOMPARE(r.value().at(2).findingKey, QStringLiteral("register-missing"));
    }

    void unknownInspection()
    {
        WorkflowFixture f;
        QVERIFY(f.setUp());
        QVERIFY(!OrderProposer(*f.db, f.checklists).propose(QStringLiteral("no-such-id")).ok());
    }
};

QTEST_GUILESS_MAIN(TestOrderProposer)
#include "TestOrderProposer.moc"
