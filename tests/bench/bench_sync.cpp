// bench_sync: the store's side of sync bundles. A laptop store with N sealed inspections
// (default 10,000; two items each), exported as one metadata bundle, imported into an empty store,
// then imported again (already applied). Targets: export < 5 s, import < 5 s, re-import < 1 s.
// Prints figures and ratios to the targets; not a test.
//
//   bench_sync [N]
#include "BundleExporter.h"
#include "BundleImporter.h"
#include "Database.h"
#include "InspectionRepository.h"
#include "OfficerRepository.h"
#include "SealService.h"
#include "SiteRepository.h"
#include "Sql.h"
#include "UnitRepository.h"
#include "Uuid.h"
#include "WriteScope.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace psv;

namespace {

void line(const char *what, double seconds, double target)
{
    std::printf("%-34s %8.2f s   %5.2f of the %.0f s target\n", what, seconds, seconds / target, target);
}

bool populate(Database &db, const Actor &actor, int n)
{
    Unit u;
    u.name = QStringLiteral("华为技术有限公司");
    u.type = UnitType::Enterprise;
    u.uscc = QStringLiteral("914403001922038216");
    auto unit = UnitRepository(db).add(u, actor);
    if (!unit)
        return false;
    Site s;
    s.unitId = unit.value().id;
    s.name = QStringLiteral("坂田基地监控系统");
    s.category = PlaceCategory::Art7_2_1;
    auto site = SiteRepository(db).add(s, actor);
    Officer o;
    o.name = QStringLiteral("张三");
    o.policeNumber = QStringLiteral("012345");
    auto officer = OfficerRepository(db).add(o, {}, actor);
    if (!site || !officer)
        return false;
    // Rows written directly in one transaction (the repositories write one transaction each),
    // then sealed with the store's own seal computation (sealed_at is part of what a seal covers,
    // so it is set first).
    QStringList ids;
    Status st = db.write(actor, [&](WriteScope &w) -> Status {
        QSqlQuery q(w.sql());
        for (int i = 0; i < n; ++i) {
            const QString id = Uuid::create();
            ids << id;
            const QString now = QStringLiteral("2026-03-01T08:00:00.000Z");
            if (Status x = Sql::run(q,
                    QStringLiteral("INSERT INTO inspections (id, number, site_id, kind, trigger_kind, checklist_id, "
                                   "checklist_version, started_at, ended_at, recorder_id, status, sealed_at, "
                                   "created_at, updated_at, hlc) VALUES (?, ?, ?, 'general', 'routine', 'mps-2025', "
                                   "'1', ?, ?, ?, 'completed', ?, ?, ?, ?)"),
                    {id, QStringLiteral("%1-2026-%2").arg(db.deviceId()).arg(i + 1, 5, 10, QLatin1Char('0')),
                        site.value().id, now, now, officer.value().id, now, now, now, w.hlc()});
                !x)
                return x;
            for (const char *key : {"1", "2"})
                if (Status x = Sql::run(q,
                        QStringLiteral("INSERT INTO item_results (inspection_id, item_key, status, observation, "
                                       "updated_at) VALUES (?, ?, 'compliant', '已设置显著提示标识', ?)"),
                        {id, QLatin1String(key), now});
                    !x)
                    return x;
            if (Status x = w.changed(QStringLiteral("inspection"), id, QStringLiteral("insert")); !x)
                return x;
        }
        SealService seals(db);
        InspectionRepository repo(db);
        for (const QString &id : std::as_const(ids)) {
            auto i = repo.get(id);
            if (!i)
                return i.error();
            auto p = seals.payload(i.value());
            if (!p)
                return p.error();
            if (Status x
                = Sql::run(q, QStringLiteral("UPDATE inspections SET seal_hash = ?, status = 'sealed' WHERE id = ?"),
                    {SealService::hashOf(p.value()), id});
                !x)
                return x;
        }
        return {};
    });
    if (!st)
        std::fprintf(stderr, "%s\n", qPrintable(st.error().text()));
    return bool(st);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 10000;
    QTemporaryDir dirA, dirB;
    Database::Options oa, ob;
    oa.deviceId = QStringLiteral("A7F3");
    ob.deviceId = QStringLiteral("B2C4");
    auto a = Database::open(dirA.path(), oa);
    auto b = Database::open(dirB.path(), ob);
    if (!a || !b)
        return 3;
    const Actor actor = Actor::system(QStringLiteral("bench:sync"));
    QElapsedTimer t;
    t.start();
    if (!populate(*a.value(), actor, n))
        return 3;
    std::printf("bench_sync: %d sealed inspections generated in %.1f s\n", n, t.elapsed() / 1000.0);

    const QString file = dirA.filePath(QStringLiteral("bench.psvbundle"));
    t.restart();
    auto m = BundleExporter(*a.value()).exportTo(file, ExportRequest {}, actor);
    const double exportS = t.elapsed() / 1000.0;
    if (!m) {
        std::fprintf(stderr, "%s\n", qPrintable(m.error().text()));
        return 3;
    }
    std::printf("bundle: %lld records, %lld bytes\n", m.value().recordCount(), QFileInfo(file).size());
    BundleImporter importer(*b.value());
    t.restart();
    auto verified = importer.verify(file);
    const double verifyS = t.elapsed() / 1000.0;
    if (!verified) {
        std::fprintf(stderr, "%s\n", qPrintable(verified.error().text()));
        return 3;
    }
    auto r = importer.apply(verified.value(), actor);
    const double importS = t.elapsed() / 1000.0;
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().text()));
        return 3;
    }
    t.restart();
    auto again = importer.importFile(file, actor);
    const double reimportS = t.elapsed() / 1000.0;
    if (!again || !again.value().alreadyApplied)
        return 3;
    line("export (metadata)", exportS, 5);
    line("import into an empty store", importS, 5);
    std::printf("  of which: read and verify %.2f s, apply in one transaction %.2f s\n", verifyS, importS - verifyS);
    line("re-import (already applied)", reimportS, 1);
    std::printf("inserted %d records; re-import said already applied\n", r.value().inserted);
    return 0;
}
