#include "IsoTime.h"
#include "Unit.h"

#include <QJsonObject>
#include <QTest>

using namespace psv;

class TestUnit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validatedTrimsAndNormalises()
    {
        Unit u;
        u.name = QStringLiteral("  比亚迪股份有限公司 ");
        u.type = UnitType::Enterprise;
        u.uscc = QStringLiteral("9144 0300 1923 1745 8f");
        auto v = u.validated();
        QVERIFY(v.ok());
        QCOMPARE(v.value().name, QStringLiteral("比亚迪股份有限公司"));
        QCOMPARE(v.value().uscc, QStringLiteral("91440300192317458F"));
    }

    void refusesMissingNameAndBadCode()
    {
        Unit u;
        u.type = UnitType::Enterprise;
        u.uscc = QStringLiteral("914403001922038216");
        auto noName = u.validated();
        QVERIFY(!noName.ok());
        QCOMPARE(noName.error().where, QStringLiteral("name"));
        u.name = QStringLiteral("华为技术有限公司");
        u.uscc = QStringLiteral("914403001922038217");
        auto badCode = u.validated();
        QVERIFY(!badCode.ok());
        QCOMPARE(badCode.error().where, QStringLiteral("uscc"));
        u.uscc.clear();
        QVERIFY(!u.validated().ok());
        u.type = UnitType::Individual;
        QVERIFY(u.validated().ok());
    }

    void jsonRoundTrip()
    {
        Unit u;
        u.id = QStringLiteral("0190f4a8-0000-7000-8000-000000000001");
        u.name = QStringLiteral("深圳市腾讯计算机系统有限公司");
        u.type = UnitType::Enterprise;
        u.uscc = QStringLiteral("91440300708461136T");
        u.address = QStringLiteral("深圳市南山区");
        u.contactPerson = QStringLiteral("王工");
        u.contactPhone = QStringLiteral("0755-00000000");
        u.policeStation = QStringLiteral("粤海派出所");
        u.countyOrgan = QStringLiteral("南山分局");
        u.createdAt = IsoTime::parseTime(QStringLiteral("2026-01-02T03:04:05.006Z"));
        u.updatedAt = u.createdAt;
        u.hlc = QStringLiteral("0001767323045006-00000-A7F3");
        const QJsonObject j = u.toJson();
        QCOMPARE(j.value(QStringLiteral("type")).toString(), QStringLiteral("enterprise"));
        QCOMPARE(j.value(QStringLiteral("created_at")).toString(), QStringLiteral("2026-01-02T03:04:05.006Z"));
        auto back = Unit::fromJson(j);
        QVERIFY(back.ok());
        QCOMPARE(back.value().toJson(), j);
    }

    void fromJsonNamesTheBadField()
    {
        QJsonObject j {
            {QStringLiteral("name"), QStringLiteral("X")}, {QStringLiteral("type"), QStringLiteral("company")}};
        auto r = Unit::fromJson(j);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, QStringLiteral("unit/type"));
        j.insert(QStringLiteral("type"), QStringLiteral("other"));
        j.insert(QStringLiteral("address"), 5);
        r = Unit::fromJson(j);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, QStringLiteral("unit/address"));
        j.remove(QStringLiteral("address"));
        j.remove(QStringLiteral("name"));
        r = Unit::fromJson(j);
        QCOMPARE(r.error().where, QStringLiteral("unit/name"));
    }
};

QTEST_GUILESS_MAIN(TestUnit)
#include "TestUnit.moc"
