#include "IsoTime.h"
#include "Site.h"

#include <QJsonArray>
#include <QTest>

using namespace psv;

namespace {
Site sample()
{
    Site s;
    s.id = QStringLiteral("0190f4a8-0000-7000-8000-000000000002");
    s.unitId = QStringLiteral("0190f4a8-0000-7000-8000-000000000001");
    s.name = QStringLiteral("商场监控系统");
    s.address = QStringLiteral("重庆市渝中区");
    s.latitude = 29.5630;
    s.longitude = 106.5516;
    s.category = PlaceCategory::Art7_2_1;
    s.inUseSince = QDate(2025, 8, 10);
    s.cameraCount = 120;
    s.cameraTypes = {QStringLiteral("球机"), QStringLiteral("枪机")};
    s.retentionDays = 30;
    s.filingStatus = FilingStatus::Filed;
    s.filingNumber = QStringLiteral("渝公视备 2025-0001");
    s.filingDate = QDate(2025, 8, 20);
    s.filedCameraCount = 118;
    s.filedRetentionDays = 30;
    s.jurisdiction = QStringLiteral("500103");
    return s;
}
} // namespace

class TestSite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTrip()
    {
        const Site s = sample();
        const QJsonObject j = s.toJson();
        QCOMPARE(j.value(QStringLiteral("category")).toString(), QStringLiteral("art7-2-1"));
        QCOMPARE(j.value(QStringLiteral("filing_status")).toString(), QStringLiteral("filed"));
        QCOMPARE(j.value(QStringLiteral("in_use_since")).toString(), QStringLiteral("2025-08-10"));
        QCOMPARE(j.value(QStringLiteral("camera_types")).toArray().size(), 2);
        auto back = Site::fromJson(j);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().text()));
        QCOMPARE(back.value().toJson(), j);
        Site empty;
        empty.unitId = s.unitId;
        empty.name = s.name;
        QVERIFY(empty.toJson().value(QStringLiteral("latitude")).isNull());
        QCOMPARE(Site::fromJson(empty.toJson()).value().toJson(), empty.toJson());
    }

    void validation_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("no unit") << 0 << QStringLiteral("unit_id");
        QTest::newRow("no name") << 1 << QStringLiteral("name");
        QTest::newRow("half gps") << 2 << QStringLiteral("latitude");
        QTest::newRow("latitude") << 3 << QStringLiteral("latitude");
        QTest::newRow("cameras") << 4 << QStringLiteral("camera_count");
        QTest::newRow("retention") << 5 << QStringLiteral("retention_days");
        QTest::newRow("details but not filed") << 6 << QStringLiteral("filing_status");
    }
    void validation()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        Site s = sample();
        QVERIFY(s.validated().ok());
        switch (which) {
        case 0:
            s.unitId.clear();
            break;
        case 1:
            s.name = QStringLiteral("  ");
            break;
        case 2:
            s.longitude.reset();
            break;
        case 3:
            s.latitude = 91;
            break;
        case 4:
            s.cameraCount = -1;
            break;
        case 5:
            s.retentionDays = -3;
            break;
        case 6:
            s.filingStatus = FilingStatus::NotFiled;
            break;
        }
        auto r = s.validated();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, field);
        QVERIFY(!r.error().message.isEmpty());
    }

    void deadlineIsDerived()
    {
        Site s = sample();
        QCOMPARE(s.filingDeadline().date(), QDate(2025, 9, 9));
        s.category = PlaceCategory::Art9;
        QVERIFY(!s.filingDeadline().required());
    }
};

QTEST_GUILESS_MAIN(TestSite)
#include "TestSite.moc"
