// SiteActivityQuery on a real store: the last inspection and the orders not yet corrected, per site.
#include "OrderRepository.h"
#include "SiteActivityQuery.h"
#include "StoreFixture.h"

#include <QTimeZone>

using namespace psv;

namespace {
Order order(const QString &inspectionId)
{
    Order o;
    o.inspectionId = inspectionId;
    o.kind = OrderKind::Correction;
    o.findings = {QStringLiteral("4")};
    o.legalBasis = QStringLiteral("《条例》第二十九条");
    o.issuedOn = QDate(2025, 9, 20);
    o.reinspectionDue = QDate(2025, 9, 25);
    return o;
}
} // namespace

class TestSiteActivityQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyWithoutInspections()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        auto all = SiteActivityQuery(*fx.db).all();
        QVERIFY(all);
        QVERIFY(all.value().isEmpty());
    }

    void lastInspectionAndOpenOrders()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        Site second;
        second.unitId = fx.unit.id;
        second.name = QStringLiteral("第二个系统");
        second.inUseSince = QDate(2025, 8, 1);
        const Site other = SiteRepository(*fx.db).add(second, fx.actor).value();

        InspectionRepository inspections(*fx.db);
        Inspection early = fx.draft();
        early.startedAt = QDateTime(QDate(2025, 9, 1), QTime(9, 0), QTimeZone::UTC);
        Inspection late = fx.draft();
        late.startedAt = QDateTime(QDate(2025, 10, 15), QTime(14, 30), QTimeZone::UTC);
        const Inspection a = inspections.create(early, fx.actor).value();
        const Inspection b = inspections.create(late, fx.actor).value();

        OrderRepository orders(*fx.db);
        QVERIFY(orders.add(order(a.id), fx.actor));
        const Order corrected = orders.add(order(a.id), fx.actor).value();
        QVERIFY(orders.add(order(b.id), fx.actor));
        QVERIFY(orders.setStatus(corrected.id, OrderStatus::Corrected, fx.actor));

        auto all = SiteActivityQuery(*fx.db).all();
        QVERIFY2(all, qPrintable(all ? QString() : all.error().text()));
        QCOMPARE(all.value().size(), 1);
        const SiteActivity activity = all.value().value(fx.site.id);
        QCOMPARE(activity.lastInspection, late.startedAt);
        QCOMPARE(activity.inspections, 2);
        QCOMPARE(activity.openOrders, 2);
        QVERIFY(!all.value().contains(other.id));
    }
};

QTEST_GUILESS_MAIN(TestSiteActivityQuery)
#include "TestSiteActivityQuery.moc"
