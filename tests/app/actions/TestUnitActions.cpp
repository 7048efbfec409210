// UnitActions: a unit is registered or saved through one function for psvctl unit add and the unit
// dialog; an invalid USCC is refused and nothing is written.
#include "StoreContent.h"
#include "UnitActions.h"
#include "UnitRepository.h"
#include "WorkflowFixture.h"

#include <QTest>

using namespace psv;

class TestUnitActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registersAndSaves()
    {
        WorkflowFixture fx;
        QVERIFY(fx.setUp());
        Unit u;
        u.name = QStringLiteral("深圳市腾讯计算机系统有限公司");
        u.type = UnitType::Enterprise;
        u.uscc = QStringLiteral("91440300708461136T");
        auto added = UnitActions(*fx.db).save(u, fx.actor);
        QVERIFY2(added.ok(), added ? "" : qPrintable(added.error().text()));
        Unit changed = added.value();
        changed.address = QStringLiteral("深圳市南山区");
        auto saved = UnitActions(*fx.db).save(changed, fx.actor);
        QVERIFY(saved.ok());
        QCOMPARE(saved.value().id, added.value().id);
        QCOMPARE(UnitRepository(*fx.db).get(added.value().id).value().address, QStringLiteral("深圳市南山区"));
    }

    void refusesABadUscc()
    {
        WorkflowFixture fx;
        QVERIFY(fx.setUp());
        Unit u;
        u.name = QStringLiteral("某公司");
        u.type = UnitType::Enterprise;
        u.uscc = QStringLiteral("91440300708461136X");
        const QString before = storeContent(fx.dir.path());
        auto refused = UnitActions(*fx.db).save(u, fx.actor);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(storeContent(fx.dir.path()), before);
    }
};

QTEST_GUILESS_MAIN(TestUnitActions)
#include "TestUnitActions.moc"
