#include "MainWindow.h"

#include "AboutDialog.h"
#include "AppSession.h"
#include "EmptyStatePage.h"
#include "EvidencePage.h"
#include "Settings.h"
#include "VolumeImportOffer.h"

#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QShortcut>

namespace psv::ui {

MainWindow::MainWindow(AppSession &session, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_session(session)
{
    m_ui->setupUi(this);

    addPage(Page::Dashboard, tr("Dashboard"),
        new EmptyStatePage(tr("Nothing to do yet"),
            tr("Drafts in progress, re-inspections due and inspections awaiting sync appear here."), this));
    addPage(Page::Inspections, tr("Inspections"),
        new EmptyStatePage(tr("No inspections yet"),
            tr("Inspections of public video systems under Art. 10 of the supervision rules are listed here."), this));
    addPage(Page::Sites, tr("Sites & units"),
        new EmptyStatePage(tr("No units or video systems yet"),
            tr("Units that run a public video system, and their systems, are listed here."), this));
    addPage(Page::Reinspections, tr("Re-inspections"),
        new EmptyStatePage(tr("No re-inspections scheduled"),
            tr("Re-inspections due within 3 working days of an order (Art. 15) are listed here."), this));
    addPage(Page::Evidence, tr("Evidence"), new EvidencePage(m_session, this));
    addPage(Page::Sync, tr("Sync"),
        new EmptyStatePage(tr("Working with the local copy"),
            tr("Sync bundles exchanged with the department are listed here."), this));

    connect(m_ui->navigation, &QListWidget::currentRowChanged, m_ui->pages, &QStackedWidget::setCurrentIndex);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    m_ui->navigation->setCurrentRow(0);

    // A body camera plugged in while signed in: offer to import from it.
    m_volumeOffer = new VolumeImportOffer(m_session, this);
    m_volumeOffer->start();

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
