// The reviewer's computer: a sealed inspection arrives from a laptop, is returned with a comment
// (bound to its seal hash) and the decision travels back to the officer's laptop.
#include "ReviewQueue.h"
#include "SyncTestKit.h"

#include <QTest>

using namespace psv;
using namespace psv::synctest;

class TestReviewQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir work;
    QString path(const QString &name) const { return work.filePath(name); }

private Q_SLOTS:
    void decisionTravelsBackToTheOfficer()
    {
        StoreFixture laptop, reviewer;
        QVERIFY(laptop.open());
        QVERIFY(reviewer.open(false, QStringLiteral("C0DE")));
        const Inspection sealed = sealedInspection(laptop);
        QVERIFY(!sealed.sealHash.isEmpty());
        QVERIFY(exportFrom(laptop, path(QStringLiteral("up.psvbundle")), QStringLiteral("C0DE")));
        QVERIFY(importInto(reviewer, path(QStringLiteral("up.psvbundle"))));

        Officer r;
        r.name = QStringLiteral("王审核");
        r.policeNumber = QStringLiteral("090001");
        r.role = OfficerRole::Reviewer;
        auto added = OfficerRepository(*reviewer.db).add(r, {}, reviewer.actor);
        QVERIFY(added);
        const Actor reviewerActor = Actor::officer(added.value());
        const Actor stationActor = Actor::officer(laptop.officer1);

        ReviewQueue queue(*reviewer.db);
        auto pending = queue.list();
        QVERIFY(pending);
        QCOMPARE(pending.value().size(), 1);
        QCOMPARE(pending.value().constFirst().number, sealed.number);
        QCOMPARE(pending.value().constFirst().status, QStringLiteral("submitted"));

        // Refused: not a reviewer, a different seal, a return without a comment.
        QVERIFY(!queue.decide(sealed.number, true, {}, stationActor));
        auto wrongSeal = queue.decide(sealed.number, true, {}, reviewerActor, QString(64, u'0'));
        QVERIFY(!wrongSeal);
        QVERIFY(wrongSeal.error().message.contains(QLatin1String("refused")));
        QVERIFY(!queue.decide(sealed.number, false, QStringLiteral("  "), reviewerActor));
        QCOMPARE(StoreFixture::count(*reviewer.db, QStringLiteral("review_decisions")), 0);

        auto returned
            = queue.decide(sealed.number, false, QStringLiteral("第2项缺少照片"), reviewerActor, sealed.sealHash);
        QVERIFY2(returned, returned ? "" : qPrintable(returned.error().text()));
        QCOMPARE(returned.value().status, QStringLiteral("returned"));
        QCOMPARE(queue.list().value().size(), 0);
        QCOMPARE(one(*reviewer.db, QStringLiteral("SELECT seal_hash FROM review_decisions")), sealed.sealHash);

        // Back to the officer's laptop in the next bundle.
        QVERIFY(exportFrom(reviewer, path(QStringLiteral("down.psvbundle")), laptop.db->deviceId()));
        auto back = importInto(laptop, path(QStringLiteral("down.psvbundle")));
        QVERIFY2(back, back ? "" : qPrintable(back.error().text()));
        QCOMPARE(back.value().reviews, 1);
        QCOMPARE(InspectionRepository(*laptop.db).get(sealed.id).value().status, InspectionStatus::Returned);
        QCOMPARE(
            one(*laptop.db, QStringLiteral("SELECT comment FROM review_decisions")), QStringLiteral("第2项缺少照片"));
        auto intact = SealService(*laptop.db).verify(sealed.id);
        QVERIFY(intact && intact.value().intact());
        // The reviewer's officer record came along; the laptop's own records were not disturbed.
        QCOMPARE(StoreFixture::count(*laptop.db, QStringLiteral("inspections")), 1);
        QCOMPARE(SyncConflictsCount(*laptop.db), 0);
    }

    void decisionForAnotherSealIsListedNotApplied()
    {
        StoreFixture laptop, reviewer, other;
        QVERIFY(laptop.open());
        QVERIFY(reviewer.open(false, QStringLiteral("C0DE")));
        const Inspection sealed = sealedInspection(laptop);
        QVERIFY(exportFrom(laptop, path(QStringLiteral("u.psvbundle")), QStringLiteral("C0DE")));
        QVERIFY(importInto(reviewer, path(QStringLiteral("u.psvbundle"))));
        Officer r;
        r.name = QStringLiteral("王审核");
        r.policeNumber = QStringLiteral("090001");
        r.role = OfficerRole::Admin;
        auto added = OfficerRepository(*reviewer.db).add(r, {}, reviewer.actor);
        QVERIFY(added);
        QVERIFY(ReviewQueue(*reviewer.db).decide(sealed.number, true, {}, Actor::officer(added.value())));
        QVERIFY(exportFrom(reviewer, path(QStringLiteral("d.psvbundle")), QStringLiteral("B2C4")));
        // A laptop holding the same inspection id with another seal (made by hand).
        QVERIFY(other.open(false, QStringLiteral("B2C4")));
        QVERIFY(importInto(other, path(QStringLiteral("u.psvbundle"))));
        QSqlQuery q(other.db->sql());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER inspections_sealed_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE inspections SET seal_hash = '%1'").arg(QString(64, u'd'))));
        auto r2 = importInto(other, path(QStringLiteral("d.psvbundle")));
        QVERIFY2(r2, r2 ? "" : qPrintable(r2.error().text()));
        QCOMPARE(r2.value().reviews, 0);
        QCOMPARE(one(*other.db, QStringLiteral("SELECT status FROM inspections")), QStringLiteral("submitted"));
        QCOMPARE(one(*other.db, QStringLiteral("SELECT COUNT(*) FROM sync_conflicts WHERE kind = 'review'")),
            QStringLiteral("1"));
    }

private:
    static int SyncConflictsCount(Database &db) { return StoreFixture::count(db, QStringLiteral("sync_conflicts")); }
};

QTEST_GUILESS_MAIN(TestReviewQueue)
#include "TestReviewQueue.moc"
