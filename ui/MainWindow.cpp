#include "MainWindow.h"

#include "AboutDialog.h"
#include "AppSession.h"
#include "CalendarImporter.h"
#include "DashboardPage.h"
#include "EmptyStatePage.h"
#include "MessageBox.h"
#include "ReinspectionsPage.h"
#include "Settings.h"

#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QShortcut>

namespace psv::ui {

MainWindow::MainWindow(AppSession &session, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_session(session)
{
    m_ui->setupUi(this);

    auto *dashboard = new DashboardPage(m_session, this);
    addPage(Page::Dashboard, tr("Dashboard"), dashboard);
    addPage(Page::Inspections, tr("Inspections"),
        new EmptyStatePage(tr("No inspections yet"),
            tr("Inspections of public video systems under Art. 10 of the supervision rules are listed here."), this));
    addPage(Page::Sites, tr("Sites & units"),
        new EmptyStatePage(tr("No units or video systems yet"),
            tr("Units that run a public video system, and their systems, are listed here."), this));
    auto *reinspections = new ReinspectionsPage(m_session, this);
    addPage(Page::Reinspections, tr("Re-inspections"), reinspections);
    addPage(Page::Evidence, tr("Evidence"),
        new EmptyStatePage(tr("No evidence imported"),
            tr("Body-camera footage imported for inspections (Art. 13) is catalogued here."), this));
    addPage(Page::Sync, tr("Sync"),
        new EmptyStatePage(tr("Working with the local copy"),
            tr("Sync bundles exchanged with the department are listed here."), this));

    connect(m_ui->navigation, &QListWidget::currentRowChanged, m_ui->pages, &QStackedWidget::setCurrentIndex);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionImportCalendar, &QAction::triggered, this, &MainWindow::chooseCalendarFile);
    connect(dashboard, &DashboardPage::openInspectionRequested, this, &MainWindow::openInspectionRequested);
    connect(reinspections, &ReinspectionsPage::openInspectionRequested, this, &MainWindow::openInspectionRequested);
    connect(dashboard, &DashboardPage::reinspectionRequested, this, [this, reinspections](const QString &orderId) {
        showPage(Page::Reinspections);
        reinspections->selectOrder(orderId);
    });
    m_ui->navigation->setCurrentRow(0);

    restoreGeometry(m_session.settings().value(Settings::Key::MainWindowGeometry).toByteArray());
    restoreState(m_session.settings().value(Settings::Key::MainWindowState).toByteArray());
}

MainWindow::~MainWindow() = default;

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
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    Q_EMIT shown();
}

} // namespace psv::ui
