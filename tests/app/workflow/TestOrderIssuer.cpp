#include "AuditLog.h"
#include "OrderIssuer.h"
#include "OrderRepository.h"
#include "SealService.h"
#include "WorkflowFixture.h"

#include <QTest>

using namespace psv;

namespace {
QString state(Database &db)
{
    QStringList parts;
    for (const char *sql : {"SELECT COUNT(*) FROM orders", "SELECT COUNT(*) FROM audit_log",
             "SELECT COALESCE(SUM(last), 0) FROM number_sequences", "SELECT COUNT(*) FROM changes"}) {
        QSqlQuery q(db.sql());
        if (q.exec(QString::fromLatin1(sql)) && q.next())
            parts << q.value(0).toString();
        else
            parts << QStringLiteral("?");
    }
    return parts.join(u'/');
}

OrderDraft draft(OrderKind kind, const CorrectionPeriod &period = {})
{
    OrderDraft d;
    d.kind = kind;
    d.findings = {QStringLiteral("4")};
    d.facts = QStringLiteral("系统投入使用已45日，未办理备案。");
    d.violated = QStringLiteral("《条例》第十四条第一款");
    d.legalBasis = QStringLiteral("《条例》第二十九条");
    d.requirement = QStringLiteral("办理备案");
    d.period = period;
    return d;
}
} // namespace

