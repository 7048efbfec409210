// OfficerActions: recording an officer (a secret long enough, or none) and (de)activating one; an
// officer cannot deactivate themself. Refusals change nothing.
#include "OfficerActions.h"
#include "StoreContent.h"
#include "WorkflowFixture.h"

#include <QTest>

using namespace psv;

class TestOfficerActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addRefusesAShortSecret()
    {
        WorkflowFixture fx;
        QVERIFY(fx.setUp());
        Officer o;
        o.name = QStringLiteral("王五");
        o.policeNumber = QStringLiteral("012347");
        const QString before = storeContent(fx.dir.path());
        auto refused = OfficerActions(*fx.db).add(o, QStringLiteral("123"), fx.actor);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("6")), qPrintable(refused.error().text()));
        QCOMPARE(storeContent(fx.dir.path()), before);
        auto added = OfficerActions(*fx.db).add(o, QStringLiteral("secret-123"), fx.actor);
        QVERIFY2(added.ok(), added ? "" : qPrintable(added.error().text()));
        QVERIFY(added.value().active);
    }

    void deactivateAndReactivate()
    {
        WorkflowFixture fx;
        QVERIFY(fx.setUp());
        OfficerActions officers(*fx.db);
        auto off = officers.setActive(fx.officer2.id, false, fx.actor);
        QVERIFY2(off.ok(), off ? "" : qPrintable(off.error().text()));
        QVERIFY(!off.value().active);
        auto on = officers.setActive(fx.officer2.id, true, fx.actor);
        QVERIFY(on.ok());
        QVERIFY(on.value().active);
    }

    void anOfficerCannotDeactivateThemself()
    {
        WorkflowFixture fx;
        QVERIFY(fx.setUp());
        const Actor self = Actor::officer(fx.officer1);
        const QString before = storeContent(fx.dir.path());
        auto refused = OfficerActions(*fx.db).setActive(fx.officer1.id, false, self);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("yourself")), qPrintable(refused.error().text()));
        QCOMPARE(storeContent(fx.dir.path()), before);
        // Another officer may.
        QVERIFY(OfficerActions(*fx.db).setActive(fx.officer1.id, false, Actor::officer(fx.officer2)).ok());
    }
};

QTEST_GUILESS_MAIN(TestOfficerActions)
#include "TestOfficerActions.moc"
