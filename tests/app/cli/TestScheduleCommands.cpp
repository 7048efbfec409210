// psvctl schedule list|ics and order reinspect|close through the real binary on a real store.
#include "CliStoreSetup.h"
#include "PsvctlRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString L(const char *s)
{
    return QString::fromUtf8(s);
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// An order on item 2 (non-compliant) of a new inspection, sealed with a written reason (it is not
// complete); returns the order id. The notice's texts come from the checklist (OrderActions).
QString sealedOrder(const CliStoreSetup &s, const QString &issued, const QStringList &extra)
{
    const QString number = s.newInspection();
    if (s.run({L("inspection"), L("set-item"), number, L("2"), L("--status"), L("non-compliant"), L("--observation"),
                  L("未设置提示标识")})
            .exitCode
        != 0)
        return {};
    const auto order
        = s.run(QStringList {L("order"), L("add"), number, L("--issued"), issued, L("--finding"), L("2")} + extra);
    if (order.exitCode != 0
        || s.run({L("inspection"), L("seal"), number, L("--override-reason"), L("演练记录")}).exitCode != 0)
        return {};
    return order.out.trimmed();
}
} // namespace

class TestScheduleCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listStartCloseExport()
    {
        QTemporaryDir dir;
        CliStoreSetup s(dir.path());
        QVERIFY(s.ok);
        const QString a = sealedOrder(s, L("2025-09-26"),
            {L("--kind"), L("correction"), L("--reinspection-due"), L("2025-09-30"), L("--due-basis"),
                L("责令改正后第3个工作日（09-28调休上班）")});
        const QString b = sealedOrder(s, L("2025-09-20"),
            {L("--kind"), L("correction-deadline"), L("--deadline"), L("2025-10-09"), L("--reinspection-due"),
                L("2025-10-13")});
        QVERIFY(!a.isEmpty() && !b.isEmpty());

        auto list = s.run({L("--json"), L("schedule"), L("list"), L("--today"), L("2025-09-29")});
        QCOMPARE(list.exitCode, 0);
        QJsonArray rows = list.json().array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].toObject().value(L("order_id")).toString(), a);
        QCOMPARE(rows[0].toObject().value(L("group")).toString(), L("due-soon"));
        QCOMPARE(rows[0].toObject().value(L("working_days")).toInt(), 1);
        QCOMPARE(rows[1].toObject().value(L("group")).toString(), L("later"));
        QCOMPARE(rows[1].toObject().value(L("working_days")).toInt(), 5);
        // With --days 5 the second is due soon as well.
        rows = s.run({L("--json"), L("schedule"), L("list"), L("--today"), L("2025-09-29"), L("--days"), L("5")})
                   .json()
                   .array();
        QCOMPARE(rows[1].toObject().value(L("group")).toString(), L("due-soon"));
        rows = s.run({L("--json"), L("schedule"), L("list"), L("--today"), L("2025-10-09")}).json().array();
        QCOMPARE(rows[0].toObject().value(L("group")).toString(), L("overdue"));
        QCOMPARE(rows[0].toObject().value(L("working_days")).toInt(), -1);

        // Closing before a re-inspection exists or while it is a draft is refused, and changes nothing.
        const QByteArray before = fileHash(QDir(dir.path()).filePath(L("psv.sqlite")));
        auto early = s.run({L("order"), L("close"), a, L("--corrected")});
        QCOMPARE(early.exitCode, 1);
        QVERIFY(early.err.contains(L("no re-inspection has been started")));
        QCOMPARE(fileHash(QDir(dir.path()).filePath(L("psv.sqlite"))), before);
        QCOMPARE(s.run({L("order"), L("close"), a}).exitCode, 2);
        QCOMPARE(s.run({L("order"), L("close"), a, L("--corrected"), L("--escalated")}).exitCode, 2);

        auto started = s.run({L("order"), L("reinspect"), a, L("--officer"), L("012346")});
        QCOMPARE(started.exitCode, 0);
        const QString reNumber = started.out.trimmed();
        QVERIFY(!reNumber.isEmpty());
        auto draft = s.run({L("order"), L("close"), a, L("--escalated")});
        QCOMPARE(draft.exitCode, 1);
        QVERIFY(draft.err.contains(L("is not sealed")));
        QVERIFY(draft.err.contains(reNumber));
        QCOMPARE(s.run({L("inspection"), L("seal"), reNumber, L("--override-reason"), L("演练记录")}).exitCode, 0);
        auto closed = s.run({L("--json"), L("order"), L("close"), a, L("--escalated")});
        QCOMPARE(closed.exitCode, 0);
        QCOMPARE(closed.json().object().value(L("status")).toString(), L("escalated"));
        rows = s.run({L("--json"), L("schedule"), L("list"), L("--today"), L("2025-09-29")}).json().array();
        QCOMPARE(rows.size(), 1);
        rows = s.run({L("--json"), L("schedule"), L("list"), L("--today"), L("2025-09-29"), L("--all")}).json().array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].toObject().value(L("group")).toString(), L("done"));

        // The calendar: only b remains open (its re-inspection and its correction deadline).
        const QString ics = QDir(dir.path()).filePath(L("schedule.ics"));
        auto exported = s.run({L("--json"), L("schedule"), L("ics"), ics, L("--today"), L("2025-09-29")});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.json().object().value(L("events")).toInt(), 2);
        QFile f(ics);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(bytes.endsWith("END:VCALENDAR\r\n"));
        for (const QByteArray &line : bytes.split('\n'))
            QVERIFY(line.size() <= 76); // 75 octets + CR
        QCOMPARE(bytes.count("\n"), bytes.count("\r\n"));
        QByteArray unfolded = bytes;
        unfolded.replace("\r\n ", "");
        QVERIFY(unfolded.contains(QByteArray("UID:reinspection-" + b.toUtf8() + "@psv-inspector\r\n")));
        QVERIFY(unfolded.contains(QByteArray("UID:deadline-" + b.toUtf8() + "@psv-inspector\r\n")));
        QVERIFY(!unfolded.contains(a.toUtf8()));
        QVERIFY(unfolded.contains("DTSTART;VALUE=DATE:20251013\r\n"));
        QVERIFY(unfolded.contains("DTSTART;VALUE=DATE:20251009\r\n"));

        auto audit = s.run({L("--json"), L("audit"), L("list")});
        QVERIFY(audit.out.contains(L("\"export\"")));
    }
};

QTEST_GUILESS_MAIN(TestScheduleCommands)
#include "TestScheduleCommands.moc"
