// The schedule as iCalendar: events for open re-inspections and correction deadlines only, RFC 5545
// framing (CRLF, folded lines ≤ 75 octets) parsed back, and an audited export.
#include "AuditLog.h"
#include "ReinspectionService.h"
#include "ScheduleExporter.h"
#include "ScheduleFixture.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace psv;

namespace {
// Unfolds RFC 5545 content lines; fails the test on a bare LF or an over-long physical line.
QStringList unfold(const QByteArray &bytes)
{
    QStringList lines;
    QByteArray current;
    const QList<QByteArray> physical = bytes.split('\n');
    [&] {
        QVERIFY(bytes.endsWith("\r\n"));
    }();
    for (qsizetype i = 0; i + 1 < physical.size(); ++i) {
        const QByteArray &p = physical[i];
        [&] {
            QVERIFY2(p.endsWith('\r'), p.constData());
        }();
        const QByteArray line = p.chopped(1);
        [&] {
            QVERIFY2(line.size() <= 75, line.constData());
        }();
        if (line.startsWith(' '))
            current += line.mid(1);
        else {
            if (!current.isEmpty())
                lines << QString::fromUtf8(current);
            current = line;
        }
    }
    if (!current.isEmpty())
        lines << QString::fromUtf8(current);
    return lines;
}

QStringList values(const QStringList &lines, const QString &property)
{
    QStringList out;
    for (const QString &l : lines)
        if (l.startsWith(property + u':') || l.startsWith(property + u';'))
            out << l.mid(l.indexOf(u':') + 1);
    return out;
}
} // namespace

class TestScheduleExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportsOpenReinspections()
    {
        ScheduleFixture fx;
        QVERIFY(fx.openWithInspection());
        const Order a = fx.addOrder(QDate(2025, 9, 26)); // due 2025-09-30
        const Order b = fx.addOrder(QDate(2025, 9, 20), CorrectionPeriod::calendarDays(15)); // 10-09, due 10-13
        const Order c = fx.addOrder(QDate(2025, 9, 22)); // closed below
        QVERIFY(fx.sealOrigin());
        ReinspectionService service(*fx.db);
        const Inspection re = service.start(c.id, fx.actor).value();
        QVERIFY(SealService(*fx.db).seal(re.id, fx.actor).ok());
        QVERIFY(service.close(c.id, true, fx.actor).ok());

        const QString path = fx.dir.filePath(QStringLiteral("out/schedule.ics"));
        QDir().mkpath(fx.dir.filePath(QStringLiteral("out")));
        const int auditBefore = StoreFixture::count(*fx.db, QStringLiteral("audit_log"));
        auto n = ScheduleExporter::exportTo(*fx.db, WorkCalendar(), path, QDate(2025, 9, 29), fx.actor,
            QDateTime(QDate(2025, 9, 29), QTime(8, 0), QTimeZone::UTC));
        QVERIFY2(n.ok(), qPrintable(n ? QString() : n.error().text()));
        QCOMPARE(n.value(), 3); // a, b and b's correction deadline; c is closed

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = unfold(f.readAll());
        QCOMPARE(lines.first(), QStringLiteral("BEGIN:VCALENDAR"));
        QCOMPARE(lines.last(), QStringLiteral("END:VCALENDAR"));
        QCOMPARE(lines.count(QStringLiteral("BEGIN:VEVENT")), 3);
        const QStringList uids = values(lines, QStringLiteral("UID"));
        QCOMPARE(uids,
            QStringList({QStringLiteral("reinspection-%1@psv-inspector").arg(a.id),
                QStringLiteral("reinspection-%1@psv-inspector").arg(b.id),
                QStringLiteral("deadline-%1@psv-inspector").arg(b.id)}));
        QCOMPARE(values(lines, QStringLiteral("DTSTART")),
            QStringList({QStringLiteral("20250930"), QStringLiteral("20251013"), QStringLiteral("20251009")}));
        QCOMPARE(values(lines, QStringLiteral("DTSTAMP")).first(), QStringLiteral("20250929T080000Z"));
        // The long Chinese summary and basis survive folding intact.
        const QStringList summaries = values(lines, QStringLiteral("SUMMARY"));
        QVERIFY(summaries.first().contains(fx.unit.name));
        QVERIFY(summaries.first().contains(fx.site.name));
        const QStringList descriptions = values(lines, QStringLiteral("DESCRIPTION"));
        QVERIFY(descriptions.first().contains(QStringLiteral("2025-09-30")));

        QCOMPARE(StoreFixture::count(*fx.db, QStringLiteral("audit_log")), auditBefore + 1);
        AuditLog::Filter filter;
        filter.entityType = QStringLiteral("schedule");
        const QList<AuditEntry> audit = AuditLog(*fx.db).list(filter).value();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("export"));
        QCOMPARE(audit.first().details.value(QStringLiteral("events")).toInt(), 3);
    }

    void unwritablePathChangesNothing()
    {
        ScheduleFixture fx;
        QVERIFY(fx.openWithInspection());
        fx.addOrder(QDate(2025, 9, 26));
        const int auditBefore = StoreFixture::count(*fx.db, QStringLiteral("audit_log"));
        const QString path = fx.dir.filePath(QStringLiteral("no-such-dir/schedule.ics"));
        auto n = ScheduleExporter::exportTo(*fx.db, WorkCalendar(), path, QDate(2025, 9, 29), fx.actor);
        QVERIFY(!n.ok());
        QCOMPARE(n.error().code, 3);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(StoreFixture::count(*fx.db, QStringLiteral("audit_log")), auditBefore);
    }
};

QTEST_GUILESS_MAIN(TestScheduleExporter)
#include "TestScheduleExporter.moc"