class TestOrderIssuer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dates_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QDate>("issued");
        QTest::addColumn<int>("periodKind");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("until");
        QTest::addColumn<QDate>("deadline");
        QTest::addColumn<QDate>("due");
        const int c = int(OrderKind::Correction), cd = int(OrderKind::CorrectionDeadline);
        const int none = int(CorrectionPeriod::Kind::None), cal = int(CorrectionPeriod::Kind::CalendarDays),
                  work = int(CorrectionPeriod::Kind::WorkingDays), date = int(CorrectionPeriod::Kind::UntilDate);
        // the counting rule's worked examples (DeadlineCalculator.h)
        QTest::newRow("correction 2025-09-26")
            << c << QDate(2025, 9, 26) << none << 0 << QDate() << QDate() << QDate(2025, 9, 30);
        QTest::newRow("correction 2025-12-31")
            << c << QDate(2025, 12, 31) << none << 0 << QDate() << QDate() << QDate(2026, 1, 6);
        QTest::newRow("15 days from 2025-09-20")
            << cd << QDate(2025, 9, 20) << cal << 15 << QDate() << QDate(2025, 10, 9) << QDate(2025, 10, 13);
        // 2025-09-30 + 10 days = 10-10 (Friday, a working day); then 10-11 (make-up Saturday), 10-13, 10-14.
        QTest::newRow("10 days from 2025-09-30")
            << cd << QDate(2025, 9, 30) << cal << 10 << QDate() << QDate(2025, 10, 10) << QDate(2025, 10, 14);
        // National Day 10-01..10-08 off: the 10th working day after 09-30 is 10-21.
        QTest::newRow("10 working days from 2025-09-30")
            << cd << QDate(2025, 9, 30) << work << 10 << QDate() << QDate(2025, 10, 21) << QDate(2025, 10, 24);
        // Until a holiday: moved to the next working day 10-09.
        QTest::newRow("until 2025-10-05")
            << cd << QDate(2025, 9, 30) << date << 0 << QDate(2025, 10, 5) << QDate(2025, 10, 9) << QDate(2025, 10, 13);
    }

    void dates()
    {
        QFETCH(int, kind);
        QFETCH(QDate, issued);
        QFETCH(int, periodKind);
        QFETCH(int, days);
        QFETCH(QDate, until);
        QFETCH(QDate, deadline);
        QFETCH(QDate, due);
        WorkflowFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.setItem(QStringLiteral("4"), ItemStatus::NonCompliant, QStringLiteral("未备案")));
        CorrectionPeriod p;
        p.kind = CorrectionPeriod::Kind(periodKind);
        p.days = days;
        p.date = until;
        OrderIssuer issuer(*f.db, WorkCalendar::load(f.dir.path()));
        auto r = issuer.issue(f.inspection.id, draft(OrderKind(kind), p), issued, f.actor);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        auto stored = OrderRepository(*f.db).get(r.value().order.id);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().deadline, deadline);
        QCOMPARE(stored.value().reinspectionDue, due);
        QCOMPARE(stored.value().issuedOn, issued);
        QVERIFY(!stored.value().dueBasis.isEmpty());
        QVERIFY(r.value().schedule.has_value());
        QVERIFY(!r.value().schedule->provisional);
        QCOMPARE(stored.value().dueBasis, r.value().schedule->basisText());
        QCOMPARE(stored.value().documentNumber, QStringLiteral("A7F3-%1-Z0001").arg(issued.year()));
    }

    void auditedInOneEntryWithTheSchedule()
    {
        WorkflowFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.setItem(QStringLiteral("4"), ItemStatus::NonCompliant, QStringLiteral("未备案")));
        OrderIssuer issuer(*f.db, WorkCalendar::load(f.dir.path()));
        const int auditBefore = StoreFixture::count(*f.db, QStringLiteral("audit_log"));
        auto r = issuer.issue(f.inspection.id, draft(OrderKind::CorrectionDeadline, CorrectionPeriod::calendarDays(10)),
            QDate(2025, 9, 30), f.actor);
        QVERIFY(r.ok());
        QCOMPARE(StoreFixture::count(*f.db, QStringLiteral("audit_log")), auditBefore + 1);
        AuditLog::Filter filter;
        filter.entityType = QStringLiteral("order");
        filter.entityId = r.value().order.id;
        auto entries = AuditLog(*f.db).list(filter);
        QVERIFY(entries.ok());
        QCOMPARE(entries.value().size(), 1);
        const AuditEntry &e = entries.value().first();
        QCOMPARE(e.action, QStringLiteral("create"));
        QCOMPARE(e.details.value(QStringLiteral("reinspection_due")).toString(), QStringLiteral("2025-10-14"));
        QCOMPARE(e.details.value(QStringLiteral("violated")).toString(), QStringLiteral("《条例》第十四条第一款"));
        QCOMPARE(
            e.details.value(QStringLiteral("schedule")).toObject().value(QStringLiteral("deadline_expiry")).toString(),
            QStringLiteral("2025-10-10"));
        // A second order gets the next number; an explicit number is kept.
        auto second = issuer.issue(f.inspection.id, draft(OrderKind::Correction), QDate(2025, 10, 9), f.actor);
        QVERIFY(second.ok());
        QCOMPARE(second.value().order.documentNumber, QStringLiteral("A7F3-2025-Z0002"));
        OrderDraft named = draft(OrderKind::Correction);
        named.documentNumber = QStringLiteral("渝公责改字〔2025〕第7号");
        auto third = issuer.issue(f.inspection.id, named, QDate(2025, 10, 9), f.actor);
        QVERIFY(third.ok());
        QCOMPARE(third.value().order.documentNumber, QStringLiteral("渝公责改字〔2025〕第7号"));
    }

    void provisionalWithoutTheYearsCalendar()
    {
        WorkflowFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.setItem(QStringLiteral("4"), ItemStatus::NonCompliant, QStringLiteral("未备案")));
        OrderIssuer issuer(*f.db, WorkCalendar::load(f.dir.path()));
        auto r = issuer.issue(f.inspection.id, draft(OrderKind::Correction), QDate(2031, 3, 6), f.actor);
        QVERIFY(r.ok());
        QVERIFY(r.value().schedule->provisional);
        QCOMPARE(
            r.value().order.reinspectionDue, QDate(2031, 3, 11)); // Thu 03-06: Fri 07, Mon 10, Tue 11 (weekends only)
        QVERIFY2(r.value().order.dueBasis.contains(QStringLiteral("2031")), qPrintable(r.value().order.dueBasis));
    }

    void refusalsChangeNothing()
    {
        WorkflowFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.setItem(QStringLiteral("4"), ItemStatus::NonCompliant, QStringLiteral("未备案")));
        QVERIFY(f.setItem(QStringLiteral("5"), ItemStatus::Compliant));
        OrderIssuer issuer(*f.db, WorkCalendar::load(f.dir.path()));
        const QDate day(2025, 9, 30);
        const QString before = state(*f.db);

        auto r = issuer.issue(
            f.inspection.id, draft(OrderKind::Correction, CorrectionPeriod::calendarDays(5)), day, f.actor);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("责令改正")));
        r = issuer.issue(f.inspection.id, draft(OrderKind::CorrectionDeadline), day, f.actor);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, QStringLiteral("period"));
        r = issuer.issue(f.inspection.id,
            draft(OrderKind::CorrectionDeadline, CorrectionPeriod::untilDate(QDate(2025, 9, 1))), day, f.actor);
        QVERIFY(!r.ok());
        OrderDraft wrongItem = draft(OrderKind::Correction);
        wrongItem.findings = {QStringLiteral("5")};
        r = issuer.issue(f.inspection.id, wrongItem, day, f.actor);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("Item 5")));
        r = issuer.issue(f.inspection.id, draft(OrderKind::Correction), day, f.actor, QDate(2025, 10, 3));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("2025-10-11")), qPrintable(r.error().message));
        OrderDraft referral = draft(OrderKind::Referral, CorrectionPeriod::calendarDays(3));
        QVERIFY(!issuer.issue(f.inspection.id, referral, day, f.actor).ok());
        QCOMPARE(state(*f.db), before);

        // Sealed: refused, nothing changes.
        QVERIFY(SealService(*f.db).seal(f.inspection.id, f.actor).ok());
        const QString sealed = state(*f.db);
        r = issuer.issue(f.inspection.id, draft(OrderKind::Correction), day, f.actor);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("sealed")));
        QCOMPARE(state(*f.db), sealed);
    }

    void expectedDueAccepted()
    {
        WorkflowFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.setItem(QStringLiteral("4"), ItemStatus::NonCompliant, QStringLiteral("未备案")));
        OrderIssuer issuer(*f.db, WorkCalendar::load(f.dir.path()));
        auto r = issuer.issue(f.inspection.id, draft(OrderKind::Correction), QDate(2025, 9, 30), f.actor,
            QDate(2025, 10, 11)); // 10-09, 10-10, 10-11 (make-up Saturday)
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        auto referral = issuer.issue(f.inspection.id, draft(OrderKind::Referral), QDate(2025, 9, 30), f.actor);
        QVERIFY(referral.ok());
        QVERIFY(!referral.value().order.reinspectionDue.isValid());
        QVERIFY(!referral.value().schedule);
    }
};

QTEST_GUILESS_MAIN(TestOrderIssuer)
#include "TestOrderIssuer.moc"
