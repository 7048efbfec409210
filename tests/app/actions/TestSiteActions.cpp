// SiteActions: a video system is registered or saved through one function for psvctl site add and
// the site dialog; a jurisdiction that is not a 6-digit division code is refused, naming it.
#include "SiteActions.h"
#include "SiteRepository.h"
#include "StoreContent.h"
#include "WorkflowFixture.h"

#include <QTest>

using namespace psv;

class TestSiteActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jurisdictionProblem()
    {
        QVERIFY(SiteActions::jurisdictionProblem({}).isEmpty());
        QVERIFY(SiteActions::jurisdictionProblem(QStringLiteral("500000")).isEmpty());
        const QString problem = SiteActions::jurisdictionProblem(QStringLiteral("渝中区"));
        QVERIFY(problem.contains(QStringLiteral("渝中区")));
        QVERIFY(problem.contains(QStringLiteral("6 digits")));
    }

    void saveRefusesABadJurisdiction()
    {
        WorkflowFixture fx;
        QVERIFY(fx.setUp());
        Site s;
        s.unitId = fx.unit.id;
        s.name = QStringLiteral("南门停车场");
        s.category = PlaceCategory::Art7_2_1;
        s.inUseSince = QDate(2025, 8, 10);
        s.jurisdiction = QStringLiteral("5000");
        const QString before = storeContent(fx.dir.path());
        auto refused = SiteActions(*fx.db).save(s, fx.actor);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().where, QStringLiteral("jurisdiction"));
        QCOMPARE(storeContent(fx.dir.path()), before);
        s.jurisdiction = QStringLiteral("500103");
        auto added = SiteActions(*fx.db).save(s, fx.actor);
        QVERIFY2(added.ok(), added ? "" : qPrintable(added.error().text()));
        QVERIFY(!added.value().id.isEmpty());
    }

    void saveUpdatesAnExistingSite()
    {
        WorkflowFixture fx;
        QVERIFY(fx.setUp());
        Site s = fx.site;
        s.name = QStringLiteral("坂田基地监控系统（二期）");
        auto saved = SiteActions(*fx.db).save(s, fx.actor);
        QVERIFY2(saved.ok(), saved ? "" : qPrintable(saved.error().text()));
        QCOMPARE(saved.value().id, fx.site.id);
        QCOMPARE(SiteRepository(*fx.db).get(fx.site.id).value().name, s.name);
    }
};

QTEST_GUILESS_MAIN(TestSiteActions)
#include "TestSiteActions.moc"
