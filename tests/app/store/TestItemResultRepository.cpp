#include "AuditLog.h"
#include "EvidenceRepository.h"
#include "ItemResultRepository.h"
#include "SealService.h"
#include "StoreFixture.h"

#include <QTest>

using namespace psv;

namespace {
Evidence video(const QString &inspectionId, char fill)
{
    Evidence e;
    e.inspectionId = inspectionId;
    e.sha256 = QString(64, QLatin1Char(fill));
    e.size = 1024;
    e.originalName = QStringLiteral("DSJ_%1.mp4").arg(QLatin1Char(fill));
    return e;
}
} // namespace

class TestItemResultRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void setReplacesAndKeepsLinks()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        const Inspection i = fx.newInspection();
        const Evidence e = EvidenceRepository(*fx.db).add(video(i.id, 'a'), fx.actor).value();
        ItemResultRepository items(*fx.db);
        ItemResult r;
        r.inspectionId = i.id;
        r.itemKey = QStringLiteral("7");
        r.status = ItemStatus::NonCompliant;
        r.observation = QStringLiteral("录像只保存 12 天");
        r.observations = {{QStringLiteral("retention_days_found"), 12}};
        r.evidence
            = {EvidenceLink {e.id, 60000, 95000, QStringLiteral("回放")}, EvidenceLink {e.id, 0, 1000, QString()}};
        QVERIFY(items.set(r, fx.actor).ok());
        auto back = items.find(i.id, QStringLiteral("7")).value();
        QVERIFY(back.has_value());
        QCOMPARE(back->observations.value(QStringLiteral("retention_days_found")).toInt(), 12);
        QCOMPARE(back->evidence.size(), 2);
        QCOMPARE(*back->evidence[0].startMs, qint64(60000));
        QCOMPARE(back->evidence[0].note, QStringLiteral("回放"));
        r.status = ItemStatus::Compliant;
        r.evidence = {EvidenceLink {e.id, std::nullopt, std::nullopt, QString()}};
        QVERIFY(items.set(r, fx.actor).ok());
        back = items.find(i.id, QStringLiteral("7")).value();
        QCOMPARE(back->status, ItemStatus::Compliant);
        QCOMPARE(back->evidence.size(), 1);
        QVERIFY(!back->evidence[0].startMs);
        QCOMPARE(StoreFixture::count(*fx.db, QStringLiteral("item_results")), 1);
        const AuditEntry last = AuditLog(*fx.db).list().value().first();
        QCOMPARE(last.action, QStringLiteral("set-item"));
        QCOMPARE(last.entityId, i.id + QStringLiteral("/7"));
        QCOMPARE(last.details.value(QStringLiteral("number")).toString(), i.number);
        QVERIFY(!items.find(i.id, QStringLiteral("8")).value().has_value());
    }

    void listIsInChecklistOrder()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        const Inspection i = fx.newInspection();
        ItemResultRepository items(*fx.db);
        for (const char *key : {"10", "2", "cq-2009/1", "1", "13"}) {
            ItemResult r;
            r.inspectionId = i.id;
            r.itemKey = QLatin1String(key);
            QVERIFY(items.set(r, fx.actor).ok());
        }
        QStringList keys;
        const QList<ItemResult> listed = items.list(i.id).value();
        for (const ItemResult &r : listed)
            keys << r.itemKey;
        QCOMPARE(keys,
            (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("10"), QStringLiteral("13"),
                QStringLiteral("cq-2009/1")}));
    }

    void refusals()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        const Inspection i = fx.newInspection();
        ItemResultRepository items(*fx.db);
        ItemResult r;
        r.inspectionId = i.id;
        r.itemKey = QStringLiteral("3");
        r.evidence = {EvidenceLink {QStringLiteral("no-such-evidence"), std::nullopt, std::nullopt, QString()}};
        QVERIFY(items.set(r, fx.actor).error().message.contains(QStringLiteral("no-such-evidence")));
        r.evidence.clear();
        r.itemKey = QStringLiteral("bad key");
        QCOMPARE(items.set(r, fx.actor).error().where, QStringLiteral("item_key"));
        r.itemKey = QStringLiteral("3");
        r.inspectionId = QStringLiteral("no-such-inspection");
        QVERIFY(!items.set(r, fx.actor).ok());
        QCOMPARE(StoreFixture::count(*fx.db, QStringLiteral("item_results")), 0);
        r.inspectionId = i.id;
        QVERIFY(SealService(*fx.db).seal(i.id, fx.actor).ok());
        const int audits = StoreFixture::count(*fx.db, QStringLiteral("audit_log"));
        auto sealed = items.set(r, fx.actor);
        QVERIFY(!sealed.ok());
        QVERIFY2(sealed.error().message.contains(QStringLiteral("sealed")), qPrintable(sealed.error().message));
        QVERIFY(sealed.error().message.contains(i.number));
        QCOMPARE(StoreFixture::count(*fx.db, QStringLiteral("item_results")), 0);
        QCOMPARE(StoreFixture::count(*fx.db, QStringLiteral("audit_log")), audits);
    }
};

QTEST_GUILESS_MAIN(TestItemResultRepository)
#include "TestItemResultRepository.moc"
