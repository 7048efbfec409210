#include "Order.h"

#include <QJsonArray>
#include <QTest>

using namespace psv;

namespace {
Order sample()
{
    Order o;
    o.id = QStringLiteral("ord1");
    o.inspectionId = QStringLiteral("i1");
    o.kind = OrderKind::CorrectionDeadline;
    o.findings = {QStringLiteral("4")};
    o.facts = QStringLiteral("系统投入使用逾三十日未备案");
    o.legalBasis = QStringLiteral("《公共安全视频图像信息系统管理条例》第二十九条");
    o.requirement = QStringLiteral("办理备案");
    o.issuedOn = QDate(2025, 9, 20);
    o.deadline = QDate(2025, 10, 9);
    o.reinspectionDue = QDate(2025, 10, 13);
    o.dueBasis = QStringLiteral("15日内；10-05 休息日顺延");
    o.documentNumber = QStringLiteral("渝公(视)限改字〔2025〕12号");
    return o;
}
} // namespace

class TestOrder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTrip()
    {
        const Order o = sample();
        QVERIFY(o.validated().ok());
        const QJsonObject j = o.toJson();
        QCOMPARE(j.value(QStringLiteral("kind")).toString(), QStringLiteral("correction-deadline"));
        QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(j.value(QStringLiteral("reinspection_due")).toString(), QStringLiteral("2025-10-13"));
        auto back = Order::fromJson(j);
        QVERIFY(back.ok());
        QCOMPARE(back.value().toJson(), j);
    }

    void validation()
    {
        Order o = sample();
        o.deadline = {};
        QCOMPARE(o.validated().error().where, QStringLiteral("deadline"));
        o.kind = OrderKind::Correction;
        QVERIFY(o.validated().ok());
        o = sample();
        o.deadline = QDate(2025, 9, 1);
        QCOMPARE(o.validated().error().where, QStringLiteral("deadline"));
        o = sample();
        o.reinspectionDue = o.issuedOn;
        QCOMPARE(o.validated().error().where, QStringLiteral("reinspection_due"));
        o = sample();
        o.issuedOn = {};
        QCOMPARE(o.validated().error().where, QStringLiteral("issued_on"));
        o = sample();
        o.findings = {QStringLiteral("not a key")};
        QCOMPARE(o.validated().error().where, QStringLiteral("findings"));
    }

    void sealContentIgnoresTheLaterLifecycle()
    {
        Order o = sample();
        const QJsonObject sealed = o.sealContent();
        o.status = OrderStatus::Corrected;
        o.reinspectionId = QStringLiteral("i2");
        QCOMPARE(o.sealContent(), sealed);
        o.deadline = QDate(2025, 10, 10);
        QVERIFY(o.sealContent() != sealed);
    }
};

QTEST_GUILESS_MAIN(TestOrder)
#include "TestOrder.moc"
