#include "MainWindow.h"

#include "AboutDialog.h"
#include "AppSession.h"
#include "CalendarImporter.h"
#include "CaptureDialog.h"
#include "CompletionDialog.h"
#include "DashboardPage.h"
#include "EmptyStatePage.h"
#include "EvidenceLinkDialog.h"
#include "EvidencePage.h"
#include "HelpDialog.h"
#include "InspectionsPage.h"
#include "MessageBox.h"
#include "OfficersDialog.h"
#include "OrderRepository.h"
#include "OutcomeDialog.h"
#include "RecordPreviewDialog.h"
#include "ReinspectionsPage.h"
#include "ScreenLock.h"
#include "Settings.h"
#include "SitesPage.h"
#include "SyncPage.h"
#include "VerifyRecordDialog.h"
#include "VolumeImportOffer.h"

#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QScreen>
#include <QShortcut>
#include <QStatusBar>

namespace psv::ui {

MainWindow::MainWindow(AppSession &session, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_session(session)
{
    m_ui->setupUi(this);

    auto *dashboard = new DashboardPage(m_session, this);
    addPage(Page::Dashboard, tr("Dashboard"), dashboard);
    auto *inspections = m_inspections = new InspectionsPage(m_session, this);
    addPage(Page::Inspections, tr("Inspections"), inspections);
    connect(inspections, &InspectionsPage::outcomeRequested, this, [this](const QString &id) {
        OutcomeDialog dialog(m_session, id, this);
        dialog.exec();
    });
    connect(inspections, &InspectionsPage::completionRequested, this, [this](const QString &id) {
        CompletionDialog dialog(m_session, id, this);
        dialog.exec();
    });
    auto *sites = new SitesPage(m_session, this);
    addPage(Page::Sites, tr("Sites & units"), sites);
    connect(sites, &SitesPage::newInspectionRequested, this, &MainWindow::newInspectionRequested);
    connect(sites, &SitesPage::newInspectionRequested, this, [this, inspections](const QString &siteId) {
        showPage(Page::Inspections);
        inspections->startNewInspection(siteId);
    });
    auto *reinspections = new ReinspectionsPage(m_session, this);
    addPage(Page::Reinspections, tr("Re-inspections"), reinspections);
    addPage(Page::Evidence, tr("Evidence"), new EvidencePage(m_session, this));
    connect(inspections, &InspectionsPage::linkEvidenceRequested, this,
        [this](const QString &inspectionId, const QString &itemKey) {
            EvidenceLinkDialog dialog(m_session, inspectionId, itemKey, this);
            dialog.exec();
        });
    connect(inspections, &InspectionsPage::captureRequested, this,
        [this](const QString &inspectionId, const QString &itemKey) {
            CaptureDialog dialog(m_session, inspectionId, this);
            dialog.linkToItem(itemKey);
            dialog.exec();
        });
    addPage(Page::Sync, tr("Sync"), new SyncPage(m_session, this));

    connect(m_ui->navigation, &QListWidget::currentRowChanged, m_ui->pages, &QStackedWidget::setCurrentIndex);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    auto *help = new QAction(tr("&Keyboard and help"), this);
    help->setShortcut(QKeySequence(Qt::Key_F1));
    m_ui->menuHelp->insertAction(m_ui->actionAbout, help);
    connect(help, &QAction::triggered, this, [this] {
        HelpDialog dialog(this);
        dialog.exec();
    });
    connect(m_ui->actionPrintRecord, &QAction::triggered, this, [this] { printInspectionRecord(); });
    connect(m_ui->actionPrintNotice, &QAction::triggered, this, [this] { printNotice(); });
    connect(m_ui->actionVerifyRecord, &QAction::triggered, this, &MainWindow::verifyPaperRecord);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);

    m_screenLock = new ScreenLock(m_session, this);
    connect(m_ui->actionLock, &QAction::triggered, m_screenLock, &ScreenLock::lock);
    connect(m_ui->actionSignOut, &QAction::triggered, m_screenLock, &ScreenLock::signOut);
    m_officerLabel = new QLabel(this);
    m_officerLabel->setObjectName(QStringLiteral("officerLabel"));
    statusBar()->addPermanentWidget(m_officerLabel);
    connect(&m_session, &AppSession::signedInChanged, this, &MainWindow::showSignedIn);
    showSignedIn();
    connect(m_ui->actionImportCalendar, &QAction::triggered, this, &MainWindow::chooseCalendarFile);
    auto *officers = new QAction(tr("&Officers…"), this);
    officers->setObjectName(QStringLiteral("actionOfficers"));
    m_ui->menuTools->addAction(officers);
    connect(officers, &QAction::triggered, this, [this] {
        OfficersDialog dialog(m_session, this);
        dialog.exec();
    });
    connect(dashboard, &DashboardPage::openInspectionRequested, this, &MainWindow::openInspectionRequested);
    connect(reinspections, &ReinspectionsPage::openInspectionRequested, this, &MainWindow::openInspectionRequested);
    connect(dashboard, &DashboardPage::reinspectionRequested, this, [this, reinspections](const QString &orderId) {
        showPage(Page::Reinspections);
        reinspections->selectOrder(orderId);
    });
    connect(this, &MainWindow::openInspectionRequested, this, [this](const QString &id) { (void)openInspection(id); });
    m_ui->navigation->setCurrentRow(0);
    if (inspections->isWalkthroughShown()) // a draft reopened after a close or crash
        showPage(Page::Inspections);

    // A body camera plugged in while signed in: offer to import from it.
    m_volumeOffer = new VolumeImportOffer(m_session, this);
    m_volumeOffer->start();

    if (!restoreGeometry(m_session.settings().value(Settings::Key::MainWindowGeometry).toByteArray()))
        fitToScreen();
    restoreState(m_session.settings().value(Settings::Key::MainWindowState).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::fitToScreen()
{
    // The designed 1200×720 with a title bar reaches under the task bar of a 1366×768 screen (its work
    // area is about 1366×728): keep within the work area less room for the title bar.
    const int titleBar = 40;
    if (const QScreen *s = screen())
        resize(size().boundedTo(s->availableGeometry().size() - QSize(0, titleBar)).expandedTo(minimumSizeHint()));
}

void MainWindow::addPage(Page page, const QString &title, QWidget *widget)
{
    const int index = m_ui->pages->addWidget(widget);
    Q_ASSERT(index == int(page));
    m_ui->navigation->addItem(title);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
    connect(shortcut, &QShortcut::activated, this, [this, page] { showPage(page); });
}

void MainWindow::showPage(Page page)
{
    m_ui->navigation->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_ui->pages->currentIndex());
}

std::optional<MainWindow::Page> MainWindow::pageFromName(const QString &name)
{
    static const QStringList names {QStringLiteral("dashboard"), QStringLiteral("inspections"), QStringLiteral("sites"),
        QStringLiteral("reinspections"), QStringLiteral("evidence"), QStringLiteral("sync")};
    const qsizetype i = names.indexOf(name);
    if (i < 0)
        return std::nullopt;
    return Page(i);
}

Status MainWindow::openInspection(const QString &inspectionId, const QString &itemKey)
{
    showPage(Page::Inspections);
    return m_inspections->openInspection(inspectionId, itemKey);
}

void MainWindow::showSignedIn()
{
    const auto officer = m_session.officer();
    m_officerLabel->setText(officer
            ? tr("Signed in: %1 (%2), %3").arg(officer->name, officer->policeNumber, displayName(officer->role))
            : tr("Not signed in"));
    m_ui->actionLock->setEnabled(officer.has_value());
    m_ui->actionSignOut->setEnabled(officer.has_value());
}

void MainWindow::printInspectionRecord(const QString &inspection)
{
    QString key = inspection;
    if (key.isEmpty())
        key = QInputDialog::getText(this, tr("Print inspection record"), tr("Inspection &number:")).trimmed();
    if (!key.isEmpty())
        RecordPreviewDialog::showRecord(m_session, key, this);
}

void MainWindow::printNotice(const QString &orderOrInspection)
{
    QString key = orderOrInspection;
    if (key.isEmpty())
        key = QInputDialog::getText(this, tr("Print notice"), tr("Order id or inspection &number:")).trimmed();
    if (key.isEmpty())
        return;
    if (OrderRepository(m_session.db()).get(key))
        RecordPreviewDialog::showNotice(m_session, key, this);
    else
        RecordPreviewDialog::showRecord(m_session, key, this); // the inspection's notices are in its list
}

void MainWindow::verifyPaperRecord()
{
    VerifyRecordDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::chooseCalendarFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import holiday notice"), QDir::homePath(), tr("Calendar files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        (void)importCalendarFile(path); // the outcome was shown to the officer
}

Status MainWindow::importCalendarFile(const QString &path)
{
    const CalendarImporter importer(m_session.dataDir());
    CalendarValidation v = importer.validateFile(path);
    bool replace = false;
    if (!v.ok() && v.calendar.year > 0 && m_session.calendar().source(v.calendar.year) != CalendarSource::Missing) {
        // Only the year being installed already is a problem? Ask whether to replace it.
        const CalendarValidation again = importer.validateFile(path, true);
        if (again.ok()) {
            const auto answer = MessageBox::question(this, tr("Replace calendar"),
                tr("A calendar for %1 is already installed. Replace it with %2?")
                    .arg(v.calendar.year)
                    .arg(again.calendar.citation()));
            if (answer != QMessageBox::Yes)
                return makeError(tr("The import was cancelled; the installed calendar is unchanged."), path);
            replace = true;
            v = again;
        }
    }
    if (!v.ok()) {
        const Error e = v.error();
        MessageBox::warning(this, tr("Holiday notice not imported"),
            tr("The file was not imported; nothing was changed.\n\n%1").arg(e.text()));
        return e;
    }
    const Result<CalendarImport> r = importer.importFile(path, replace);
    if (!r) {
        MessageBox::warning(this, tr("Holiday notice not imported"), r.error().text());
        return r.error();
    }
    m_session.reloadCalendar(); // notifies Topic::Calendar
    MessageBox::information(this, tr("Holiday notice imported"),
        tr("The %1 calendar (%2) is installed: %3 days off, %4 make-up working days.")
            .arg(r->calendar.year)
            .arg(r->calendar.citation())
            .arg(r->calendar.offCount())
            .arg(r->calendar.workCount()));
    return {};
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_session.settings().setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    m_session.settings().setValue(Settings::Key::MainWindowState, saveState());
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        m_session.signOut(QStringLiteral("app-closed")); // audited; nobody stays signed in once the window is gone
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    Q_EMIT shown();
}

} // namespace psv::ui
