// Starting and closing re-inspections on a real store: the draft matches the original inspection
// and is linked on the order; closing is refused (changing nothing) until the re-inspection is sealed.
#include "AuditLog.h"
#include "ReinspectionService.h"
#include "ScheduleFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace psv;

namespace {
// Everything a refusal must leave untouched: the orders, inspections and the audit log.
QString storeState(const ScheduleFixture &fx)
{
    const QString file = fx.path();
    return StoreFixture::sqlite3(file, QStringLiteral("SELECT * FROM orders ORDER BY id;"))
        + StoreFixture::sqlite3(file, QStringLiteral("SELECT id, status, seal_hash FROM inspections ORDER BY id;"))
        + StoreFixture::sqlite3(file, QStringLiteral("SELECT COUNT(*) FROM audit_log;"));
}
} // namespace

class TestReinspectionService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startCreatesLinkedDraft()
    {
        ScheduleFixture fx;
        QVERIFY(fx.openWithInspection());
        Inspection origin = fx.origin;
        origin.kind = InspectionKind::Professional;
        origin.bodyCameras = {QStringLiteral("DSJ-0001")};
        QVERIFY(InspectionRepository(*fx.db).update(origin, fx.actor).ok());
        const Order o = fx.addOrder(QDate(2025, 9, 26));
        QVERIFY(fx.sealOrigin());

        const Actor officer = Actor::officer(fx.officer2);
        auto re = ReinspectionService(*fx.db).start(o.id, officer);
        QVERIFY2(re.ok(), qPrintable(re ? QString() : re.error().text()));
        QCOMPARE(re.value().trigger, InspectionTrigger::Reinspection);
        QCOMPARE(re.value().reinspectionOfOrderId, o.id);
        QCOMPARE(re.value().siteId, fx.site.id);
        QCOMPARE(re.value().kind, InspectionKind::Professional);
        QCOMPARE(re.value().status, InspectionStatus::Draft);
        QCOMPARE(re.value().checklistId, fx.origin.checklistId);
        // The signed-in officer leads; the original inspectors follow, each once.
        QCOMPARE(re.value().inspectorIds, QStringList({fx.officer2.id, fx.officer1.id}));
        QVERIFY(re.value().number != fx.origin.number);
        const Order linked = OrderRepository(*fx.db).get(o.id).value();
        QCOMPARE(linked.reinspectionId, re.value().id);
        QCOMPARE(linked.status, OrderStatus::Open);

        // A second start is refused and changes nothing.
        const QString before = storeState(fx);
        auto again = ReinspectionService(*fx.db).start(o.id, officer);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, 1);
        QVERIFY(again.error().message.contains(re.value().number));
        QCOMPARE(storeState(fx), before);
    }

    void aFailedLinkLeavesNoDraft()
    {
        // The draft and the order's link are one transaction: when the link cannot be written,
        // no unlinked re-inspection draft is left behind.
        ScheduleFixture fx;
        QVERIFY(fx.openWithInspection());
        const Order o = fx.addOrder(QDate(2025, 9, 26));
        QVERIFY(fx.sealOrigin());
        QSqlQuery q(fx.db->sql());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_link BEFORE UPDATE OF reinspection_id ON orders "
                                      "BEGIN SELECT RAISE(ABORT, 'link refused on purpose'); END")));
        const QString before = storeState(fx);
        auto re = ReinspectionService(*fx.db).start(o.id, fx.actor);
        QVERIFY(!re.ok());
        QVERIFY2(re.error().message.contains(QStringLiteral("link refused on purpose")), qPrintable(re.error().text()));
        QCOMPARE(storeState(fx), before);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_link")));
        QVERIFY(ReinspectionService(*fx.db).start(o.id, fx.actor).ok());
    }

    void closeRefusedUntilSealed()
    {
        ScheduleFixture fx;
        QVERIFY(fx.openWithInspection());
        const Order o = fx.addOrder(QDate(2025, 9, 20), CorrectionPeriod::calendarDays(15));
        QVERIFY(fx.sealOrigin());
        ReinspectionService service(*fx.db);

        QString before = storeState(fx);
        auto notStarted = service.close(o.id, true, fx.actor);
        QVERIFY(!notStarted.ok());
        QCOMPARE(notStarted.error().code, 1);
        QVERIFY(notStarted.error().message.contains(QStringLiteral("no re-inspection has been started")));
        QCOMPARE(storeState(fx), before);

        const Inspection re = service.start(o.id, fx.actor).value();
        before = storeState(fx);
        auto draft = service.close(o.id, true, fx.actor);
        QVERIFY(!draft.ok());
        QCOMPARE(draft.error().code, 1);
        QVERIFY(draft.error().message.contains(QStringLiteral("is not sealed")));
        QVERIFY(draft.error().message.contains(re.number));
        QCOMPARE(storeState(fx), before);
        QCOMPARE(OrderRepository(*fx.db).get(o.id).value().status, OrderStatus::Open);

        QVERIFY(SealService(*fx.db).seal(re.id, fx.actor).ok());
        auto closed = service.close(o.id, true, fx.actor);
        QVERIFY(closed.ok());
        QCOMPARE(closed.value().status, OrderStatus::Corrected);
        QCOMPARE(OrderRepository(*fx.db).get(o.id).value().status, OrderStatus::Corrected);
        QCOMPARE(OrderRepository(*fx.db).get(o.id).value().reinspectionId, re.id);

        AuditLog::Filter f;
        f.entityType = QStringLiteral("order");
        f.entityId = o.id;
        const QList<AuditEntry> audit = AuditLog(*fx.db).list(f).value();
        QVERIFY(!audit.isEmpty());
        QCOMPARE(audit.first().action, QStringLiteral("status"));
        QCOMPARE(audit.first().details.value(QStringLiteral("to")).toString(), QStringLiteral("corrected"));
        QVERIFY(AuditLog(*fx.db).verify().value().ok);

        // Closed is closed: neither a second close nor a new re-inspection.
        before = storeState(fx);
        QVERIFY(!service.close(o.id, false, fx.actor).ok());
        QVERIFY(!service.start(o.id, fx.actor).ok());
        QCOMPARE(storeState(fx), before);
    }

    void notCorrectedIsEscalated()
    {
        ScheduleFixture fx;
        QVERIFY(fx.openWithInspection());
        const Order o = fx.addOrder(QDate(2025, 12, 31));
        QCOMPARE(o.reinspectionDue, QDate(2026, 1, 6)); // 01-01..01-03 off (元旦); 01-04 (make-up Sunday), 01-05, 01-06
        QVERIFY(fx.sealOrigin());
        ReinspectionService service(*fx.db);
        const Inspection re = service.start(o.id, fx.actor).value();
        QVERIFY(SealService(*fx.db).seal(re.id, fx.actor).ok());
        auto closed = service.close(o.id, false, fx.actor);
        QVERIFY(closed.ok());
        QCOMPARE(OrderRepository(*fx.db).get(o.id).value().status, OrderStatus::Escalated);
    }

    void unknownOrderIsRefused()
    {
        ScheduleFixture fx;
        QVERIFY(fx.openWithInspection());
        const QString before = storeState(fx);
        QVERIFY(!ReinspectionService(*fx.db).start(QStringLiteral("no-such-order"), fx.actor).ok());
        QVERIFY(!ReinspectionService(*fx.db).close(QStringLiteral("no-such-order"), true, fx.actor).ok());
        QCOMPARE(storeState(fx), before);
    }
};

QTEST_GUILESS_MAIN(TestReinspectionService)
#include "TestReinspectionService.moc"
