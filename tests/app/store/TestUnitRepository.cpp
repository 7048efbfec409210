#include "AuditLog.h"
#include "ChangeLog.h"
#include "StoreFixture.h"
#include "Uuid.h"

#include <QTest>

using namespace psv;

class TestUnitRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addGetResolve()
    {
        StoreFixture fx;
        QVERIFY(fx.open(false));
        UnitRepository units(*fx.db);
        Unit u;
        u.name = QStringLiteral("  比亚迪股份有限公司 ");
        u.type = UnitType::Enterprise;
        u.uscc = QStringLiteral("91440300192317458f");
        u.address = QStringLiteral("深圳市坪山区");
        auto added = units.add(u, fx.actor);
        QVERIFY(added.ok());
        QVERIFY(Uuid::isValid(added.value().id));
        QCOMPARE(added.value().name, QStringLiteral("比亚迪股份有限公司"));
        QCOMPARE(added.value().uscc, QStringLiteral("91440300192317458F"));
        QVERIFY(added.value().createdAt.isValid());
        QVERIFY(!added.value().hlc.isEmpty());
        QCOMPARE(units.get(added.value().id).value().toJson(), added.value().toJson());
        QCOMPARE(units.resolve(QStringLiteral("91440300192317458F")).value().id, added.value().id);
        QCOMPARE(units.findByUscc(QStringLiteral("9144 0300 1923 1745 8f")).value().id, added.value().id);
        auto missing = units.get(QStringLiteral("nope"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, 1);
        QVERIFY(missing.error().message.contains(QStringLiteral("nope")));
        // The change and its audit entry and change-log row were committed together.
        auto audit = AuditLog(*fx.db).list().value();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("create"));
        QCOMPARE(audit.first().entityId, added.value().id);
        QCOMPARE(audit.first().actorName, QStringLiteral("test:fixture"));
        QCOMPARE(audit.first().details.value(QStringLiteral("uscc")).toString(), QStringLiteral("91440300192317458F"));
        auto changes = ChangeLog(*fx.db).since(0).value();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().op, QStringLiteral("insert"));
        QCOMPARE(changes.first().hlc, added.value().hlc);
    }

    void refusalsChangeNothing()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        UnitRepository units(*fx.db);
        const int audits = StoreFixture::count(*fx.db, QStringLiteral("audit_log"));
        Unit dup;
        dup.name = QStringLiteral("冒名单位");
        dup.type = UnitType::Enterprise;
        dup.uscc = QStringLiteral("914403001922038216");
        auto r = units.add(dup, fx.actor);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, QStringLiteral("uscc"));
        QVERIFY(r.error().message.contains(QStringLiteral("华为技术有限公司")));
        dup.uscc = QStringLiteral("914403001922038217");
        QVERIFY(!units.add(dup, fx.actor).ok());
        dup.uscc.clear();
        QVERIFY(!units.add(dup, fx.actor).ok());
        QCOMPARE(StoreFixture::count(*fx.db, QStringLiteral("units")), 1);
        QCOMPARE(StoreFixture::count(*fx.db, QStringLiteral("audit_log")), audits);
    }

    void updateRecordsWhatChanged()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        UnitRepository units(*fx.db);
        Unit u = fx.unit;
        u.address = QStringLiteral("深圳市龙岗区坂田");
        u.contactPhone = QStringLiteral("0755-28780808");
        auto r = units.update(u, fx.actor);
        QVERIFY(r.ok());
        QCOMPARE(units.get(u.id).value().address, QStringLiteral("深圳市龙岗区坂田"));
        QCOMPARE(r.value().createdAt, fx.unit.createdAt);
        QVERIFY(fx.unit.hlc < r.value().hlc);
        const AuditEntry last = AuditLog(*fx.db).list().value().first();
        QCOMPARE(last.action, QStringLiteral("update"));
        const QJsonObject changes = last.details.value(QStringLiteral("changes")).toObject();
        QCOMPARE(changes.keys(), (QStringList {QStringLiteral("address"), QStringLiteral("contact_phone")}));
        QCOMPARE(changes.value(QStringLiteral("address")).toObject().value(QStringLiteral("to")).toString(),
            QStringLiteral("深圳市龙岗区坂田"));
        u.id = QStringLiteral("unknown");
        QVERIFY(!units.update(u, fx.actor).ok());
    }

    void listFiltersAndSearch()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        UnitRepository units(*fx.db);
        Unit a;
        a.name = QStringLiteral("深圳市腾讯计算机系统有限公司");
        a.type = UnitType::Enterprise;
        a.uscc = QStringLiteral("91440300708461136T");
        QVERIFY(units.add(a, fx.actor).ok());
        Unit b;
        b.name = QStringLiteral("个体户 王五_小卖部");
        b.type = UnitType::Individual;
        QVERIFY(units.add(b, fx.actor).ok());
        UnitFilter f;
        QCOMPARE(units.list(f).value().size(), 3);
        f.search = QStringLiteral("腾讯");
        QCOMPARE(units.list(f).value().size(), 1);
        f.search = QStringLiteral("914403007");
        QCOMPARE(units.list(f).value().first().name, a.name);
        f.search = QStringLiteral("9144030");
        QCOMPARE(units.list(f).value().size(), 2);
        f.search = QStringLiteral("_"); // LIKE wildcards are taken literally
        QCOMPARE(units.list(f).value().size(), 1);
        f.search.clear();
        f.type = UnitType::Individual;
        QCOMPARE(units.list(f).value().size(), 1);
        f.type.reset();
        f.limit = 2;
        f.offset = 2;
        QCOMPARE(units.list(f).value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestUnitRepository)
#include "TestUnitRepository.moc"
