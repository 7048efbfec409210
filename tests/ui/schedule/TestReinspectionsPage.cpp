// The re-inspections page on a real data dir: groups on real dates around 国庆 2025, the working-days
// setting, starting a re-inspection, closing refused until it is sealed, the calendar export, the
// reminder after sign-in, and importing a holiday notice from the Tools menu.
#include "MainWindow.h"
#include "MessageBox.h"
#include "ReinspectionReminder.h"
#include "ReinspectionsPage.h"
#include "ScheduleUiFixture.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTreeWidget>

using namespace psv;
using namespace psv::ui;

namespace {
QStringList groupCodes(QTreeWidget *tree)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->data(0, Qt::UserRole + 1).toString();
    return out;
}
} // namespace

class TestReinspectionsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void groupsAndSoonDays()
    {
        ScheduleUiFixture fx;
        QVERIFY(fx.open());
        const Order a = fx.sealedOrder(QDate(2025, 9, 26)); // due Tue 09-30 (09-28 make-up day)
        const Order b = fx.sealedOrder(QDate(2025, 10, 9)); // due Mon 10-13 (10-11 make-up day)
        QCOMPARE(a.reinspectionDue, QDate(2025, 9, 30));
        QCOMPARE(b.reinspectionDue, QDate(2025, 10, 13));

        ReinspectionsPage page(*fx.session);
        page.setToday(QDate(2025, 9, 29));
        page.show();
        auto *tree = page.findChild<QTreeWidget *>(QStringLiteral("scheduleTree"));
        QVERIFY(tree);
        // b is 5 working days away (09-30, 10-09, 10-10, 10-11, 10-13): later for N = 3.
        QCOMPARE(groupCodes(tree), QStringList({QStringLiteral("due-soon"), QStringLiteral("later")}));
        QTreeWidgetItem *row = tree->topLevelItem(0)->child(0);
        QCOMPARE(row->text(0), fx.site.name);
        QCOMPARE(row->text(1), fx.unit.name);
        QCOMPARE(row->text(5), QStringLiteral("2025-09-30"));
        QVERIFY(row->toolTip(5).contains(QStringLiteral("09-28")));
        QCOMPARE(row->text(6), QStringLiteral("1 working day(s) left"));

        auto *spin = page.findChild<QSpinBox *>(QStringLiteral("soonDaysSpin"));
        QCOMPARE(spin->value(), 3);
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_Up);
        QTest::keyClick(spin, Qt::Key_Up);
        QCOMPARE(spin->value(), 5);
        QCOMPARE(fx.settings->value(Settings::Key::ReinspectionSoonDays).toInt(), 5);
        QCOMPARE(groupCodes(tree), QStringList({QStringLiteral("due-soon")}));
        QCOMPARE(tree->topLevelItem(0)->childCount(), 2);

        page.setToday(QDate(2025, 10, 10));
        QCOMPARE(groupCodes(tree), QStringList({QStringLiteral("overdue"), QStringLiteral("due-soon")}));
        QTreeWidgetItem *overdue = tree->topLevelItem(0)->child(0);
        QCOMPARE(overdue->foreground(0).color(), QColor(Qt::red));
        QCOMPARE(overdue->text(6), QStringLiteral("overdue by 2 working day(s)"));
    }

    void startCloseExport()
    {
        ScheduleUiFixture fx;
        QVERIFY(fx.open());
        const Order a = fx.sealedOrder(QDate(2025, 9, 26));
        ReinspectionsPage page(*fx.session);
        page.setToday(QDate(2025, 10, 9));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *start = page.findChild<QPushButton *>(QStringLiteral("startButton"));
        auto *close = page.findChild<QPushButton *>(QStringLiteral("closeOrderButton"));
        QVERIFY(!start->isEnabled());
        QVERIFY(page.selectOrder(a.id));
        QVERIFY(start->isEnabled());
        QVERIFY(!close->isEnabled()); // nothing to close on before a re-inspection exists

        QSignalSpy opened(&page, &ReinspectionsPage::openInspectionRequested);
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        const QString reId = opened.first().first().toString();
        const Order linked = OrderRepository(fx.session->db()).get(a.id).value();
        QCOMPARE(linked.reinspectionId, reId);
        const Inspection re = InspectionRepository(fx.session->db()).get(reId).value();
        QCOMPARE(re.trigger, InspectionTrigger::Reinspection);
        QCOMPARE(re.siteId, fx.site.id);
        // The row is still selected after the refresh; starting again opens the same re-inspection.
        QVERIFY(page.selectedEntry().has_value());
        QCOMPARE(start->text(), QStringLiteral("&Open re-inspection"));
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.last().first().toString(), reId);

        // Closing while the re-inspection is a draft: refused with the reason, nothing changes.
        QVERIFY(close->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("is not sealed")));
        QCOMPARE(OrderRepository(fx.session->db()).get(a.id).value().status, OrderStatus::Open);

        QVERIFY(SealService(fx.session->db()).seal(reId, fx.actor).ok());
        QVERIFY(page.selectOrder(a.id));
        MessageBox::setNextAnswer(QMessageBox::No); // not corrected
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(fx.site.name));
        QCOMPARE(OrderRepository(fx.session->db()).get(a.id).value().status, OrderStatus::Escalated);
        auto *tree = page.findChild<QTreeWidget *>(QStringLiteral("scheduleTree"));
        QCOMPARE(groupCodes(tree), QStringList({QStringLiteral("done")}));

        const QString path = QDir(fx.dir.path()).filePath(QStringLiteral("export.ics"));
        QVERIFY(page.exportCalendar(path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("BEGIN:VCALENDAR\r\n"));
    }

    void reminderAfterSignIn()
    {
        ScheduleUiFixture fx;
        QVERIFY(fx.open());
        fx.sealedOrder(QDate(2025, 9, 26)); // due 09-30
        QVERIFY(!ReinspectionReminder::showIfDue(*fx.session, nullptr, QDate(2025, 9, 26)));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(ReinspectionReminder::showIfDue(*fx.session, nullptr, QDate(2025, 9, 30)));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("due today")));
        QVERIFY(MessageBox::lastText().contains(fx.site.name));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(ReinspectionReminder::showIfDue(*fx.session, nullptr, QDate(2025, 10, 9)));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Overdue")));
    }

    void holidayNoticeImport()
    {
        ScheduleUiFixture fx;
        QVERIFY(fx.open());
        fx.sealedOrder(QDate(2026, 12, 30)); // due in 2027: no official calendar yet
        MainWindow window(*fx.session);
        auto *page = window.findChild<ReinspectionsPage *>();
        QVERIFY(page);
        page->setToday(QDate(2026, 12, 30));
        auto *note = page->findChild<QLabel *>(QStringLiteral("provisionalLabel"));
        QVERIFY(!note->isHidden());
        QVERIFY(page->entries().first().provisional);

        const QString broken = QDir(fx.dir.path()).filePath(QStringLiteral("broken.txt"));
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("year: 2027\nnotice: 测试日历（非官方）\n2027-10-08 work 国庆节\n");
        b.close();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!window.importCalendarFile(broken).ok());
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("broken.txt:3")));
        QVERIFY(!fx.session->calendar().hasYear(2027));
        QVERIFY(!QFile::exists(QDir(fx.dir.path()).filePath(QStringLiteral("calendars/cn-2027.txt"))));

        const QString good = QDir(fx.dir.path()).filePath(QStringLiteral("notice.txt"));
        QFile g(good);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("year: 2027\nnotice: 测试日历（非官方）\n2027-01-01 off 周五 元旦\n2027-10-01 off 周五 国庆节\n"
                "2027-10-09 work 周六 国庆节\n");
        g.close();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(window.importCalendarFile(good).ok());
        QVERIFY(fx.session->calendar().hasYear(2027));
        QVERIFY(!page->entries().first().provisional);
        QVERIFY(note->isHidden());
    }
};

QTEST_MAIN(TestReinspectionsPage)
#include "TestReinspectionsPage.moc"
