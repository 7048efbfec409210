#include "ChangeLog.h"
#include "HlcTimestamp.h"
#include "ItemResultRepository.h"
#include "StoreFixture.h"

#include <QTest>

using namespace psv;

class TestChangeLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyChangeIsLoggedInClockOrder()
    {
        StoreFixture fx;
        QVERIFY(fx.open()); // unit, site, two officers
        const Inspection i = fx.newInspection();
        ItemResult r;
        r.inspectionId = i.id;
        r.itemKey = QStringLiteral("1");
        QVERIFY(ItemResultRepository(*fx.db).set(r, fx.actor).ok());
        ChangeLog log(*fx.db);
        const auto all = log.since(0).value();
        QCOMPARE(all.size(), 6);
        QCOMPARE(all[0].entityType, QStringLiteral("unit"));
        QCOMPARE(all[0].entityId, fx.unit.id);
        QCOMPARE(all[4].entityType, QStringLiteral("inspection"));
        QCOMPARE(all[5].entityType, QStringLiteral("item"));
        QCOMPARE(all[5].entityId, i.id + QStringLiteral("/1"));
        for (int n = 0; n < all.size(); ++n) {
            QCOMPARE(all[n].seq, qint64(n + 1));
            QCOMPARE(all[n].deviceId, QStringLiteral("A7F3"));
            QVERIFY(HlcTimestamp::parse(all[n].hlc));
            if (n)
                QVERIFY2(all[n - 1].hlc < all[n].hlc, qPrintable(all[n - 1].hlc + u' ' + all[n].hlc));
        }
        QCOMPARE(log.lastSeq().value(), qint64(6));
        QCOMPARE(log.since(4).value().size(), 2);
        QCOMPARE(fx.db->meta(QStringLiteral("hlc")).value(), all.last().hlc);
    }

    void clockSurvivesReopening()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        const QString last = fx.db->meta(QStringLiteral("hlc")).value();
        fx.db.reset();
        auto db = Database::open(fx.dir.path());
        Unit u;
        u.name = QStringLiteral("重开后");
        u.type = UnitType::Individual;
        const Unit added = UnitRepository(*db.value()).add(u, fx.actor).value();
        QVERIFY(last < added.hlc);
    }
};

QTEST_GUILESS_MAIN(TestChangeLog)
#include "TestChangeLog.moc"
