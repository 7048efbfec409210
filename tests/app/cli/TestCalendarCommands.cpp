// psvctl due / calendar show|workday|import, run as the real binary.
#include "FactsTable.h"
#include "PsvctlRunner.h"
#include "Settings.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;

namespace {

QStringList A(std::initializer_list<const char *> words)
{
    QStringList out;
    for (const char *w : words)
        out << QString::fromUtf8(w);
    return out;
}

QJsonObject jsonOf(const PsvctlRun &r)
{
    if (r.out.count(u'\n') != 1)
        qWarning("expected exactly one line of JSON, got: %s", qPrintable(r.out));
    return r.json().object();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// Test data, not an official notice.
const QByteArray kTest2027 = "year: 2027\n"
                             "notice: 测试日历（非官方）\n"
                             "2027-01-01 off 周五 元旦\n"
                             "2027-01-02 work 周六 元旦\n";

} // namespace

class TestCalendarCommands : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_data; // an empty device: built-in calendars only

private Q_SLOTS:
    void dueCorrectionJson()
    {
        const auto r = runPsvctl(m_data.path(), A({"--json", "due", "--order-date", "2025-09-26"}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = jsonOf(r);
        QCOMPARE(o.value(QStringLiteral("reinspection_due")).toString(), QStringLiteral("2025-09-30"));
        QVERIFY(o.contains(QStringLiteral("deadline_expiry")));
        QVERIFY(o.value(QStringLiteral("deadline_expiry")).isNull());
        QVERIFY(o.value(QStringLiteral("provisional")).isBool());
        QCOMPARE(o.value(QStringLiteral("provisional")).toBool(), false);
        const QJsonArray basis = o.value(QStringLiteral("basis")).toArray();
        QVERIFY(!basis.isEmpty());
        QVERIFY(QJsonDocument(basis).toJson().contains("09-28 (make-up working day) day 1"));
    }

    void dueWorkedExamples_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expiry");
        QTest::addColumn<QString>("due");
        QTest::newRow("2024-09-13") << A({"--order-date", "2024-09-13"}) << QString() << QStringLiteral("2024-09-19");
        QTest::newRow("2025-12-31") << A({"--order-date", "2025-12-31"}) << QString() << QStringLiteral("2026-01-06");
        QTest::newRow("15 days") << A({"--order-date", "2025-09-20", "--deadline-days", "15"})
                                 << QStringLiteral("2025-10-09") << QStringLiteral("2025-10-13");
        QTest::newRow("until date") << A({"--order-date", "2025-09-01", "--deadline", "2025-10-01"})
                                    << QStringLiteral("2025-10-09") << QStringLiteral("2025-10-13");
        QTest::newRow("5 working days") << A({"--order-date=2025-09-26", "--deadline-workdays=5"})
                                        << QStringLiteral("2025-10-10") << QStringLiteral("2025-10-14");
    }
    void dueWorkedExamples()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expiry);
        QFETCH(QString, due);
        const auto r = runPsvctl(m_data.path(), QStringList {QStringLiteral("--json"), QStringLiteral("due")} + args);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = jsonOf(r);
        QCOMPARE(o.value(QStringLiteral("reinspection_due")).toString(), due);
        if (expiry.isEmpty())
            QVERIFY(o.value(QStringLiteral("deadline_expiry")).isNull());
        else
            QCOMPARE(o.value(QStringLiteral("deadline_expiry")).toString(), expiry);
    }

    // Every order date of 2024–2026 through the binary would be slow; every listed day ± 1 is not.
    void dueAroundEveryListedDay()
    {
        const FactsOracle oracle;
        QSet<QDate> dates;
        for (auto it = oracle.days().cbegin(); it != oracle.days().cend(); ++it)
            for (int k = -1; k <= 1; ++k)
                dates.insert(it.key().addDays(k));
        QList<QDate> sorted(dates.begin(), dates.end());
        std::sort(sorted.begin(), sorted.end());
        for (const QDate &d : sorted) {
            const auto r = runPsvctl(m_data.path(),
                {QStringLiteral("--json"), QStringLiteral("due"), QStringLiteral("--order-date"),
                    d.toString(Qt::ISODate)});
            QCOMPARE(r.exitCode, 0);
            bool provisional = false;
            const QDate due = oracle.nth(d, 3, &provisional);
            QCOMPARE(jsonOf(r).value(QStringLiteral("reinspection_due")).toString(), due.toString(Qt::ISODate));
            QCOMPARE(jsonOf(r).value(QStringLiteral("provisional")).toBool(), provisional);
        }
    }

    void dueProvisional2027()
    {
        const auto r = runPsvctl(m_data.path(), A({"--json", "due", "--order-date", "2026-12-30"}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = jsonOf(r);
        QCOMPARE(o.value(QStringLiteral("reinspection_due")).toString(), QStringLiteral("2027-01-04"));
        QCOMPARE(o.value(QStringLiteral("provisional")).toBool(), true);
        QVERIFY(QJsonDocument(o.value(QStringLiteral("notes")).toArray()).toJson().contains("2027"));
        const auto text = runPsvctl(m_data.path(), A({"due", "--order-date", "2026-12-30"}));
        QVERIFY2(text.out.contains(QStringLiteral("PROVISIONAL")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("国务院办公厅关于2027年部分节假日安排的通知")));
    }

    void dueUsageAndRefusals()
    {
        QCOMPARE(runPsvctl(m_data.path(), A({"due"})).exitCode, 2);
        QCOMPARE(runPsvctl(m_data.path(), A({"due", "--order-date", "2025-9-1"})).exitCode, 2);
        QCOMPARE(runPsvctl(m_data.path(), A({"due", "--order-date", "2025-02-30"})).exitCode, 2);
        QCOMPARE(
            runPsvctl(m_data.path(), A({"due", "--order-date", "2025-09-01", "--deadline-days", "x"})).exitCode, 2);
        QCOMPARE(runPsvctl(m_data.path(),
                     A({"due", "--order-date", "2025-09-01", "--deadline-days", "3", "--deadline-workdays", "3"}))
                     .exitCode,
            2);
        QCOMPARE(runPsvctl(m_data.path(), A({"due", "--order-date", "2025-09-01", "extra"})).exitCode, 2);
        auto r = runPsvctl(m_data.path(), A({"due", "--order-date", "2025-09-01", "--deadline", "2025-08-01"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is not after the order date 2025-09-01")), qPrintable(r.err));
        r = runPsvctl(m_data.path(), A({"due", "--order-date", "2025-09-01", "--deadline-days", "0"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
    }

    void makeUpSetting()
    {
        QTemporaryDir data;
        Settings(data.path()).setValue(Settings::Key::MakeUpDaysAreWorkdays, false);
        const auto r = runPsvctl(data.path(), A({"--json", "due", "--order-date", "2025-09-26"}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(jsonOf(r).value(QStringLiteral("reinspection_due")).toString(), QStringLiteral("2025-10-09"));
        QCOMPARE(jsonOf(r).value(QStringLiteral("make_up_days_are_workdays")).toBool(true), false);
        const auto w = runPsvctl(data.path(), A({"--json", "calendar", "workday", "2025-09-28"}));
        QCOMPARE(jsonOf(w).value(QStringLiteral("working")).toBool(true), false);
    }

    void show()
    {
        const FactsOracle oracle;
        for (int y : {2024, 2025, 2026}) {
            const auto r = runPsvctl(m_data.path(),
                {QStringLiteral("--json"), QStringLiteral("calendar"), QStringLiteral("show"), QString::number(y)});
            QCOMPARE(r.exitCode, 0);
            const QJsonObject o = jsonOf(r);
            QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("built-in"));
            QCOMPARE(o.value(QStringLiteral("provisional")).toBool(true), false);
            int off = 0, work = 0, working = 0, days = 0;
            for (auto it = oracle.days().cbegin(); it != oracle.days().cend(); ++it)
                if (it.key().year() == y)
                    (it->work ? work : off)++;
            for (QDate d(y, 1, 1); d.year() == y; d = d.addDays(1), ++days)
                working += oracle.working(d) ? 1 : 0;
            QCOMPARE(o.value(QStringLiteral("listed_off")).toInt(), off);
            QCOMPARE(o.value(QStringLiteral("listed_work")).toInt(), work);
            QCOMPARE(o.value(QStringLiteral("working_days")).toInt(), working);
            QCOMPARE(o.value(QStringLiteral("days_off")).toInt(), days - working);
            const QJsonArray listed = o.value(QStringLiteral("days")).toArray();
            QCOMPARE(listed.size(), off + work);
            for (const QJsonValue &v : listed) {
                const QDate d = QDate::fromString(v.toObject().value(QStringLiteral("date")).toString(), Qt::ISODate);
                QVERIFY(oracle.days().contains(d));
                QCOMPARE(v.toObject().value(QStringLiteral("kind")).toString(),
                    oracle.days().value(d).work ? QStringLiteral("work") : QStringLiteral("off"));
                QCOMPARE(v.toObject().value(QStringLiteral("name")).toString(), oracle.days().value(d).name);
            }
        }
        const auto text = runPsvctl(m_data.path(), A({"calendar", "show", "2025"}));
        QVERIFY2(text.out.contains(QStringLiteral("built-in official calendar")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("2025-10-11")));
        const auto missing = runPsvctl(m_data.path(), A({"--json", "calendar", "show", "2027"}));
        QCOMPARE(missing.exitCode, 0);
        QCOMPARE(jsonOf(missing).value(QStringLiteral("source")).toString(), QStringLiteral("missing"));
        QCOMPARE(jsonOf(missing).value(QStringLiteral("provisional")).toBool(), true);
        QVERIFY(jsonOf(missing).value(QStringLiteral("message")).toString().contains(QStringLiteral("2027")));
        QCOMPARE(runPsvctl(m_data.path(), A({"calendar", "show", "twenty"})).exitCode, 2);
    }

    void workday()
    {
        auto r = runPsvctl(m_data.path(), A({"calendar", "workday", "2025-09-28"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("yes")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("调休上班")));
        r = runPsvctl(m_data.path(), A({"calendar", "workday", "2025-10-01"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("no")), qPrintable(r.out));
        r = runPsvctl(m_data.path(), A({"--json", "calendar", "workday", "2027-01-01"}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(jsonOf(r).value(QStringLiteral("working")).toBool(), true);
        QCOMPARE(jsonOf(r).value(QStringLiteral("provisional")).toBool(), true);
        r = runPsvctl(m_data.path(), A({"--json", "calendar", "workday", "2024-02-10"}));
        QCOMPARE(jsonOf(r).value(QStringLiteral("kind")).toString(), QStringLiteral("holiday"));
        QCOMPARE(jsonOf(r).value(QStringLiteral("name")).toString(), QStringLiteral("春节"));
        QCOMPARE(runPsvctl(m_data.path(), A({"calendar", "workday", "tomorrow"})).exitCode, 2);
    }

    void importRefusesBrokenFilesAndWritesNothing()
    {
        QTemporaryDir data, in;
        Settings(data.path()).setValue(Settings::Key::OrganName, QStringLiteral("x")); // an existing device
        const QStringList before = filesUnder(data.path());
        const QString file = writeFile(in, QStringLiteral("bad.txt"),
            "year: 2027\n"
            "notice: 测试日历（非官方）\n"
            "2027-01-04 work 周一 元旦\n" // 3: a Monday
            "2026-12-31 off 元旦\n" // 4: not 2027
            "2027-01-01 off 元旦\n"
            "2027-01-01 off 元旦\n"); // 6: duplicate
        const auto r = runPsvctl(data.path(), {QStringLiteral("calendar"), QStringLiteral("import"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(file + QStringLiteral(":3: 2027-01-04 is a Monday")), qPrintable(r.err));
        QVERIFY2(r.err.contains(file + QStringLiteral(":4: 2026-12-31 is not in the declared year 2027")),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(file + QStringLiteral(":6: 2027-01-01 is listed again (first on line 5)")),
            qPrintable(r.err));
        QCOMPARE(filesUnder(data.path()), before);

        const auto j = runPsvctl(
            data.path(), {QStringLiteral("--json"), QStringLiteral("calendar"), QStringLiteral("import"), file});
        QCOMPARE(j.exitCode, 1);
        const QJsonObject o = jsonOf(j);
        QCOMPARE(o.value(QStringLiteral("imported")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("problems")).toArray().size(), 3);
        QCOMPARE(
            o.value(QStringLiteral("problems")).toArray().at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(filesUnder(data.path()), before);
        QCOMPARE(runPsvctl(data.path(), A({"calendar", "import"})).exitCode, 2);
    }

    void importThenUse()
    {
        QTemporaryDir data, in;
        const QString file = writeFile(in, QStringLiteral("cn-2027.txt"), kTest2027);
        auto r = runPsvctl(
            data.path(), {QStringLiteral("--json"), QStringLiteral("calendar"), QStringLiteral("import"), file});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(jsonOf(r).value(QStringLiteral("year")).toInt(), 2027);
        QVERIFY(jsonOf(r).value(QStringLiteral("replaced")).isNull());
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("calendars/cn-2027.txt"))));

        r = runPsvctl(data.path(), A({"--json", "calendar", "show", "2027"}));
        QCOMPARE(jsonOf(r).value(QStringLiteral("source")).toString(), QStringLiteral("imported"));
        QCOMPARE(jsonOf(r).value(QStringLiteral("listed_work")).toInt(), 1);
        // 12-31 day 1, 2027-01-01 off, 01-02 (调休上班) day 2, 01-04 day 3 — no longer provisional.
        r = runPsvctl(data.path(), A({"--json", "due", "--order-date", "2026-12-30"}));
        QCOMPARE(jsonOf(r).value(QStringLiteral("reinspection_due")).toString(), QStringLiteral("2027-01-04"));
        QCOMPARE(jsonOf(r).value(QStringLiteral("provisional")).toBool(true), false);
        r = runPsvctl(data.path(), A({"--json", "due", "--order-date", "2026-12-31"}));
        QCOMPARE(jsonOf(r).value(QStringLiteral("reinspection_due")).toString(), QStringLiteral("2027-01-05"));

        // Again, and over a built-in year: refused without --replace, accepted with it.
        r = runPsvctl(data.path(), {QStringLiteral("calendar"), QStringLiteral("import"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--replace")), qPrintable(r.err));
        r = runPsvctl(
            data.path(), {QStringLiteral("calendar"), QStringLiteral("import"), file, QStringLiteral("--replace")});
        QCOMPARE(r.exitCode, 0);
        const QString fix
            = writeFile(in, QStringLiteral("fix.txt"), "year: 2025\nnotice: 更正（测试）\n2025-03-03 off 周一 测试\n");
        QCOMPARE(runPsvctl(data.path(), {QStringLiteral("calendar"), QStringLiteral("import"), fix}).exitCode, 1);
        QCOMPARE(runPsvctl(data.path(),
                     {QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("--replace"), fix})
                     .exitCode,
            0);
        r = runPsvctl(data.path(), A({"--json", "calendar", "workday", "2025-03-03"}));
        QCOMPARE(jsonOf(r).value(QStringLiteral("working")).toBool(true), false);
    }

    void chinese()
    {
        QProcess p;
        p.start(QStringLiteral(PSV_BIN_DIR "/psvctl"),
            {QStringLiteral("--data-dir"), m_data.path(), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                QStringLiteral("due"), QStringLiteral("--order-date"), QStringLiteral("2025-09-26")});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("复查期限")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("09-28（调休上班）第1日")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("第十五条")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCalendarCommands)
#include "TestCalendarCommands.moc"
