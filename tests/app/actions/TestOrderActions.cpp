// OrderActions: an order to correct states its facts, provision violated, legal basis and requirement
// (规定 Art. 14) — refused, naming what is missing, or taken from the checklist's proposal as the
// outcome dialog shows it — and is issued in one transaction with its audit entry.
#include "InspectionSealer.h"
#include "OrderActions.h"
#include "OrderProposer.h"
#include "OrderRepository.h"
#include "StoreContent.h"
#include "WorkflowFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace psv;

class TestOrderActions : public QObject
{
    Q_OBJECT

    static OrderDraft bare(OrderKind kind, const QString &finding)
    {
        OrderDraft d;
        d.kind = kind;
        d.findings = {finding};
        if (kind == OrderKind::CorrectionDeadline)
            d.period = CorrectionPeriod::calendarDays(15);
        return d;
    }

    static bool setUpItem4(WorkflowFixture &fx)
    {
        return fx.setUp()
            && fx.setItem(QStringLiteral("4"), ItemStatus::NonCompliant, QStringLiteral("系统投入使用45日未备案"),
                QJsonObject {{QStringLiteral("finding"), QStringLiteral("not-filed")}});
    }

    static int orderCount(Database &db)
    {
        QSqlQuery q(db.sql());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM orders")) && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void refusesAnOrderWithoutItsNoticeText()
    {
        WorkflowFixture fx;
        QVERIFY(setUpItem4(fx));
        OrderActions orders(*fx.db, fx.checklists, WorkCalendar {});
        OrderDraft d = bare(OrderKind::CorrectionDeadline, QStringLiteral("4"));
        d.legalBasis = QStringLiteral("《条例》第二十九条");
        const QString before = storeContent(fx.dir.path());
        auto issued = orders.issue(fx.inspection.id, d, QDate(2025, 9, 30), fx.actor);
        QVERIFY(!issued.ok());
        const QString message = issued.error().message;
        QVERIFY2(message.contains(QStringLiteral("the facts found")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("the provision violated")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("what is to be corrected")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("legal basis")), qPrintable(message));
        QCOMPARE(issued.error().where, QStringLiteral("facts"));
        QCOMPARE(storeContent(fx.dir.path()), before);
        QCOMPARE(orderCount(*fx.db), 0);
    }

    void missingContentNamesEachField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("named");
        QTest::newRow("facts") << QStringLiteral("facts") << QStringLiteral("the facts found");
        QTest::newRow("violated") << QStringLiteral("violated") << QStringLiteral("the provision violated");
        QTest::newRow("legal basis") << QStringLiteral("legal_basis") << QStringLiteral("the legal basis");
        QTest::newRow("requirement") << QStringLiteral("requirement") << QStringLiteral("what is to be corrected");
    }

    void missingContentNamesEachField()
    {
        QFETCH(QString, field);
        QFETCH(QString, named);
        OrderDraft d = bare(OrderKind::Correction, QStringLiteral("2"));
        d.facts = QStringLiteral("未设置提示标识。");
        d.violated = QStringLiteral("《条例》第十三条");
        d.legalBasis = QStringLiteral("《条例》第二十九条");
        d.requirement = QStringLiteral("设置提示标识");
        (field == QLatin1String("facts")                ? d.facts
                : field == QLatin1String("violated")    ? d.violated
                : field == QLatin1String("legal_basis") ? d.legalBasis
                                                        : d.requirement)
            .clear();
        QCOMPARE(OrderActions::missingContent(d), QStringList {named});
        // Orders without a notice (penalty proposal, referral) state no such text.
        d.kind = OrderKind::Referral;
        QVERIFY(OrderActions::missingContent(d).isEmpty());
    }

    void withProposalFillsWhatTheOutcomeDialogProposes()
    {
        WorkflowFixture fx;
        QVERIFY(setUpItem4(fx));
        auto proposals = OrderProposer(*fx.db, fx.checklists).propose(fx.inspection.id);
        QVERIFY(proposals.ok());
        QCOMPARE(proposals.value().size(), 1);
        const OrderDraft &proposed = proposals.value().first().draft;

        OrderActions orders(*fx.db, fx.checklists, WorkCalendar {});
        OrderDraft d = bare(OrderKind::CorrectionDeadline, QStringLiteral("4"));
        d.legalBasis = QStringLiteral("《条例》第二十九条"); // given: kept
        auto filled = orders.withProposal(fx.inspection.id, d);
        QVERIFY(filled.ok());
        QCOMPARE(filled.value().facts, proposed.facts);
        QCOMPARE(filled.value().violated, proposed.violated);
        QCOMPARE(filled.value().requirement, proposed.requirement);
        QCOMPARE(filled.value().legalBasis, QStringLiteral("《条例》第二十九条"));
        QVERIFY(OrderActions::missingContent(filled.value()).isEmpty());

        auto issued = orders.issue(fx.inspection.id, filled.value(), QDate(2025, 9, 30), fx.actor);
        QVERIFY2(issued.ok(), issued ? "" : qPrintable(issued.error().text()));
        const Order &o = issued.value().order;
        QCOMPARE(o.violated, proposed.violated);
        QCOMPARE(o.facts, proposed.facts);
        QVERIFY(o.reinspectionDue.isValid());
        QCOMPARE(orderCount(*fx.db), 1);
    }

