// The Sites & units page on a real store: adding a unit and its video system by keyboard alone,
// editing, search and filters, the filing deadline, and the inspection history and orders of a
// system as the repositories recorded them.
#include "AppSession.h"
#include "InspectionRepository.h"
#include "KeyboardInput.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ModalDriver.h"
#include "OfficerRepository.h"
#include "OrderRepository.h"
#include "Settings.h"
#include "SiteDialog.h"
#include "SiteFilterModel.h"
#include "SiteRepository.h"
#include "SiteTableModel.h"
#include "SitesPage.h"
#include "UnitDialog.h"
#include "UnitRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace psv;
using namespace psv::ui;

namespace {
const QString CodeA = QStringLiteral("914403001922038216");
const QString CodeB = QStringLiteral("91440300708461136T");

int count(AppSession &session, const QString &sql)
{
    QSqlQuery q(session.db().sql());
    q.exec(sql);
    return q.next() ? q.value(0).toInt() : -1;
}

QWidget *focused(QWidget *window)
{
    QWidget *w = window->focusWidget();
    if (!w)
        qWarning() << "nothing has the focus in" << window;
    return w ? w : window;
}
void type(QWidget *window, const QString &text)
{
    typeText(focused(window), text);
}
void key(QWidget *window, Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
{
    QTest::keyClick(focused(window), k, m);
}
} // namespace

class TestSitesPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->path());
        auto s = AppSession::open(m_dir->path(), *m_settings);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().text()));
        m_session = std::move(s).value();
    }
    void cleanup()
    {
        m_session.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void addsAUnitAndItsSystemByKeyboardAlone()
    {
        SitesPage page(*m_session);
        page.resize(1300, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(page.showsEmptyState());
        auto *addUnit = page.findChild<QPushButton *>(QStringLiteral("emptyAddUnitButton"));
        auto *addSite = page.findChild<QPushButton *>(QStringLiteral("emptyAddSiteButton"));
        QVERIFY(!addSite->isEnabled()); // no unit yet
        addUnit->setFocus();

        bool unitDriven = false;
        bool siteDriven = false;
        whenModal<UnitDialog>([&](UnitDialog *d) {
            QCOMPARE(d->focusWidget()->objectName(), QStringLiteral("nameEdit"));
            type(d, QStringLiteral("示例商场有限公司"));
            key(d, Qt::Key_Tab); // type
            key(d, Qt::Key_Tab);
            type(d, CodeA);
            key(d, Qt::Key_Return);
            unitDriven = true;
        });
        MessageBox::setNextAnswer(QMessageBox::Yes); // "add its video system now?"
        whenModal<SiteDialog>([&](SiteDialog *d) {
            QCOMPARE(d->focusWidget()->objectName(), QStringLiteral("unitCombo"));
            key(d, Qt::Key_Tab); // new unit button
            key(d, Qt::Key_Tab);
            QCOMPARE(d->focusWidget()->objectName(), QStringLiteral("nameEdit"));
            type(d, QStringLiteral("示例商场监控系统"));
            key(d, Qt::Key_Tab);
            type(d, QStringLiteral("重庆市渝中区解放碑1号"));
            key(d, Qt::Key_Tab); // place category: from crowded place (the default) to transport hub
            key(d, Qt::Key_Down);
            key(d, Qt::Key_Tab); // jurisdiction
            type(d, QStringLiteral("500103"));
            key(d, Qt::Key_Tab); // put into use: known
            key(d, Qt::Key_Space);
            key(d, Qt::Key_Tab); // the date: today; one year back with Down on the year
            key(d, Qt::Key_Down);
            key(d, Qt::Key_Tab); // Tab walks the date's sections: month, day, then on
            key(d, Qt::Key_Tab);
            key(d, Qt::Key_Tab);
            QCOMPARE(d->focusWidget()->objectName(), QStringLiteral("cameraCountSpin"));
            type(d, QStringLiteral("24"));
            key(d, Qt::Key_Return);
            siteDriven = true;
        });
        QTest::keyClick(addUnit, Qt::Key_Space);
        QTRY_VERIFY(unitDriven && siteDriven);

        auto unit = UnitRepository(m_session->db()).findByUscc(CodeA);
        QVERIFY(unit);
        SiteFilter filter;
        filter.unitId = unit.value().id;
        auto sites = SiteRepository(m_session->db()).list(filter);
        QVERIFY(sites);
        QCOMPARE(sites.value().size(), 1);
        const Site site = sites.value().first();
        QCOMPARE(site.name, QStringLiteral("示例商场监控系统"));
        QCOMPARE(site.address, QStringLiteral("重庆市渝中区解放碑1号"));
        QCOMPARE(site.category, PlaceCategory::Art7_2_2);
        QCOMPARE(site.jurisdiction, QStringLiteral("500103"));
        QCOMPARE(site.inUseSince, QDate::currentDate().addYears(-1));
        QCOMPARE(site.cameraCount, 24);
        QCOMPARE(site.filingStatus, FilingStatus::NotFiled);

        QVERIFY(!page.showsEmptyState());
        QCOMPARE(page.currentSiteId(), site.id);
        QCOMPARE(page.siteModel()->rowCount(), 1);
        const QModelIndex filing = page.siteModel()->index(0, SiteTableModel::Filing);
        QCOMPARE(filing.data().toString(), QStringLiteral("Not filed, overdue")); // put into use a year ago
        auto *detailsName = page.findChild<QLabel *>(QStringLiteral("siteNameValue"));
        QCOMPARE(detailsName->text(), site.name);
    }

    void editsASystemWithF2AndRefusesABadJurisdiction()
    {
        const Site site = addSite(addUnit(CodeA, QStringLiteral("华为技术有限公司")), QStringLiteral("坂田基地"),
            PlaceCategory::Art7_2_1, QDate(2025, 8, 10));
        SitesPage page(*m_session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *table = page.findChild<QTableView *>(QStringLiteral("siteTable"));
        table->setFocus();
        QCOMPARE(page.currentSiteId(), site.id);

        bool driven = false;
        whenModal<SiteDialog>([&](SiteDialog *d) {
            auto *name = d->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
            QCOMPARE(name->text(), QStringLiteral("坂田基地"));
            name->setFocus();
            name->selectAll();
            type(d, QStringLiteral("坂田基地监控系统"));
            auto *jurisdiction = d->findChild<QComboBox *>(QStringLiteral("jurisdictionCombo"));
            jurisdiction->setFocus();
            type(d, QStringLiteral("44030")); // five digits
            auto *problem = d->findChild<QLabel *>(QStringLiteral("jurisdictionProblem"));
            QVERIFY(problem->isVisible());
            QVERIFY(problem->text().contains(QStringLiteral("6 digits")));
            auto *ok = d->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            key(d, Qt::Key_Return); // refused: the dialog stays
            QVERIFY(d->isVisible());
            type(d, QStringLiteral("7"));
            QVERIFY(!problem->isVisible());
            QVERIFY(ok->isEnabled());
            key(d, Qt::Key_Return);
            driven = true;
        });
        QTest::keyClick(table, Qt::Key_F2);
        QTRY_VERIFY(driven);
        auto stored = SiteRepository(m_session->db()).get(site.id);
        QCOMPARE(stored.value().name, QStringLiteral("坂田基地监控系统"));
        QCOMPARE(stored.value().jurisdiction, QStringLiteral("440307"));
        QCOMPARE(stored.value().inUseSince, QDate(2025, 8, 10)); // untouched fields stay
        QCOMPARE(count(*m_session,
                     QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'site' AND action = 'update'")),
            1);
        QCOMPARE(
            page.siteModel()->index(0, SiteTableModel::SiteName).data().toString(), QStringLiteral("坂田基地监控系统"));
    }

    void searchAndFilters()
    {
        const QString a = addUnit(CodeA, QStringLiteral("华为技术有限公司"));
        const QString b = addUnit(CodeB, QStringLiteral("重庆轨道交通集团"));
        const Site overdue = addSite(a, QStringLiteral("坂田基地"), PlaceCategory::Art7_2_1, QDate(2025, 8, 10));
        Site filed = addSite(b, QStringLiteral("较场口站"), PlaceCategory::Art7_2_2, QDate(2025, 9, 1));
        filed.filingStatus = FilingStatus::Filed;
        filed.filingNumber = QStringLiteral("渝公备2025001");
        filed.filingDate = QDate(2025, 9, 20);
        QVERIFY(SiteRepository(m_session->db()).update(filed, m_session->actor()));
        const Site recent
            = addSite(b, QStringLiteral("小什字站"), PlaceCategory::Art7_2_2, QDate::currentDate().addDays(-3));
        const Site other = addSite(a, QStringLiteral("员工食堂"), PlaceCategory::Art9, QDate(2025, 8, 10));

        SitesPage page(*m_session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        SiteFilterModel *shown = page.filterModel();
        QCOMPARE(shown->rowCount(), 4);

        // Filing deadlines: 2025-09-01 + 30 days is 2025-10-01, a holiday; the period ends on the
        // next working day, 2025-10-09 (民法典 Art. 203).
        SiteTableModel *model = page.siteModel();
        QCOMPARE(model->index(model->rowOf(filed.id), SiteTableModel::FilingDeadlineColumn).data().toString(),
            QStringLiteral("2025-10-09"));
        QCOMPARE(model->index(model->rowOf(overdue.id), SiteTableModel::FilingDeadlineColumn).data().toString(),
            QStringLiteral("2025-09-09"));
        QCOMPARE(model->index(model->rowOf(other.id), SiteTableModel::Filing).data().toString(),
            QStringLiteral("Not filed (not required)"));

        // Ctrl+F, then a part of a USCC typed in lower case with a space.
        page.findChild<QTableView *>(QStringLiteral("siteTable"))->setFocus();
        QTest::keyClick(page.focusWidget(), Qt::Key_F, Qt::ControlModifier);
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QCOMPARE(page.focusWidget(), search);
        typeText(search, QStringLiteral("708 461136t"));
        QCOMPARE(shown->rowCount(), 2);
        search->clear();
        typeText(search, QStringLiteral("食堂"));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(page.currentSiteId(), other.id);
        search->clear();
        typeText(search, QStringLiteral("华为"));
        QCOMPARE(shown->rowCount(), 2);
        search->clear();

        auto *category = page.findChild<QComboBox *>(QStringLiteral("categoryFilter"));
        category->setCurrentIndex(category->findData(QStringLiteral("art7-2-2")));
        QCOMPARE(shown->rowCount(), 2);
        auto *filing = page.findChild<QComboBox *>(QStringLiteral("filingFilter"));
        filing->setCurrentIndex(filing->findData(int(SiteFilterModel::Filing::Filed)));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(page.currentSiteId(), filed.id);
        category->setCurrentIndex(0);
        filing->setCurrentIndex(filing->findData(int(SiteFilterModel::Filing::Overdue)));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(page.currentSiteId(), overdue.id);
        filing->setCurrentIndex(filing->findData(int(SiteFilterModel::Filing::NotFiled)));
        QCOMPARE(shown->rowCount(), 3);
        Q_UNUSED(recent);
    }

    void historyShowsInspectionsAndOrders()
    {
        const Site site = addSite(addUnit(CodeA, QStringLiteral("华为技术有限公司")), QStringLiteral("坂田基地"),
            PlaceCategory::Art7_2_1, QDate(2025, 8, 10));
        SitesPage page(*m_session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *history = page.findChild<QTableWidget *>(QStringLiteral("historyTable"));
        auto *orders = page.findChild<QTableWidget *>(QStringLiteral("ordersTable"));
        QCOMPARE(history->rowCount(), 0);

        OfficerRepository officers(m_session->db());
        Officer o1;
        o1.name = QStringLiteral("张三");
        o1.policeNumber = QStringLiteral("012345");
        Officer o2;
        o2.name = QStringLiteral("李四");
        o2.policeNumber = QStringLiteral("012346");
        const auto a = officers.add(o1, {}, m_session->actor());
        const auto b = officers.add(o2, {}, m_session->actor());
        QVERIFY(a && b);
        Inspection draft;
        draft.siteId = site.id;
        draft.checklistId = QStringLiteral("mps-2025");
        draft.checklistVersion = QStringLiteral("1");
        draft.inspectorIds = {a.value().id, b.value().id};
        draft.startedAt = QDateTime(QDate(2025, 9, 20), QTime(10, 0), QTimeZone::UTC);
        auto inspection = InspectionRepository(m_session->db()).create(draft, m_session->actor());
        QVERIFY2(inspection, qPrintable(inspection ? QString() : inspection.error().text()));
        Order order;
        order.inspectionId = inspection.value().id;
        order.kind = OrderKind::CorrectionDeadline;
        order.findings = {QStringLiteral("4")};
        order.legalBasis = QStringLiteral("《条例》第二十九条");
        order.issuedOn = QDate(2025, 9, 20);
        order.deadline = QDate(2025, 10, 9);
        order.reinspectionDue = QDate(2025, 10, 13);
        order.documentNumber = QStringLiteral("限改字〔2025〕1号");
        QVERIFY(OrderRepository(m_session->db()).add(order, m_session->actor()));

        QCOMPARE(page.currentSiteId(), site.id);
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->item(0, 0)->text(), inspection.value().number);
        QCOMPARE(history->item(0, 3)->text(), QStringLiteral("Draft"));
        QCOMPARE(orders->rowCount(), 1);
        QVERIFY(orders->item(0, 1)->text().contains(QStringLiteral("限改字〔2025〕1号")));
        QCOMPARE(orders->item(0, 3)->text(), QStringLiteral("2025-10-09"));
        QCOMPARE(orders->item(0, 4)->text(), QStringLiteral("2025-10-13"));
        SiteTableModel *model = page.siteModel();
        QCOMPARE(model->index(0, SiteTableModel::OpenOrders).data().toInt(), 1);
        QVERIFY(!model->index(0, SiteTableModel::LastInspection).data().toString().isEmpty());
    }

    void enterEditsAndTabReachesTheHistory()
    {
        addSite(addUnit(CodeA, QStringLiteral("华为技术有限公司")), QStringLiteral("坂田基地"), PlaceCategory::Art7_2_1,
            QDate(2025, 8, 10));
        SitesPage page(*m_session);
        page.resize(1300, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *table = page.findChild<QTableView *>(QStringLiteral("siteTable"));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Tab);
        QCOMPARE(page.focusWidget()->objectName(), QStringLiteral("historyTable"));
        QTest::keyClick(page.focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(page.focusWidget(), table);

        bool opened = false;
        whenModal<SiteDialog>([&](SiteDialog *d) {
            opened = true;
            QCOMPARE(d->fields().name, QStringLiteral("坂田基地"));
            key(d, Qt::Key_Escape);
        });
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(opened);
        QCOMPARE(count(*m_session, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'update'")), 0);
    }

    void ctrlIAsksForANewInspection()
    {
        const Site site = addSite(addUnit(CodeA, QStringLiteral("华为技术有限公司")), QStringLiteral("坂田基地"),
            PlaceCategory::Art7_2_1, QDate(2025, 8, 10));
        SitesPage page(*m_session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy spy(&page, &SitesPage::newInspectionRequested);
        page.findChild<QTableView *>(QStringLiteral("siteTable"))->setFocus();
        QTest::keyClick(page.focusWidget(), Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toString(), site.id);
    }

    void theMainWindowShowsThePageAndForwardsNewInspection()
    {
        const Site site = addSite(addUnit(CodeA, QStringLiteral("华为技术有限公司")), QStringLiteral("坂田基地"),
            PlaceCategory::Art7_2_1, QDate(2025, 8, 10));
        MainWindow window(*m_session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Sites);
        auto *page = window.findChild<SitesPage *>();
        QVERIFY(page && page->isVisible());
        QCOMPARE(page->currentSiteId(), site.id);
        // The focus is still on the navigation list: the page's shortcuts work all the same.
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        nav->setFocus();
        QSignalSpy spy(&window, &MainWindow::newInspectionRequested);
        QTest::keyClick(nav, Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toString(), site.id);
        // On another page they do not.
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QTest::keyClick(nav, Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(spy.count(), 1);
    }

private:
    QString addUnit(const QString &code, const QString &name)
    {
        Unit u;
        u.name = name;
        u.uscc = code;
        auto r = UnitRepository(m_session->db()).add(u, m_session->actor());
        if (!r)
            qWarning() << r.error().text();
        return r ? r.value().id : QString();
    }
    Site addSite(const QString &unitId, const QString &name, PlaceCategory category, const QDate &inUse)
    {
        Site s;
        s.unitId = unitId;
        s.name = name;
        s.category = category;
        s.inUseSince = inUse;
        auto r = SiteRepository(m_session->db()).add(s, m_session->actor());
        if (!r)
            qWarning() << r.error().text();
        return r ? r.value() : Site {};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<AppSession> m_session;
};

QTEST_MAIN(TestSitesPage)
#include "TestSitesPage.moc"
