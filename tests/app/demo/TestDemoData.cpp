// The sample data set on a real SQLite store: what it adds, that its codes are valid, that loading
// again changes nothing, and that it is all one audited transaction.
#include "AuditLog.h"
#include "ChecklistRegistry.h"
#include "Database.h"
#include "DemoData.h"
#include "FilingDeadline.h"
#include "OfficerRepository.h"
#include "SiteRepository.h"
#include "UnitRepository.h"
#include "Uscc.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;

namespace {

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// Everything in the store, row by row, for "nothing changed".
QByteArray dump(Database &db)
{
    QByteArray out;
    for (const char *table : {"units", "sites", "officers", "audit_log", "change_log", "meta"}) {
        QSqlQuery q(db.sql());
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table))))
            return QByteArray("query failed: ") + table;
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString().toUtf8() + '|';
            out += '\n';
        }
    }
    return out;
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Database> m_db;
    const Actor m_actor = Actor::system(QStringLiteral("test:demo"));

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        auto r = Database::open(m_tmp->path());
        QVERIFY2(r, r ? "" : qPrintable(r.error().text()));
        m_db = std::move(r).value();
    }

    void loadsTheSampleSet()
    {
        QVERIFY(!DemoData::isLoaded(*m_db));
        DemoData::Counts added;
        QVERIFY(DemoData::load(*m_db, m_actor, &added));
        QVERIFY(DemoData::isLoaded(*m_db));
        QCOMPARE(added.units, int(DemoData::units().size()));
        QCOMPARE(added.sites, int(DemoData::sites().size()));
        QCOMPARE(added.officers, 3);
        QVERIFY(added.units >= 5);
        QVERIFY(added.sites >= 5);

        auto units = UnitRepository(*m_db).list();
        QVERIFY(units);
        QCOMPARE(units.value().size(), added.units);
        for (const Unit &u : units.value()) {
            QVERIFY2(u.name.startsWith(QStringLiteral("示例")), qPrintable(u.name));
            const auto verdict = Uscc::check(u.uscc);
            QVERIFY2(verdict.ok(), qPrintable(u.uscc + u' ' + verdict.message()));
            QVERIFY(!u.address.isEmpty());
        }
        auto sites = SiteRepository(*m_db).list();
        QVERIFY(sites);
        QCOMPARE(sites.value().size(), added.sites);
        QSet<QString> categories;
        int art9 = 0, chongqing = 0, overdue = 0;
        for (const Site &s : sites.value()) {
            QVERIFY2(s.name.startsWith(QStringLiteral("示例")), qPrintable(s.name));
            categories.insert(toCode(s.category));
            art9 += s.category == PlaceCategory::Art9;
            chongqing += s.jurisdiction == QLatin1String("500000");
            overdue += s.filingDeadline().overdue(QDate::currentDate(), s.filingStatus);
            if (s.filingStatus == FilingStatus::Filed)
                QVERIFY(!s.filingNumber.isEmpty() && s.filingDate.isValid());
        }
        QVERIFY(categories.size() >= 4);
        QCOMPARE(art9, 1);
        QCOMPARE(chongqing, 1);
        QCOMPARE(overdue, 1);

        auto officers = OfficerRepository(*m_db).list();
        QVERIFY(officers);
        QCOMPARE(officers.value().size(), 3);
        int station = 0, tech = 0;
        for (const Officer &o : officers.value()) {
            QVERIFY(o.name.startsWith(QStringLiteral("示例")));
            QVERIFY(o.policeNumber.startsWith(QStringLiteral("9000")));
            QVERIFY(!o.hasSecret);
            station += o.role == OfficerRole::Station;
            tech += o.role == OfficerRole::Tech;
        }
        QCOMPARE(station, 2);
        QCOMPARE(tech, 1);
    }

    void chongqingSiteGetsTheLocalPack()
    {
        QVERIFY(DemoData::load(*m_db, m_actor));
        const ChecklistRegistry registry = ChecklistRegistry::load(m_tmp->path());
        bool found = false;
        const auto sites = SiteRepository(*m_db).list();
        QVERIFY(sites);
        for (const Site &s : sites.value()) {
            if (s.jurisdiction != QLatin1String("500000"))
                continue;
            auto selection = registry.select(QStringLiteral("general"), toCode(s.category), s.jurisdiction);
            QVERIFY2(selection, selection ? "" : qPrintable(selection.error().text()));
            for (const auto &pack : selection.value().localPacks())
                found = found || pack->id() == QLatin1String("chongqing-2009");
        }
        QVERIFY(found);
    }

    void oneAuditedTransaction()
    {
        const int before = count(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        QVERIFY(DemoData::load(*m_db, m_actor));
        const int entities = int(DemoData::units().size() + DemoData::sites().size() + DemoData::officers().size());
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")) - before, entities + 1);
        auto entries = AuditLog(*m_db).list();
        QVERIFY(entries);
        QSet<QDateTime> times;
        int summaries = 0;
        for (const AuditEntry &e : entries.value()) {
            if (e.seq <= before)
                continue;
            times.insert(e.at);
            QCOMPARE(e.actorName, QStringLiteral("test:demo"));
            if (e.action == QLatin1String("demo.load")) {
                ++summaries;
                QCOMPARE(e.details.value(QStringLiteral("units")).toInt(), int(DemoData::units().size()));
            }
        }
        QCOMPARE(summaries, 1);
        QCOMPARE(times.size(), 1); // one write: one transaction time
        auto verification = AuditLog(*m_db).verify();
        QVERIFY(verification && verification.value().ok);
    }

    void loadingTwiceChangesNothing()
    {
        QVERIFY(DemoData::load(*m_db, m_actor));
        const QByteArray before = dump(*m_db);
        DemoData::Counts added;
        added.units = 99;
        QVERIFY(DemoData::load(*m_db, m_actor, &added));
        QVERIFY(added.nothing());
        QCOMPARE(dump(*m_db), before);
    }

    void addsOnlyWhatIsMissing()
    {
        // An officer already uses a sample police number: that officer is kept, not duplicated.
        Officer mine;
        mine.name = QStringLiteral("张三");
        mine.policeNumber = QStringLiteral("900002");
        QVERIFY(OfficerRepository(*m_db).add(mine, {}, m_actor));
        DemoData::Counts added;
        QVERIFY(DemoData::load(*m_db, m_actor, &added));
        QCOMPARE(added.officers, 2);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM officers")), 3);
        QCOMPARE(
            OfficerRepository(*m_db).byPoliceNumber(QStringLiteral("900002")).value().name, QStringLiteral("张三"));
        QVERIFY(DemoData::isLoaded(*m_db));
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "TestDemoData.moc"