    void withProposalKeepsTheKindAndThePeriod()
    {
        // The period of a 责令限期改正 is the officer's to give: not taken from the checklist.
        WorkflowFixture fx;
        QVERIFY(setUpItem4(fx));
        OrderDraft d = bare(OrderKind::CorrectionDeadline, QStringLiteral("4"));
        d.period = {};
        OrderActions orders(*fx.db, fx.checklists, WorkCalendar {});
        auto filled = orders.withProposal(fx.inspection.id, d);
        QVERIFY(filled.ok());
        QCOMPARE(filled.value().kind, OrderKind::CorrectionDeadline);
        QVERIFY(filled.value().period.kind == CorrectionPeriod::Kind::None);
        const QString before = storeContent(fx.dir.path());
        auto refused = orders.issue(fx.inspection.id, filled.value(), QDate(2025, 9, 30), fx.actor);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("period")), qPrintable(refused.error().text()));
        QCOMPARE(storeContent(fx.dir.path()), before);
    }

    void anItemThatIsNotNonCompliantProposesNothing()
    {
        WorkflowFixture fx;
        QVERIFY(setUpItem4(fx));
        QVERIFY(fx.setItem(QStringLiteral("2"), ItemStatus::Compliant));
        OrderActions orders(*fx.db, fx.checklists, WorkCalendar {});
        auto filled = orders.withProposal(fx.inspection.id, bare(OrderKind::Correction, QStringLiteral("2")));
        QVERIFY(filled.ok());
        QCOMPARE(OrderActions::missingContent(filled.value()).size(), 4);
        const QString before = storeContent(fx.dir.path());
        QVERIFY(!orders.issue(fx.inspection.id, filled.value(), QDate(2025, 9, 30), fx.actor).ok());
        QCOMPARE(storeContent(fx.dir.path()), before);
    }

    void issueIsOneTransaction()
    {
        WorkflowFixture fx;
        QVERIFY(setUpItem4(fx));
        OrderActions orders(*fx.db, fx.checklists, WorkCalendar {});
        auto d = orders.withProposal(fx.inspection.id, bare(OrderKind::CorrectionDeadline, QStringLiteral("4")));
        QVERIFY(d.ok());
        QSqlQuery q(fx.db->sql());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_log WHEN "
                                      "NEW.entity_type = 'order' BEGIN SELECT RAISE(ABORT, 'audit refused on "
                                      "purpose'); END")));
        const QString before = storeContent(fx.dir.path());
        auto issued = orders.issue(fx.inspection.id, d.value(), QDate(2025, 9, 30), fx.actor);
        QVERIFY(!issued.ok());
        QVERIFY2(
            issued.error().message.contains(QStringLiteral("refused on purpose")), qPrintable(issued.error().text()));
        // Neither the order nor its document number was kept.
        QCOMPARE(storeContent(fx.dir.path()), before);
        QCOMPARE(orderCount(*fx.db), 0);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_audit")));
        QVERIFY(orders.issue(fx.inspection.id, d.value(), QDate(2025, 9, 30), fx.actor).ok());
    }

    void aSealedInspectionTakesNoOrder()
    {
        WorkflowFixture fx;
        QVERIFY(setUpItem4(fx));
        QVERIFY(InspectionSealer(*fx.db, fx.checklists).seal(fx.inspection.id, fx.actor, QStringLiteral("演练")).ok());
        const QString before = storeContent(fx.dir.path());
        auto issued = OrderActions(*fx.db, fx.checklists, WorkCalendar {})
                          .issue(fx.inspection.id, bare(OrderKind::Correction, QStringLiteral("4")), QDate(2025, 9, 30),
                              fx.actor);
        QVERIFY(!issued.ok());
        QVERIFY2(issued.error().message.contains(QStringLiteral("is sealed")), qPrintable(issued.error().text()));
        QCOMPARE(storeContent(fx.dir.path()), before);
    }
};

QTEST_GUILESS_MAIN(TestOrderActions)
#include "TestOrderActions.moc"
