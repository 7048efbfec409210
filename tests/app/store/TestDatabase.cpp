#include "AuditLog.h"
#include "Database.h"
#include "OrderRepository.h"
#include "Schema.h"
#include "SealService.h"
#include "Sha256.h"
#include "StoreFixture.h"
#include "WriteScope.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace psv;

namespace {
QString pragma(Database &db, const char *name)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name));
    return q.next() ? q.value(0).toString() : QString();
}

QString explain(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        return q.lastQuery();
    QStringList lines;
    while (q.next())
        lines << q.value(3).toString();
    return lines.join(u'\n');
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newStoreIsConfigured()
    {
        QTemporaryDir dir;
        auto r = Database::open(dir.filePath(QStringLiteral("nested/data")));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        Database &db = *r.value();
        QVERIFY(db.createdNow());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("nested/data/psv.sqlite"))));
        QCOMPARE(db.schemaVersion(), Schema::latestVersion());
        QVERIFY2(Database::isValidDeviceId(db.deviceId()), qPrintable(db.deviceId()));
        QCOMPARE(pragma(db, "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(db, "foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma(db, "synchronous"), QStringLiteral("2")); // FULL
        QCOMPARE(db.meta(QStringLiteral("schema_version")).value(), QString::number(Schema::latestVersion()));
        QCOMPARE(db.integrityCheck().value(), QStringLiteral("ok"));
    }

    void reopeningWritesNothingAndKeepsTheDevice()
    {
        QTemporaryDir dir;
        QString device;
        {
            Database::Options o;
            o.deviceId = QStringLiteral("B00C");
            auto r = Database::open(dir.path(), o);
            QVERIFY(r.ok());
            device = r.value()->deviceId();
        }
        QCOMPARE(device, QStringLiteral("B00C"));
        const QString before = Sha256::hexOfFile(Database::filePath(dir.path())).value();
        {
            auto r = Database::open(dir.path());
            QVERIFY(r.ok());
            QVERIFY(!r.value()->createdNow());
            QCOMPARE(r.value()->deviceId(), QStringLiteral("B00C"));
        }
        QCOMPARE(Sha256::hexOfFile(Database::filePath(dir.path())).value(), before);
    }

    void badDeviceIdAndMissingStore()
    {
        QTemporaryDir dir;
        Database::Options o;
        o.deviceId = QStringLiteral("a7f3");
        auto bad = Database::open(dir.path(), o);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, 1);
        QVERIFY(!Database::exists(dir.path()));
        Database::Options readOnly;
        readOnly.create = false;
        auto missing = Database::open(dir.path(), readOnly);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, 3);
        QVERIFY(missing.error().message.contains(QStringLiteral("psvctl init")));
        QVERIFY(!Database::exists(dir.path()));
    }

    void notADatabaseIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        QFile f(Database::filePath(dir.path()));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        auto r = Database::open(dir.path());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, 3);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(8192, 'x'));
    }

    void newerSchemaIsRefused()
    {
        StoreFixture fx;
        QVERIFY(fx.open(false));
        fx.db.reset();
        StoreFixture::sqlite3(fx.path(), QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'"));
        auto r = Database::open(fx.dir.path());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, 3);
        QVERIFY2(r.error().message.contains(QStringLiteral("99")), qPrintable(r.error().message));
    }

    void interruptedCreationIsCompletedOnNextOpen()
    {
        // A crash after the meta table was created but before migration 1 committed.
        QTemporaryDir dir;
        QDir().mkpath(dir.path());
        int rc = -1;
        StoreFixture::sqlite3(Database::filePath(dir.path()),
            QStringLiteral("PRAGMA journal_mode=WAL; ") + Schema::metaTable()
                + QStringLiteral("; INSERT INTO meta VALUES ('device_id','C0DE'),"
                                 "('schema_version','0');"),
            &rc);
        QCOMPARE(rc, 0);
        auto r = Database::open(dir.path());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        QCOMPARE(r.value()->deviceId(), QStringLiteral("C0DE"));
        QCOMPARE(r.value()->schemaVersion(), Schema::latestVersion());
        QCOMPARE(StoreFixture::count(*r.value(), QStringLiteral("units")), 0);
    }

    void migration3FillsTheViolatedProvisionFromTheAuditLog()
    {
        // Two orders as schema 2 stored them: the provision violated only in the order's "create"
        // audit entry; one of them on an inspection that was then sealed.
        StoreFixture fx;
        QVERIFY(fx.open());
        const Inspection draft = fx.newInspection();
        const Inspection sealed = fx.newInspection();
        QVERIFY(!draft.id.isEmpty() && !sealed.id.isEmpty());
        QStringList ids;
        for (const Inspection &i : {draft, sealed}) {
            Order o;
            o.inspectionId = i.id;
            o.kind = OrderKind::Correction;
            o.issuedOn = QDate(2026, 3, 2);
            o.legalBasis = QStringLiteral("《规定》第十四条");
            o.violated = QStringLiteral("《条例》第十三条");
            auto r = OrderRepository(*fx.db).add(o, fx.actor);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().text()));
            ids << r.value().id;
        }
        QSqlQuery q(fx.db->sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE orders SET violated = ''")));
        auto seal = SealService(*fx.db).seal(sealed.id, fx.actor);
        QVERIFY2(seal.ok(), seal.ok() ? "" : qPrintable(seal.error().text()));
        fx.db.reset();
        int rc = -1;
        const QString out = StoreFixture::sqlite3(fx.path(),
            QStringLiteral("DROP TRIGGER orders_sealed_update; ALTER TABLE orders DROP COLUMN violated; "
                           "CREATE TRIGGER orders_sealed_update BEFORE UPDATE OF id, inspection_id, kind, findings, "
                           "facts, legal_basis, requirement, issued_on, deadline, reinspection_due, due_basis, "
                           "document_number ON orders WHEN (SELECT seal_hash FROM inspections WHERE id = "
                           "OLD.inspection_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'sealed'); END; "
                           "UPDATE meta SET value = '2' WHERE key = 'schema_version';"),
            &rc);
        QVERIFY2(rc == 0, qPrintable(out));

        auto reopened = Database::open(fx.dir.path());
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().text()));
        Database &db = *reopened.value();
        QCOMPARE(db.schemaVersion(), Schema::latestVersion());
        QCOMPARE(OrderRepository(db).get(ids[0]).value().violated, QStringLiteral("《条例》第十三条"));
        QCOMPARE(OrderRepository(db).get(ids[1]).value().violated, QString()); // sealed content kept
        auto check = SealService(db).verify(sealed.id, seal.value().sealHash);
        QVERIFY2(check.ok() && check.value().intact(), "the seal made under schema 2 no longer verifies");
        // the sealed-order guard covers the new column
        QSqlQuery u(db.sql());
        QVERIFY(!u.exec(QStringLiteral("UPDATE orders SET violated = 'x' WHERE id = '%1'").arg(ids[1])));
        QVERIFY2(u.lastError().text().contains(QStringLiteral("sealed")), qPrintable(u.lastError().text()));
    }

    void aMigrationLeavingABrokenReferenceIsRefused()
    {
        // Migrations run with foreign keys off (a table rebuild needs it) and check them before
        // committing: a store whose rows refer to nothing is not migrated, and stays as it was.
        StoreFixture fx;
        QVERIFY(fx.open(false));
        fx.db.reset();
        int rc = -1;
        QString out = StoreFixture::sqlite3(fx.path(),
            QStringLiteral("PRAGMA foreign_keys=OFF; INSERT INTO inspection_officers VALUES ('no-inspection', 0, "
                           "'no-officer'); UPDATE meta SET value = '3' WHERE key = 'schema_version';"),
            &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        const QString before = StoreFixture::sqlite3(fx.path(), QStringLiteral(".dump"));
        auto r = Database::open(fx.dir.path());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, 3);
        QVERIFY2(r.error().message.contains(QStringLiteral("schema 4"))
                && r.error().message.contains(QStringLiteral("inspection_officers")),
            qPrintable(r.error().message));
        QCOMPARE(StoreFixture::sqlite3(fx.path(), QStringLiteral(".dump")), before);
    }

    void severalConnectionsOnOneFile()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        auto second = Database::open(fx.dir.path());
        QVERIFY(second.ok());
        QVERIFY(second.value()->connectionName() != fx.db->connectionName());
        Unit u;
        u.name = QStringLiteral("第二连接写入");
        u.type = UnitType::Individual;
        QVERIFY(UnitRepository(*second.value()).add(u, fx.actor).ok());
        QCOMPARE(UnitRepository(*fx.db).list().value().size(), 2);
    }

    void aFailedBodyRollsEverythingBack()
    {
        StoreFixture fx;
        QVERIFY(fx.open(false));
        const Status s = fx.db->write(fx.actor, [](WriteScope &w) {
            if (Status st = w.audit(QStringLiteral("create"), QStringLiteral("unit"), QStringLiteral("x")); !st)
                return st;
            if (Status st = w.changed(QStringLiteral("unit"), QStringLiteral("x"), QStringLiteral("insert")); !st)
                return st;
            return Status(makeError(QStringLiteral("refused on purpose")));
        });
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message, QStringLiteral("refused on purpose"));
        QCOMPARE(StoreFixture::count(*fx.db, QStringLiteral("audit_log")), 0);
        QCOMPARE(StoreFixture::count(*fx.db, QStringLiteral("change_log")), 0);
        QVERIFY(fx.db->meta(QStringLiteral("audit_head")).value().isEmpty());
        QVERIFY(!fx.db->write(Actor {}, [](WriteScope &) { return Status(); }).ok()); // no actor, no write
    }

    void listsAndSearchesUseIndexes_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("index");
        QTest::newRow("unit by uscc") << QStringLiteral("SELECT * FROM units WHERE uscc = 'x'")
                                      << QStringLiteral("units_uscc");
        QTest::newRow("inspection by number") << QStringLiteral("SELECT * FROM inspections WHERE number = 'x'")
                                              << QStringLiteral("sqlite_autoindex_inspections_2");
        QTest::newRow("inspections by status")
            << QStringLiteral("SELECT * FROM inspections WHERE status = 'draft' ORDER BY started_at DESC")
            << QStringLiteral("inspections_status");
        QTest::newRow("inspections of a site")
            << QStringLiteral("SELECT * FROM inspections WHERE site_id = 'x'") << QStringLiteral("inspections_site");
        QTest::newRow("sites of a unit") << QStringLiteral("SELECT * FROM sites WHERE unit_id = 'x'")
                                         << QStringLiteral("sites_unit");
        QTest::newRow("evidence by hash")
            << QStringLiteral("SELECT * FROM evidence WHERE sha256 = 'x'") << QStringLiteral("evidence_sha256");
        QTest::newRow("orders due") << QStringLiteral("SELECT * FROM orders WHERE status = 'open' AND "
                                                      "reinspection_due < '2026-01-01'")
                                    << QStringLiteral("orders_due");
        QTest::newRow("audit of an entity")
            << QStringLiteral("SELECT * FROM audit_log WHERE entity_type = 'unit' AND entity_id = 'x'")
            << QStringLiteral("audit_log_entity");
    }
    void listsAndSearchesUseIndexes()
    {
        QFETCH(QString, sql);
        QFETCH(QString, index);
        StoreFixture fx;
        QVERIFY(fx.open(false));
        const QString plan = explain(*fx.db, sql);
        QVERIFY2(plan.contains(index), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
