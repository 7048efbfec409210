// The dashboard on a real data dir: drafts, re-inspections due and overdue, sealed inspections
// awaiting sync, the tiles' counts, activation, and refresh on the session's change signal.
#include "DashboardPage.h"
#include "ReinspectionService.h"
#include "ScheduleUiFixture.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeWidget>

using namespace psv;
using namespace psv::ui;

class TestDashboardPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsAndTiles()
    {
        ScheduleUiFixture fx;
        QVERIFY(fx.open());
        const Inspection draft = fx.newInspection();
        const Order overdue = fx.sealedOrder(QDate(2025, 9, 22)); // due Thu 09-25
        const Order dueToday = fx.sealedOrder(QDate(2025, 9, 26)); // due Tue 09-30
        const Order later = fx.sealedOrder(QDate(2025, 10, 9)); // due Mon 10-13: 5 working days away
        QCOMPARE(overdue.reinspectionDue, QDate(2025, 9, 25));
        QCOMPARE(later.reinspectionDue, QDate(2025, 10, 13));

        DashboardPage page(*fx.session);
        page.setToday(QDate(2025, 9, 30));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.counts().drafts, 1);
        QCOMPARE(page.counts().due, 1);
        QCOMPARE(page.counts().overdue, 1);
        QCOMPARE(page.counts().awaitingSync, 3);
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("draftsCount"))->text(), QStringLiteral("1"));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("overdueCount"))->text(), QStringLiteral("1"));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("syncCount"))->text(), QStringLiteral("3"));

        auto *drafts = page.findChild<QTreeWidget *>(QStringLiteral("draftsList"));
        QCOMPARE(drafts->topLevelItemCount(), 1);
        QCOMPARE(drafts->topLevelItem(0)->text(0), draft.number);
        QCOMPARE(drafts->topLevelItem(0)->text(1), fx.site.name);
        QVERIFY(!drafts->topLevelItem(0)->text(4).isEmpty()); // last change

        auto *due = page.findChild<QTreeWidget *>(QStringLiteral("reinspectionsList"));
        QCOMPARE(due->topLevelItemCount(), 2);
        QCOMPARE(due->topLevelItem(0)->text(0), QStringLiteral("2025-09-25"));
        QCOMPARE(due->topLevelItem(0)->foreground(0).color(), QColor(Qt::red));
        QCOMPARE(due->topLevelItem(1)->text(0), QStringLiteral("2025-09-30"));

        // Activating a draft opens it; a re-inspection not started yet asks for the re-inspections page.
        QSignalSpy open(&page, &DashboardPage::openInspectionRequested);
        QSignalSpy reinspect(&page, &DashboardPage::reinspectionRequested);
        drafts->setFocus();
        drafts->setCurrentItem(drafts->topLevelItem(0));
        QTest::keyClick(drafts, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), draft.id);
        due->setFocus();
        due->setCurrentItem(due->topLevelItem(1));
        QTest::keyClick(due, Qt::Key_Return);
        QCOMPARE(reinspect.size(), 1);
        QCOMPARE(reinspect.first().first().toString(), dueToday.id);

        // Starting that re-inspection elsewhere: the dashboard refreshes on the session's signal.
        auto re = ReinspectionService(fx.session->db()).start(dueToday.id, fx.session->actor());
        QVERIFY(re.ok());
        QCOMPARE(page.counts().drafts, 2);
        due->setCurrentItem(due->topLevelItem(1));
        QTest::keyClick(due, Qt::Key_Return);
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.last().first().toString(), re.value().id);
    }

    void emptyStore()
    {
        ScheduleUiFixture fx;
        QVERIFY(fx.open());
        DashboardPage page(*fx.session);
        QCOMPARE(page.counts().drafts, 0);
        QCOMPARE(page.counts().due, 0);
        QCOMPARE(page.counts().overdue, 0);
        QCOMPARE(page.counts().awaitingSync, 0);
    }
};

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
