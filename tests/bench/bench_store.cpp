// bench_store: a generated store the size of a busy department — 100,000 inspections, 1.3 M item
// results, 500,000 evidence rows — and the operations the UI waits on: open + migration check,
// the inspections list's first page with a filter, search by USCC and by unit name.
// Targets: open < 150 ms, each query < 30 ms. Prints figures and ratios; not a test.
//
//   bench_store [--data DIR] [--regenerate]
// The generated store is kept (default: bench_store_data next to the executable) and reused.
#include "Database.h"
#include "InspectionRepository.h"
#include "ItemResultRepository.h"
#include "Schema.h"
#include "UnitRepository.h"
#include "Uscc.h"
#include "Uuid.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace psv;

namespace {

constexpr int Units = 20000;
constexpr int SitesPerUnit = 2;
constexpr int Officers = 200;
constexpr int Inspections = 100000;
constexpr int ItemsPerInspection = 13;
constexpr int EvidencePerInspection = 5;

QTextStream out(stdout);

const QStringList Cities
    = {QStringLiteral("深圳市"), QStringLiteral("重庆市"), QStringLiteral("武汉市"), QStringLiteral("北京市"),
        QStringLiteral("山南市"), QStringLiteral("成都市"), QStringLiteral("杭州市"), QStringLiteral("西安市")};
const QStringList Words
    = {QStringLiteral("华信"), QStringLiteral("长江"), QStringLiteral("新城"), QStringLiteral("东方"),
        QStringLiteral("恒通"), QStringLiteral("远景"), QStringLiteral("金桥"), QStringLiteral("安泰"),
        QStringLiteral("中和"), QStringLiteral("嘉禾"), QStringLiteral("宏达"), QStringLiteral("瑞丰"),
        QStringLiteral("天元"), QStringLiteral("明珠"), QStringLiteral("博雅"), QStringLiteral("盛世")};
const QStringList Kinds = {QStringLiteral("商贸有限公司"), QStringLiteral("物业管理有限公司"), QStringLiteral("医院"),
    QStringLiteral("中学"), QStringLiteral("酒店管理有限公司"), QStringLiteral("文化体育发展有限公司"),
    QStringLiteral("客运站"), QStringLiteral("停车场管理有限公司")};

QString unitName(int i, QRandomGenerator &rng)
{
    return Cities[i % Cities.size()] + Words[rng.bounded(int(Words.size()))] + Words[rng.bounded(int(Words.size()))]
        + Kinds[rng.bounded(int(Kinds.size()))] + QString::number(i);
}

QString uscc(int i)
{
    const QString a = Uscc::alphabet();
    QString body = QStringLiteral("91440300");
    int n = i;
    for (int k = 0; k < 9; ++k) {
        body += a[n % 31];
        n /= 31;
    }
    return body + Uscc::checkCharacter(body);
}

QString hex64(QRandomGenerator &rng)
{
    quint32 words[8];
    rng.fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

bool check(QSqlQuery &q)
{
    if (q.exec())
        return true;
    out << "insert failed: " << q.lastError().text() << '\n';
    return false;
}

bool generate(Database &db)
{
    QRandomGenerator rng(3);
    QSqlDatabase sql = db.sql();
    QSqlQuery(sql).exec(QStringLiteral("BEGIN"));
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    const QString hlc = QStringLiteral("0001767225600000-00000-") + db.deviceId();
    QStringList unitIds, siteIds, officerIds;
    QElapsedTimer t;
    t.start();

    QSqlQuery q(sql);
    q.prepare(QStringLiteral("INSERT INTO units (id, name, type, uscc, created_at, updated_at, hlc) "
                             "VALUES (?, ?, 'enterprise', ?, ?, ?, ?)"));
    for (int i = 0; i < Units; ++i) {
        unitIds << Uuid::create();
        q.bindValue(0, unitIds.last());
        q.bindValue(1, unitName(i, rng));
        q.bindValue(2, uscc(i));
        q.bindValue(3, now);
        q.bindValue(4, now);
        q.bindValue(5, hlc);
        if (!check(q))
            return false;
    }
    q.prepare(QStringLiteral("INSERT INTO sites (id, unit_id, name, category, filing_status, created_at, updated_at, "
                             "hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QStringList categories = {QStringLiteral("art7-2-1"), QStringLiteral("art7-2-2"), QStringLiteral("art9")};
    for (int i = 0; i < Units * SitesPerUnit; ++i) {
        siteIds << Uuid::create();
        q.bindValue(0, siteIds.last());
        q.bindValue(1, unitIds[i / SitesPerUnit]);
        q.bindValue(2, QStringLiteral("监控系统%1").arg(i));
        q.bindValue(3, categories[i % 3]);
        q.bindValue(4, i % 4 ? QStringLiteral("filed") : QStringLiteral("not-filed"));
        q.bindValue(5, now);
        q.bindValue(6, now);
        q.bindValue(7, hlc);
        if (!check(q))
            return false;
    }
    q.prepare(QStringLiteral("INSERT INTO officers (id, name, police_number, role, created_at, updated_at, hlc) "
                             "VALUES (?, ?, ?, 'station', ?, ?, ?)"));
    for (int i = 0; i < Officers; ++i) {
        officerIds << Uuid::create();
        q.bindValue(0, officerIds.last());
        q.bindValue(1, QStringLiteral("民警%1").arg(i));
        q.bindValue(2, QStringLiteral("%1").arg(100000 + i));
        q.bindValue(3, now);
        q.bindValue(4, now);
        q.bindValue(5, hlc);
        if (!check(q))
            return false;
    }
    out << "  units, sites, officers: " << t.restart() << " ms\n";
    out.flush();

    QSqlQuery ins(sql), off(sql), item(sql), ev(sql);
    ins.prepare(QStringLiteral("INSERT INTO inspections (id, number, site_id, kind, trigger_kind, checklist_id, "
                               "checklist_version, started_at, ended_at, status, created_at, updated_at, hlc) "
                               "VALUES (?, ?, ?, ?, 'routine', 'mps-2025', '1', ?, ?, ?, ?, ?, ?)"));
    off.prepare(
        QStringLiteral("INSERT INTO inspection_officers (inspection_id, position, officer_id) VALUES (?, ?, ?)"));
    item.prepare(QStringLiteral("INSERT INTO item_results (inspection_id, item_key, status, observation, updated_at) "
                                "VALUES (?, ?, ?, ?, ?)"));
    ev.prepare(QStringLiteral("INSERT INTO evidence (id, inspection_id, sha256, size, original_name, device_number, "
                              "captured_at, media_type, duration_ms, width, height, created_at, hlc) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, 'video', ?, 1920, 1080, ?, ?)"));
    const QStringList kinds
        = {QStringLiteral("general"), QStringLiteral("professional"), QStringLiteral("art12-focus")};
    const QStringList statuses = {QStringLiteral("sealed"), QStringLiteral("approved"), QStringLiteral("submitted"),
        QStringLiteral("draft"), QStringLiteral("completed")};
    const QStringList itemStatuses = {QStringLiteral("compliant"), QStringLiteral("compliant"),
        QStringLiteral("compliant"), QStringLiteral("non-compliant"), QStringLiteral("not-applicable")};
    const QDateTime start(QDate(2023, 1, 1), QTime(8, 0), QTimeZone::UTC);
    // Inspections are created in time order (as on a real device) at random moments over 3 years.
    QList<qint64> offsets(Inspections);
    for (qint64 &o : offsets)
        o = qint64(rng.bounded(3 * 365 * 24 * 3600));
    std::sort(offsets.begin(), offsets.end());
    for (int i = 0; i < Inspections; ++i) {
        const QString id = Uuid::create();
        const QDateTime began = start.addSecs(offsets[i]);
        ins.bindValue(0, id);
        ins.bindValue(1,
            QStringLiteral("%1-%2-%3").arg(db.deviceId()).arg(began.date().year()).arg(i + 1, 5, 10, QLatin1Char('0')));
        ins.bindValue(2, siteIds[rng.bounded(int(siteIds.size()))]);
        ins.bindValue(3, kinds[i % 3]);
        ins.bindValue(4, began.toString(Qt::ISODateWithMs));
        ins.bindValue(5, began.addSecs(5400).toString(Qt::ISODateWithMs));
        ins.bindValue(6, statuses[rng.bounded(int(statuses.size()))]);
        ins.bindValue(7, now);
        ins.bindValue(8, now);
        ins.bindValue(9, hlc);
        if (!check(ins))
            return false;
        for (int p = 0; p < 2; ++p) {
            off.bindValue(0, id);
            off.bindValue(1, p);
            off.bindValue(2, officerIds[(i + p * 7) % Officers]);
            if (!check(off))
                return false;
        }
        for (int k = 1; k <= ItemsPerInspection; ++k) {
            item.bindValue(0, id);
            item.bindValue(1, QString::number(k));
            item.bindValue(2, itemStatuses[rng.bounded(int(itemStatuses.size()))]);
            item.bindValue(3, k % 3 ? QStringLiteral("") : QStringLiteral("现场查看，情况已记录"));
            item.bindValue(4, now);
            if (!check(item))
                return false;
        }
        for (int e = 0; e < EvidencePerInspection; ++e) {
            ev.bindValue(0, Uuid::create());
            ev.bindValue(1, id);
            ev.bindValue(2, hex64(rng));
            ev.bindValue(3, qint64(200'000'000) + rng.bounded(100'000'000));
            ev.bindValue(4, QStringLiteral("DSJ%1_%2.mp4").arg(i % 50).arg(e));
            ev.bindValue(5, QStringLiteral("DSJ%1").arg(i % 50));
            ev.bindValue(6, began.addSecs(e * 600).toString(Qt::ISODateWithMs));
            ev.bindValue(7, 600000);
            ev.bindValue(8, now);
            ev.bindValue(9, hlc);
            if (!check(ev))
                return false;
        }
        if ((i + 1) % 20000 == 0) {
            out << "  inspections " << i + 1 << ": " << t.elapsed() << " ms\n";
            out.flush();
        }
    }
    // Seal the finished ones (after their items, as the app does; the triggers guard the rest).
    QSqlQuery(sql).exec(QStringLiteral("UPDATE inspections SET seal_hash = lower(hex(randomblob(32))), "
                                       "sealed_at = ended_at WHERE status IN ('sealed','submitted','approved')"));
    QSqlQuery(sql).exec(
        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('bench_generated', '%1')").arg(Inspections));
    if (!QSqlQuery(sql).exec(QStringLiteral("COMMIT"))) {
        out << "commit failed\n";
        return false;
    }
    QSqlQuery(sql).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

struct Timing
{
    double first = 0;
    double median = 0;
    double worst = 0;
    int rows = 0;
};

Timing measure(int runs, const std::function<int()> &op)
{
    QList<double> ms;
    Timing t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer e;
        e.start();
        t.rows = op();
        ms << e.nsecsElapsed() / 1e6;
    }
    t.first = ms.first();
    std::sort(ms.begin(), ms.end());
    t.median = ms[ms.size() / 2];
    t.worst = ms.last();
    return t;
}

void report(const char *what, const Timing &t, double target)
{
    out << QStringLiteral("%1  first %2 ms  median %3 ms  worst %4 ms  rows %5  target < %6 ms  ratio %7  %8\n")
               .arg(QString::fromLatin1(what).leftJustified(44))
               .arg(t.first, 8, 'f', 2)
               .arg(t.median, 8, 'f', 2)
               .arg(t.worst, 8, 'f', 2)
               .arg(t.rows, 3)
               .arg(target, 0, 'f', 0)
               .arg(t.worst / target, 5, 'f', 2)
               .arg(t.worst < target ? QStringLiteral("ok") : QStringLiteral("SLOW"));
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString dataDir = QDir(app.applicationDirPath()).filePath(QStringLiteral("bench_store_data"));
    if (const qsizetype i = args.indexOf(QStringLiteral("--data")); i >= 0 && i + 1 < args.size())
        dataDir = args[i + 1];
    const bool regenerate = args.contains(QStringLiteral("--regenerate"));

    {
        auto existing = Database::open(dataDir);
        if (!existing) {
            out << existing.error().text() << '\n';
            return 1;
        }
        if (regenerate
            || existing.value()->meta(QStringLiteral("bench_generated")).value() != QString::number(Inspections)) {
            existing.value().reset();
            QDir(dataDir).removeRecursively();
            auto fresh = Database::open(dataDir);
            out << "generating " << Inspections << " inspections, " << Inspections * ItemsPerInspection
                << " item results, " << Inspections * EvidencePerInspection << " evidence rows in " << dataDir << '\n';
            out.flush();
            QElapsedTimer g;
            g.start();
            if (!fresh || !generate(*fresh.value()))
                return 1;
            out << "  generated in " << g.elapsed() / 1000.0 << " s\n";
        }
    }

    const qint64 bytes = QFileInfo(Database::filePath(dataDir)).size();
    out << QStringLiteral("store file: %1 MB (%2 bytes per inspection with its items and evidence)\n")
               .arg(bytes / 1e6, 0, 'f', 1)
               .arg(bytes / Inspections);

    report("open + migration check",
        measure(7,
            [&] {
                auto db = Database::open(dataDir);
                return db ? db.value()->schemaVersion() : -1;
            }),
        150);

    auto db = Database::open(dataDir);
    Database &d = *db.value();
    InspectionRepository repo(d);
    QSqlQuery q(d.sql());
    q.exec(QStringLiteral("SELECT u.uscc, u.name FROM units u WHERE u.rowid = 12345"));
    q.next();
    const QString someUscc = q.value(0).toString();
    const QString someName = q.value(1).toString();
    q.finish();
    const QString rareName = someName.right(9); // "…公司12345": one unit
    const QString commonName = QStringLiteral("恒通"); // thousands of units

    auto list = [&](InspectionFilter f) {
        return [&repo, f] {
            auto r = repo.list(f);
            return r ? int(r.value().size()) : -1;
        };
    };
    InspectionFilter f;
    f.status = InspectionStatus::Sealed;
    report("list page 1: status = sealed", measure(7, list(f)), 30);
    f = {};
    f.kind = InspectionKind::Professional;
    f.status = InspectionStatus::Draft;
    report("list page 1: professional drafts", measure(7, list(f)), 30);
    f = {};
    f.startedFrom = QDateTime(QDate(2024, 6, 1), QTime(0, 0), QTimeZone::UTC);
    f.startedBefore = QDateTime(QDate(2024, 7, 1), QTime(0, 0), QTimeZone::UTC);
    report("list page 1: June 2024", measure(7, list(f)), 30);
    f = {};
    f.uscc = someUscc;
    report("search by USCC (inspections of the unit)", measure(7, list(f)), 30);
    report("search by USCC (the unit)", measure(7, [&] { return UnitRepository(d).findByUscc(someUscc) ? 1 : 0; }), 30);
    f = {};
    f.unitName = rareName;
    report("search by unit name, rare", measure(7, list(f)), 30);
    f.unitName = commonName;
    report("search by unit name, common", measure(7, list(f)), 30);
    f = {};
    f.search = rareName;
    report("search box: part of a unit name", measure(7, list(f)), 30);
    f.search = someUscc;
    report("search box: a USCC", measure(7, list(f)), 30);
    UnitFilter uf;
    uf.search = QStringLiteral("嘉禾");
    report(
        "units list: search by name", measure(7, [&] { return int(UnitRepository(d).list(uf).value().size()); }), 30);

    // One saved keystroke: an item result with its audit entry and change-log row, committed with
    // synchronous=FULL (bound by fsync, so no target; shown for the walkthrough's autosave).
    q.exec(QStringLiteral("SELECT id FROM inspections WHERE status = 'draft' LIMIT 1"));
    q.next();
    const QString draftId = q.value(0).toString();
    q.finish();
    int n = 0;
    const Actor actor = Actor::system(QStringLiteral("bench"));
    const Timing write = measure(7, [&] {
        ItemResult r;
        r.inspectionId = draftId;
        r.itemKey = QStringLiteral("5");
        r.status = ItemStatus::NonCompliant;
        r.observation = QStringLiteral("自动保存 %1").arg(++n);
        return ItemResultRepository(d).set(r, actor) ? 1 : 0;
    });
    out << QStringLiteral("%1  first %2 ms  median %3 ms  worst %4 ms  rows %5  (committed, fsynced; no target)\n")
               .arg(QStringLiteral("save one item result").leftJustified(44))
               .arg(write.first, 8, 'f', 2)
               .arg(write.median, 8, 'f', 2)
               .arg(write.worst, 8, 'f', 2)
               .arg(write.rows);
    return 0;
}
