#include "AuditLog.h"
#include "InspectionNumber.h"
#include "IsoTime.h"
#include "SealService.h"
#include "StoreFixture.h"
#include "Uuid.h"

#include <QSqlQuery>
#include <QTest>

using namespace psv;

class TestInspectionRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numbersAreDevicePlusYearPlusSequence()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        InspectionRepository repo(*fx.db);
        Inspection a = fx.draft();
        a.startedAt = IsoTime::parseTime(QStringLiteral("2026-03-01T09:00:00+08:00"));
        Inspection b = a;
        Inspection old = a;
        old.startedAt = IsoTime::parseTime(QStringLiteral("2025-12-30T09:00:00+08:00"));
        QCOMPARE(repo.create(a, fx.actor).value().number, QStringLiteral("A7F3-2026-0001"));
        QCOMPARE(repo.create(b, fx.actor).value().number, QStringLiteral("A7F3-2026-0002"));
        QCOMPARE(repo.create(old, fx.actor).value().number, QStringLiteral("A7F3-2025-0001"));
        QCOMPARE(repo.create(b, fx.actor).value().number, QStringLiteral("A7F3-2026-0003"));
        QVERIFY(InspectionNumber::looksLikeNumber(QStringLiteral("A7F3-2026-0003")));
        QVERIFY(InspectionNumber::looksLikeNumber(QStringLiteral("A7F3-2026-12345")));
        QVERIFY(!InspectionNumber::looksLikeNumber(QStringLiteral("a7f3-2026-0003")));
        // A refused creation does not use up a number.
        Inspection bad = a;
        bad.inspectorIds = {fx.officer1.id};
        QVERIFY(!repo.create(bad, fx.actor).ok());
        QCOMPARE(repo.create(a, fx.actor).value().number, QStringLiteral("A7F3-2026-0004"));
    }

    void createStoresEverything()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        InspectionRepository repo(*fx.db);
        Inspection i = fx.draft();
        i.kind = InspectionKind::Professional;
        i.trigger = InspectionTrigger::Report;
        i.reportReference = QStringLiteral("群众举报 2026-17");
        i.inspectorIds = {fx.officer2.id, fx.officer1.id};
        i.recorderId = fx.officer2.id;
        i.representative = QStringLiteral("赵六");
        i.witness = QStringLiteral("钱七");
        i.bodyCameras = {QStringLiteral("DSJ-7"), QStringLiteral("DSJ-9")};
        i.checklistHash = QString(64, u'c');
        auto r = repo.create(i, fx.actor);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        QCOMPARE(r.value().status, InspectionStatus::Draft);
        QVERIFY(r.value().startedAt.isValid());
        auto back = repo.byNumber(r.value().number);
        QVERIFY(back.ok());
        QCOMPARE(back.value().toJson(), r.value().toJson());
        QCOMPARE(back.value().inspectorIds, (QStringList {fx.officer2.id, fx.officer1.id}));
        QCOMPARE(repo.resolve(r.value().id).value().number, r.value().number);
        QCOMPARE(repo.resolve(r.value().number.toLower()).value().id, r.value().id);
        QCOMPARE(AuditLog(*fx.db).list().value().first().entityId, r.value().id);
    }

    void refusesUnknownReferencesWithoutWriting()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        InspectionRepository repo(*fx.db);
        const int before = StoreFixture::count(*fx.db, QStringLiteral("audit_log"));
        Inspection i = fx.draft();
        i.siteId = QStringLiteral("no-site");
        QVERIFY(repo.create(i, fx.actor).error().message.contains(QStringLiteral("no-site")));
        i = fx.draft();
        i.inspectorIds << QStringLiteral("no-officer");
        QVERIFY(repo.create(i, fx.actor).error().message.contains(QStringLiteral("no-officer")));
        i = fx.draft();
        i.trigger = InspectionTrigger::Reinspection;
        i.reinspectionOfOrderId = QStringLiteral("no-order");
        QVERIFY(!repo.create(i, fx.actor).ok());
        QCOMPARE(StoreFixture::count(*fx.db, QStringLiteral("inspections")), 0);
        QCOMPARE(StoreFixture::count(*fx.db, QStringLiteral("number_sequences")), 0);
        QCOMPARE(StoreFixture::count(*fx.db, QStringLiteral("audit_log")), before);
    }

    void headerChangesAndStatus()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        InspectionRepository repo(*fx.db);
        Inspection i = fx.newInspection();
        i.witness = QStringLiteral("孙八");
        i.endedAt = i.startedAt.addSecs(3600);
        auto u = repo.update(i, fx.actor);
        QVERIFY(u.ok());
        QCOMPARE(repo.get(i.id).value().witness, QStringLiteral("孙八"));
        QCOMPARE(repo.get(i.id).value().number, i.number);
        QVERIFY(repo.setStatus(i.id, InspectionStatus::Completed, fx.actor).ok());
        QVERIFY(repo.setStatus(i.id, InspectionStatus::Draft, fx.actor).ok());
        auto bad = repo.setStatus(i.id, InspectionStatus::Approved, fx.actor);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().where, QStringLiteral("status"));
        QCOMPARE(repo.get(i.id).value().status, InspectionStatus::Draft);
    }

    void listFiltersAndSearch()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        InspectionRepository repo(*fx.db);
        Unit other;
        other.name = QStringLiteral("深圳市腾讯计算机系统有限公司");
        other.type = UnitType::Enterprise;
        other.uscc = QStringLiteral("91440300708461136T");
        other = UnitRepository(*fx.db).add(other, fx.actor).value();
        Site s;
        s.unitId = other.id;
        s.name = QStringLiteral("滨海大厦");
        s.category = PlaceCategory::Art7_2_1;
        s = SiteRepository(*fx.db).add(s, fx.actor).value();
        QStringList numbers;
        for (int n = 0; n < 6; ++n) {
            Inspection i = fx.draft();
            i.siteId = n % 2 ? s.id : fx.site.id;
            i.kind = n < 4 ? InspectionKind::General : InspectionKind::Professional;
            i.startedAt = IsoTime::parseTime(QStringLiteral("2026-03-0%1T09:00:00Z").arg(n + 1));
            numbers << repo.create(i, fx.actor).value().number;
        }
        QVERIFY(repo.setStatus(repo.byNumber(numbers[0]).value().id, InspectionStatus::Completed, fx.actor).ok());
        InspectionFilter f;
        auto all = repo.list(f).value();
        QCOMPARE(all.size(), 6);
        QCOMPARE(all.first().number, numbers[5]); // newest first
        QCOMPARE(all.first().unitName, other.name);
        QCOMPARE(all.first().uscc, other.uscc);
        f.status = InspectionStatus::Completed;
        QCOMPARE(repo.list(f).value().size(), 1);
        f = {};
        f.kind = InspectionKind::Professional;
        QCOMPARE(repo.list(f).value().size(), 2);
        f = {};
        f.uscc = QStringLiteral("91440300708461136t");
        QCOMPARE(repo.list(f).value().size(), 3);
        f = {};
        f.unitName = QStringLiteral("华为");
        QCOMPARE(repo.list(f).value().size(), 3);
        f = {};
        f.siteId = s.id;
        QCOMPARE(repo.list(f).value().size(), 3);
        f = {};
        f.unitId = fx.unit.id;
        QCOMPARE(repo.list(f).value().size(), 3);
        f = {};
        f.officerId = fx.officer2.id;
        QCOMPARE(repo.list(f).value().size(), 6);
        f = {};
        f.number = numbers[2];
        QCOMPARE(repo.list(f).value().size(), 1);
        f = {};
        f.search = QStringLiteral("滨海");
        QCOMPARE(repo.list(f).value().size(), 3);
        f.search = QStringLiteral("914403001922038216");
        QCOMPARE(repo.list(f).value().size(), 3);
        f.search = numbers[4];
        QCOMPARE(repo.list(f).value().size(), 1);
        f.search = QStringLiteral("A7F3-2026");
        QCOMPARE(repo.list(f).value().size(), 6);
        f = {};
        f.startedFrom = IsoTime::parseTime(QStringLiteral("2026-03-03T00:00:00Z"));
        f.startedBefore = IsoTime::parseTime(QStringLiteral("2026-03-05T00:00:00Z"));
        QCOMPARE(repo.list(f).value().size(), 2);
        f = {};
        f.limit = 4;
        f.offset = 4;
        QCOMPARE(repo.list(f).value().size(), 2);
    }

    void searchMatchingManySitesGivesTheSameRows()
    {
        // Over 1,000 matching video systems the list walks inspections by date instead of looking
        // the sites up; the rows must be the same either way.
        StoreFixture fx;
        QVERIFY(fx.open());
        InspectionRepository repo(*fx.db);
        QSqlQuery q(fx.db->sql());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        q.prepare(QStringLiteral("INSERT INTO sites (id, unit_id, name, category, filing_status, created_at, "
                                 "updated_at, hlc) VALUES (?, ?, ?, 'art9', 'not-filed', '', '', '')"));
        QStringList many;
        for (int n = 0; n < 1200; ++n) {
            many << Uuid::create();
            q.bindValue(0, many.last());
            q.bindValue(1, fx.unit.id);
            q.bindValue(2, QStringLiteral("分点%1").arg(n));
            QVERIFY(q.exec());
        }
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        QStringList expected;
        for (int n = 0; n < 30; ++n) {
            Inspection i = fx.draft();
            i.siteId = n % 3 ? many[n * 37] : fx.site.id;
            i.startedAt = IsoTime::parseTime(QStringLiteral("2026-01-01T00:00:00Z")).addSecs(3600 * n);
            expected.prepend(repo.create(i, fx.actor).value().number);
        }
        auto numbers = [&](const InspectionFilter &f) {
            QStringList out;
            const QList<InspectionSummary> rows = repo.list(f).value();
            for (const InspectionSummary &r : rows)
                out << r.number;
            return out;
        };
        InspectionFilter f;
        f.unitName = QStringLiteral("华为"); // 1,201 sites
        QCOMPARE(numbers(f), expected);
        f = {};
        f.unitId = fx.unit.id;
        QCOMPARE(numbers(f), expected);
        f = {};
        f.search = QStringLiteral("分点"); // 1,200 sites by their names
        QCOMPARE(numbers(f).size(), 20);
        f.limit = 5;
        f.offset = 5;
        f.search = QStringLiteral("华为");
        QCOMPARE(numbers(f), expected.mid(5, 5));
    }

    void listShowsTheLatestVersionOnly()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        InspectionRepository repo(*fx.db);
        const Inspection i = fx.newInspection();
        SealService seals(*fx.db);
        QVERIFY(seals.seal(i.id, fx.actor).ok());
        auto v2 = seals.correct(i.id, QStringLiteral("见证人姓名笔误"), fx.actor);
        QVERIFY(v2.ok());
        InspectionFilter f;
        auto rows = repo.list(f).value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().version, 2);
        f.latestVersionOnly = false;
        QCOMPARE(repo.list(f).value().size(), 2);
        QCOMPARE(repo.byNumber(i.number).value().version, 2);
        QCOMPARE(repo.byNumber(i.number, 1).value().id, i.id);
        QCOMPARE(repo.versions(i.number).value().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestInspectionRepository)
#include "TestInspectionRepository.moc"
