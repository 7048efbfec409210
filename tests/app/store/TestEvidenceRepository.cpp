#include "AuditLog.h"
#include "EvidenceRepository.h"
#include "ItemResultRepository.h"
#include "SealService.h"
#include "StoreFixture.h"

#include <QTest>

using namespace psv;

namespace {
Evidence file(const QString &inspectionId, char fill)
{
    Evidence e;
    e.inspectionId = inspectionId;
    e.sha256 = QString(64, QLatin1Char(fill));
    e.size = 2048;
    e.originalName = QStringLiteral("IMG_%1.jpg").arg(QLatin1Char(fill));
    e.mediaType = QStringLiteral("photo");
    return e;
}
} // namespace

class TestEvidenceRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addAssignList()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        const Inspection i = fx.newInspection();
        EvidenceRepository repo(*fx.db);
        auto a = repo.add(file(i.id, 'a'), fx.actor);
        QVERIFY(a.ok());
        QVERIFY(a.value().importedAt.isValid());
        QCOMPARE(a.value().importedBy, QStringLiteral("test:fixture"));
        QCOMPARE(repo.get(a.value().id).value().toJson(), a.value().toJson());
        auto loose = repo.add(file(QString(), 'b'), fx.actor);
        QVERIFY(loose.ok());
        QVERIFY(loose.value().inspectionId.isEmpty());
        QVERIFY(repo.assign(loose.value().id, i.id, fx.actor).ok());
        EvidenceFilter f;
        f.inspectionId = i.id;
        QCOMPARE(repo.list(f).value().size(), 2);
        f = {};
        f.sha256 = QString(64, u'B');
        QCOMPARE(repo.list(f).value().size(), 1);
        f = {};
        f.siteId = fx.site.id;
        QCOMPARE(repo.list(f).value().size(), 2);
        const AuditEntry e = AuditLog(*fx.db).list().value()[1];
        QCOMPARE(e.action, QStringLiteral("import"));
        QCOMPARE(e.details.value(QStringLiteral("sha256")).toString(), QString(64, u'b'));
    }

    void sealedHashesCoverOwnAndLinkedEvidence()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        const Inspection i = fx.newInspection();
        const Inspection other = fx.newInspection();
        EvidenceRepository repo(*fx.db);
        repo.add(file(i.id, 'c'), fx.actor).value();
        const Evidence foreign = repo.add(file(other.id, 'd'), fx.actor).value();
        repo.add(file(other.id, 'e'), fx.actor).value();
        ItemResult r;
        r.inspectionId = i.id;
        r.itemKey = QStringLiteral("1");
        r.evidence = {EvidenceLink {foreign.id, std::nullopt, std::nullopt, QString()}};
        QVERIFY(ItemResultRepository(*fx.db).set(r, fx.actor).ok());
        QCOMPARE(repo.sealedHashes(i.id).value(), (QStringList {QString(64, u'c'), QString(64, u'd')}));
    }

    void sealedInspectionTakesNoEvidence()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        const Inspection i = fx.newInspection();
        EvidenceRepository repo(*fx.db);
        const Evidence loose = repo.add(file(QString(), 'f'), fx.actor).value();
        QVERIFY(SealService(*fx.db).seal(i.id, fx.actor).ok());
        QVERIFY(!repo.add(file(i.id, 'a'), fx.actor).ok());
        QVERIFY(!repo.assign(loose.id, i.id, fx.actor).ok());
        QVERIFY(repo.get(loose.id).value().inspectionId.isEmpty());
        QCOMPARE(StoreFixture::count(*fx.db, QStringLiteral("evidence")), 1);
    }

    void linkAppendsRangeAndAuditsViews()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        const Inspection i = fx.newInspection();
        const Inspection other = fx.newInspection();
        EvidenceRepository repo(*fx.db);
        const Evidence a = repo.add(file(i.id, 'a'), fx.actor).value();
        const Evidence b = repo.add(file(other.id, 'b'), fx.actor).value();
        auto linked = repo.link(i.id, QStringLiteral("4"), EvidenceLink {a.id, 1500, 4000, {}}, fx.actor);
        QVERIFY2(linked.ok(), qPrintable(linked.ok() ? QString() : linked.error().text()));
        QCOMPARE(linked.value().status, ItemStatus::NotChecked);
        QVERIFY(repo.link(i.id, QStringLiteral("4"), EvidenceLink {a.id, {}, {}, {}}, fx.actor).ok());
        // Evidence of another inspection and a reversed range are refused and change nothing.
        QVERIFY(!repo.link(i.id, QStringLiteral("4"), EvidenceLink {b.id, {}, {}, {}}, fx.actor).ok());
        QVERIFY(!repo.link(i.id, QStringLiteral("4"), EvidenceLink {a.id, 5000, 100, {}}, fx.actor).ok());
        const auto item = ItemResultRepository(*fx.db).find(i.id, QStringLiteral("4")).value();
        QVERIFY(item);
        QCOMPARE(item->evidence.size(), 2);
        QCOMPARE(item->evidence[0].startMs, std::optional<qint64>(1500));
        QCOMPARE(item->evidence[0].endMs, std::optional<qint64>(4000));
        QVERIFY(!item->evidence[1].startMs);
        QVERIFY(repo.recordView(a.id, fx.actor).ok());
        QVERIFY(!repo.recordView(QStringLiteral("nope"), fx.actor).ok());
        QSqlQuery q(fx.db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT action, entity_id FROM audit_log ORDER BY seq DESC LIMIT 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("view"));
        QCOMPARE(q.value(1).toString(), a.id);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceRepository)
#include "TestEvidenceRepository.moc"
