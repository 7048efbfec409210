// Kills a psvctl process that is writing (SIGKILL at random points, many times) and checks that
// the store is intact, every change reported as committed is there, and the audit chain verifies.
#include "AuditLog.h"
#include "Database.h"
#include "InspectionRepository.h"
#include "ItemResultRepository.h"
#include "SiteRepository.h"
#include "UnitRepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;

class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWritersLoseNothingCommitted()
    {
        QTemporaryDir dir;
        QStringList committed;
        int killedMidway = 0;
        QRandomGenerator rng(20260301);
        const int rounds = 20;
        for (int round = 0; round < rounds; ++round) {
            QProcess p;
            p.setProcessChannelMode(QProcess::SeparateChannels);
            p.start(QStringLiteral(PSV_BIN_DIR "/psvctl"),
                {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("dev"), QStringLiteral("write-loop"),
                    QStringLiteral("100000")});
            QVERIFY(p.waitForStarted());
            // Let it write for a random while (the first round also creates the store).
            const int ms = 30 + int(rng.bounded(400));
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < ms && p.state() == QProcess::Running)
                p.waitForReadyRead(10);
            p.kill(); // SIGKILL
            QVERIFY(p.waitForFinished(10000));
            if (p.exitStatus() == QProcess::CrashExit)
                ++killedMidway;
            QByteArray out = p.readAllStandardOutput();
            // A line cut off by the kill is not a report of a commit.
            out.truncate(out.lastIndexOf('\n') + 1);
            committed << QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
        }
        QVERIFY2(killedMidway >= rounds - 2, qPrintable(QString::number(killedMidway)));
        QVERIFY2(committed.size() > rounds, qPrintable(QString::number(committed.size())));

        auto opened = Database::open(dir.path());
        QVERIFY(opened.ok());
        Database &db = *opened.value();
        QCOMPARE(db.integrityCheck().value(), QStringLiteral("ok"));
        const auto audit = AuditLog(db).verify().value();
        QVERIFY2(audit.ok, qPrintable(audit.message));
        QVERIFY(audit.entries >= committed.size());
        UnitRepository units(db);
        SiteRepository sites(db);
        InspectionRepository inspections(db);
        ItemResultRepository items(db);
        int checked = 0;
        for (const QString &line : std::as_const(committed)) {
            const QStringList f = line.split(u' ');
            QVERIFY2(f.size() >= 2, qPrintable(line));
            if (f[0] == QLatin1String("unit"))
                QVERIFY2(units.get(f[1]).ok(), qPrintable(line));
            else if (f[0] == QLatin1String("site"))
                QVERIFY2(sites.get(f[1]).ok(), qPrintable(line));
            else if (f[0] == QLatin1String("inspection"))
                QVERIFY2(inspections.byNumber(f[1]).ok(), qPrintable(line));
            else if (f[0] == QLatin1String("item") && f.size() == 3) {
                auto i = inspections.byNumber(f[1]);
                QVERIFY2(i.ok(), qPrintable(line));
                QVERIFY2(items.find(i.value().id, f[2]).value().has_value(), qPrintable(line));
            } else
                QFAIL(qPrintable(line));
            ++checked;
        }
        QCOMPARE(checked, committed.size());
        // Numbers stayed unique and without gaps across the kills.
        InspectionFilter all;
        all.limit = 100000;
        const auto rows = inspections.list(all).value();
        QSet<QString> numbers;
        for (const auto &r : rows)
            numbers.insert(r.number);
        QCOMPARE(numbers.size(), rows.size());
        qInfo() << "rounds" << rounds << "committed lines" << committed.size() << "audit entries" << audit.entries
                << "inspections" << rows.size();
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
