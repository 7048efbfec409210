#include "CanonicalJson.h"
#include "EvidenceRepository.h"
#include "ItemResultRepository.h"
#include "OrderRepository.h"
#include "SealService.h"
#include "SealedInspection.h"
#include "StoreFixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace psv;

using psv::storetest::sealedInspection;

class TestSealService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sealIsTheHashOfTheDocumentedPayload()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        const Inspection s = sealedInspection(fx);
        QVERIFY(s.isSealed());
        QCOMPARE(s.status, InspectionStatus::Sealed);
        QVERIFY(s.endedAt.isValid());
        QCOMPARE(s.sealedBy, QStringLiteral("test:fixture"));
        QCOMPARE(s.snapshot.value(QStringLiteral("unit")).toObject().value(QStringLiteral("uscc")).toString(),
            QStringLiteral("914403001922038216"));
        QCOMPARE(s.snapshot.value(QStringLiteral("inspectors")).toArray().size(), 2);
        const Inspection stored = InspectionRepository(*fx.db).get(s.id).value();
        QCOMPARE(stored.sealHash, s.sealHash);
        const QJsonObject payload = SealService(*fx.db).payload(stored).value();
        QCOMPARE(payload.value(QStringLiteral("format")).toString(), QStringLiteral("psv-seal/1"));
        QCOMPARE(payload.value(QStringLiteral("items")).toArray().size(), 2);
        QCOMPARE(payload.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("item_key")),
            QJsonValue(QStringLiteral("1")));
        QCOMPARE(payload.value(QStringLiteral("orders")).toArray().size(), 1);
        QCOMPARE(payload.value(QStringLiteral("evidence")).toArray(), QJsonArray {QString(64, u'9')});
        const QByteArray independent
            = QCryptographicHash::hash(CanonicalJson::serialize(payload), QCryptographicHash::Sha256).toHex();
        QCOMPARE(s.sealHash, QString::fromLatin1(independent));
        auto check = SealService(*fx.db).verify(s.id).value();
        QVERIFY(check.intact());
        QCOMPARE(check.auditedHash, s.sealHash);
        QVERIFY(SealService(*fx.db).verify(s.id, s.sealHash.toUpper()).value().intact());
        auto paper = SealService(*fx.db).verify(s.id, QString(64, u'0')).value();
        QCOMPARE(paper.problem, QStringLiteral("expected"));
    }

    void everyWriteToASealedInspectionIsRefused()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        const Inspection s = sealedInspection(fx);
        QVERIFY(s.isSealed());
        const int audits = StoreFixture::count(*fx.db, QStringLiteral("audit_log"));
        InspectionRepository repo(*fx.db);
        Inspection changed = repo.get(s.id).value();
        changed.witness = QStringLiteral("改过的见证人");
        auto u = repo.update(changed, fx.actor);
        QVERIFY(!u.ok());
        QVERIFY2(u.error().message.contains(QStringLiteral("is sealed")), qPrintable(u.error().message));
        QCOMPARE(u.error().where, s.number);
        QVERIFY(!SealService(*fx.db).seal(s.id, fx.actor).ok());
        QVERIFY(!repo.setStatus(s.id, InspectionStatus::Draft, fx.actor).ok());
        ItemResult r;
        r.inspectionId = s.id;
        r.itemKey = QStringLiteral("1");
        QVERIFY(!ItemResultRepository(*fx.db).set(r, fx.actor).ok());
        QCOMPARE(StoreFixture::count(*fx.db, QStringLiteral("audit_log")), audits);
        QVERIFY(SealService(*fx.db).verify(s.id).value().intact());
        // Moving on is allowed and does not touch the seal.
        QVERIFY(repo.setStatus(s.id, InspectionStatus::Submitted, fx.actor).ok());
        QVERIFY(SealService(*fx.db).verify(s.id).value().intact());
    }

    void theDatabaseItselfRefusesChanges()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        const Inspection s = sealedInspection(fx);
        QSqlQuery q(fx.db->sql());
        for (const QString &sql : {QStringLiteral("UPDATE item_results SET observation = 'x'"),
                 QStringLiteral("DELETE FROM item_results"), QStringLiteral("UPDATE inspections SET witness = 'x'"),
                 QStringLiteral("UPDATE inspections SET status = 'draft'"),
                 QStringLiteral("DELETE FROM inspection_officers"),
                 QStringLiteral("UPDATE orders SET legal_basis = 'x'"),
                 QString(QStringLiteral("UPDATE evidence SET sha256 = '") + QString(64, u'8') + u'\''),
                 QStringLiteral("DELETE FROM item_evidence")}) {
            QVERIFY2(!q.exec(sql), qPrintable(sql));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("sealed")), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral("UPDATE orders SET status = 'overdue'")));
        QVERIFY(SealService(*fx.db).verify(s.id).value().intact());
    }

    void tamperingBehindTheAppsBackIsDetected()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        const Inspection s = sealedInspection(fx);
        const QString file = fx.path();
        fx.db.reset();
        int rc = -1;
        // The naive edit is refused by the triggers…
        const QString refused = StoreFixture::sqlite3(
            file, QStringLiteral("UPDATE item_results SET observation = '已设置' WHERE item_key = '2'"), &rc);
        QVERIFY2(rc != 0 && refused.contains(QStringLiteral("sealed")), qPrintable(refused));
        // …so the tamperer drops them first.
        StoreFixture::sqlite3(file,
            QStringLiteral("DROP TRIGGER item_results_sealed_update; "
                           "UPDATE item_results SET observation = '已设置' WHERE item_key = '2';"),
            &rc);
        QCOMPARE(rc, 0);
        auto db = Database::open(fx.dir.path());
        QVERIFY(db.ok());
        auto check = SealService(*db.value()).verify(s.id).value();
        QVERIFY(!check.intact());
        QCOMPARE(check.problem, QStringLiteral("content"));
        QVERIFY2(check.message.contains(s.number), qPrintable(check.message));
        QCOMPARE(check.storedHash, s.sealHash);
        // Re-sealing behind the app's back: the audit log still holds the original seal.
        const QString forged = check.computedHash;
        db.value().reset();
        StoreFixture::sqlite3(file,
            QStringLiteral("DROP TRIGGER inspections_sealed_update; UPDATE inspections SET "
                           "seal_hash = '%1' WHERE id = '%2';")
                .arg(forged, s.id),
            &rc);
        QCOMPARE(rc, 0);
        auto again = Database::open(fx.dir.path());
        QVERIFY(again.ok());
        auto second = SealService(*again.value()).verify(s.id).value();
        QCOMPARE(second.problem, QStringLiteral("audit"));
        QCOMPARE(second.auditedHash, s.sealHash);
    }

    void aCorrectionIsANewVersion()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        const Inspection s = sealedInspection(fx);
        SealService seals(*fx.db);
        QVERIFY(!seals.correct(s.id, QStringLiteral("  "), fx.actor).ok());
        auto c = seals.correct(s.id, QStringLiteral("检查项2的记录有误"), fx.actor);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().text()));
        QCOMPARE(c.value().number, s.number);
        QCOMPARE(c.value().version, 2);
        QCOMPARE(c.value().supersedesId, s.id);
        QCOMPARE(c.value().status, InspectionStatus::Draft);
        QCOMPARE(c.value().inspectorIds, s.inspectorIds);
        ItemResultRepository items(*fx.db);
        QCOMPARE(items.list(c.value().id).value().size(), 2);
        QCOMPARE(items.find(c.value().id, QStringLiteral("2")).value()->evidence.size(), 1);
        ItemResult fix = *items.find(c.value().id, QStringLiteral("2")).value();
        fix.observation = QStringLiteral("入口提示标识被遮挡");
        QVERIFY(items.set(fix, fx.actor).ok());
        // The sealed version is untouched and still verifies.
        QVERIFY(seals.verify(s.id).value().intact());
        QCOMPARE(items.find(s.id, QStringLiteral("2")).value()->observation, QStringLiteral("入口未设置显著提示标识"));
        QVERIFY(!seals.correct(s.id, QStringLiteral("再次更正"), fx.actor).ok()); // correct the latest
        QVERIFY(!seals.correct(c.value().id, QStringLiteral("草稿"), fx.actor).ok()); // not sealed yet
        auto sealed2 = seals.seal(c.value().id, fx.actor);
        QVERIFY(sealed2.ok());
        QVERIFY(sealed2.value().sealHash != s.sealHash);
        QVERIFY(seals.verify(c.value().id).value().intact());
        // The correction's seal covers the sealed version's evidence too.
        const QJsonObject p = seals.payload(InspectionRepository(*fx.db).get(c.value().id).value()).value();
        QCOMPARE(p.value(QStringLiteral("evidence")).toArray(), QJsonArray {QString(64, u'9')});
        QCOMPARE(p.value(QStringLiteral("inspection")).toObject().value(QStringLiteral("correction_reason")).toString(),
            QStringLiteral("检查项2的记录有误"));
    }

    void unsealedHasNothingToVerify()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        const Inspection i = fx.newInspection();
        auto r = SealService(*fx.db).verify(i.id);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, 1);
    }
};

QTEST_GUILESS_MAIN(TestSealService)
#include "TestSealService.moc"
