#include "AuditLog.h"
#include "StoreFixture.h"

#include <QTest>

using namespace psv;

class TestSiteRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addRoundTripsEveryField()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        Site s;
        s.unitId = fx.unit.id;
        s.name = QStringLiteral("研发中心监控");
        s.address = QStringLiteral("深圳市龙岗区");
        s.latitude = 22.65;
        s.longitude = 114.06;
        s.category = PlaceCategory::Art9;
        s.inUseSince = QDate(2024, 1, 2);
        s.cameraCount = 80;
        s.cameraTypes = {QStringLiteral("半球"), QStringLiteral("枪机")};
        s.retentionDays = 30;
        s.filingStatus = FilingStatus::Filed;
        s.filingNumber = QStringLiteral("深公视备-001");
        s.filingDate = QDate(2025, 5, 20);
        s.filedCameraCount = 78;
        s.filedRetentionDays = 30;
        s.jurisdiction = QStringLiteral("440307");
        auto r = SiteRepository(*fx.db).add(s, fx.actor);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        auto back = SiteRepository(*fx.db).get(r.value().id);
        QVERIFY(back.ok());
        QCOMPARE(back.value().toJson(), r.value().toJson());
        QCOMPARE(back.value().cameraTypes, s.cameraTypes);
        QCOMPARE(*back.value().latitude, 22.65);
        QVERIFY(!back.value().filingDeadline().required());
    }

    void refusesAnUnknownUnitAndBadData()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        Site s;
        s.unitId = QStringLiteral("no-such-unit");
        s.name = QStringLiteral("X");
        auto r = SiteRepository(*fx.db).add(s, fx.actor);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("no-such-unit")));
        s.unitId = fx.unit.id;
        s.latitude = 100;
        s.longitude = 0;
        QCOMPARE(SiteRepository(*fx.db).add(s, fx.actor).error().where, QStringLiteral("latitude"));
        QCOMPARE(StoreFixture::count(*fx.db, QStringLiteral("sites")), 1);
    }

    void listFilters()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        SiteRepository sites(*fx.db);
        Unit other;
        other.name = QStringLiteral("重庆某商场有限公司");
        other.type = UnitType::Enterprise;
        other.uscc = QStringLiteral("91440300708461136T");
        const QString otherId = UnitRepository(*fx.db).add(other, fx.actor).value().id;
        Site s;
        s.unitId = otherId;
        s.name = QStringLiteral("商场一层");
        s.category = PlaceCategory::Art7_2_1;
        s.filingStatus = FilingStatus::Filed;
        QVERIFY(sites.add(s, fx.actor).ok());
        s.name = QStringLiteral("停车场");
        s.category = PlaceCategory::Art9;
        s.filingStatus = FilingStatus::NotFiled;
        s.address = QStringLiteral("解放碑");
        QVERIFY(sites.add(s, fx.actor).ok());
        SiteFilter f;
        QCOMPARE(sites.list(f).value().size(), 3);
        f.unitId = otherId;
        QCOMPARE(sites.list(f).value().size(), 2);
        f = {};
        f.category = PlaceCategory::Art9;
        QCOMPARE(sites.list(f).value().first().name, QStringLiteral("停车场"));
        f = {};
        f.filingStatus = FilingStatus::Filed;
        QCOMPARE(sites.list(f).value().size(), 1);
        f = {};
        f.search = QStringLiteral("商场"); // the unit's name and a site's name
        QCOMPARE(sites.list(f).value().size(), 2);
        f.search = QStringLiteral("解放碑"); // the address
        QCOMPARE(sites.list(f).value().size(), 1);
    }

    void updateIsAudited()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        Site s = fx.site;
        s.filingStatus = FilingStatus::Filed;
        s.filingNumber = QStringLiteral("备-2025-9");
        auto r = SiteRepository(*fx.db).update(s, fx.actor);
        QVERIFY(r.ok());
        QCOMPARE(SiteRepository(*fx.db).get(s.id).value().filingNumber, QStringLiteral("备-2025-9"));
        const AuditEntry e = AuditLog(*fx.db).list().value().first();
        QCOMPARE(e.entityType, QStringLiteral("site"));
        QVERIFY(e.details.value(QStringLiteral("changes")).toObject().contains(QStringLiteral("filing_number")));
    }
};

QTEST_GUILESS_MAIN(TestSiteRepository)
#include "TestSiteRepository.moc"
