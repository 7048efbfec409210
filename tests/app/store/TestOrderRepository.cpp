#include "OrderRepository.h"
#include "SealService.h"
#include "StoreFixture.h"

#include <QTest>

using namespace psv;

namespace {
Order order(const QString &inspectionId)
{
    Order o;
    o.inspectionId = inspectionId;
    o.kind = OrderKind::CorrectionDeadline;
    o.findings = {QStringLiteral("4")};
    o.legalBasis = QStringLiteral("《条例》第二十九条");
    o.issuedOn = QDate(2025, 9, 20);
    o.deadline = QDate(2025, 10, 9);
    o.reinspectionDue = QDate(2025, 10, 13);
    o.dueBasis = QStringLiteral("15日内，期满日顺延；复查为期满后第3个工作日");
    o.documentNumber = QStringLiteral("限改字〔2025〕1号");
    return o;
}
} // namespace

class TestOrderRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addUpdateList()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        const Inspection i = fx.newInspection();
        OrderRepository orders(*fx.db);
        auto a = orders.add(order(i.id), fx.actor);
        QVERIFY(a.ok());
        QCOMPARE(a.value().status, OrderStatus::Open);
        QCOMPARE(orders.get(a.value().id).value().toJson(), a.value().toJson());
        Order changed = a.value();
        changed.deadline = QDate(2025, 10, 10);
        QVERIFY(orders.update(changed, fx.actor).ok());
        QCOMPARE(orders.get(a.value().id).value().deadline, QDate(2025, 10, 10));
        Order other = order(i.id);
        other.kind = OrderKind::Correction;
        other.deadline = {};
        other.reinspectionDue = QDate(2025, 9, 24);
        QVERIFY(orders.add(other, fx.actor).ok());
        OrderFilter f;
        f.inspectionId = i.id;
        auto all = orders.list(f).value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().kind, OrderKind::Correction); // earlier re-inspection first
        f.dueBefore = QDate(2025, 10, 1);
        QCOMPARE(orders.list(f).value().size(), 1);
    }

    void contentFixedBySealStatusNot()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        const Inspection i = fx.newInspection();
        OrderRepository orders(*fx.db);
        const Order o = orders.add(order(i.id), fx.actor).value();
        auto sealed = SealService(*fx.db).seal(i.id, fx.actor);
        QVERIFY(sealed.ok());
        Order changed = o;
        changed.deadline = QDate(2025, 11, 1);
        QVERIFY(!orders.update(changed, fx.actor).ok());
        QVERIFY(!orders.add(order(i.id), fx.actor).ok());
        // The re-inspection closes it: allowed after sealing, and the seal still verifies.
        const Inspection re = fx.newInspection();
        auto closed = orders.setStatus(o.id, OrderStatus::Corrected, fx.actor, re.id);
        QVERIFY(closed.ok());
        QCOMPARE(orders.get(o.id).value().reinspectionId, re.id);
        QVERIFY(SealService(*fx.db).verify(i.id).value().intact());
        QVERIFY(!orders.setStatus(o.id, OrderStatus::Escalated, fx.actor, QStringLiteral("nope")).ok());
        QCOMPARE(orders.get(o.id).value().status, OrderStatus::Corrected);
    }

    void reinspectionReferencesAnOrder()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        const Inspection i = fx.newInspection();
        const Order o = OrderRepository(*fx.db).add(order(i.id), fx.actor).value();
        Inspection re = fx.draft();
        re.trigger = InspectionTrigger::Reinspection;
        re.reinspectionOfOrderId = o.id;
        auto r = InspectionRepository(*fx.db).create(re, fx.actor);
        QVERIFY(r.ok());
        QCOMPARE(InspectionRepository(*fx.db).get(r.value().id).value().reinspectionOfOrderId, o.id);
    }
};

QTEST_GUILESS_MAIN(TestOrderRepository)
#include "TestOrderRepository.moc"
