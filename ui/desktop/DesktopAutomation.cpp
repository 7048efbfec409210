#include "DesktopAutomation.h"

#include "AppSession.h"
#include "CompletionDialog.h"
#include "HelpDialog.h"
#include "InspectionRepository.h"
#include "InspectionsPage.h"
#include "NewInspectionWizard.h"
#include "OutcomeDialog.h"
#include "SiteDialog.h"
#include "UnitDialog.h"
#include "WalkthroughWidget.h"

#include <QApplication>
#include <QScreen>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

namespace psv {

namespace {

// Saves what the display shows of the window (the real rendering under X11/Xvfb).
bool saveScreenshot(QWidget *window, const QString &file)
{
    QPixmap pixmap;
    if (QScreen *screen = window->screen())
        pixmap = screen->grabWindow(window->winId());
    if (pixmap.isNull() || QGuiApplication::platformName() == QLatin1String("offscreen"))
        pixmap = window->grab();
    return pixmap.save(file, "PNG");
}

// Saves the picture and ends the event loop: 0, or 3 when the file cannot be written.
void saveScreenshotAndExit(QWidget *window, const QString &file)
{
    const bool ok = saveScreenshot(window, file);
    if (!ok)
        QTextStream(stderr) << "psv-inspector: cannot write " << file << '\n';
    QCoreApplication::exit(ok ? 0 : 3);
}

} // namespace

bool DesktopAutomation::checkPage()
{
    if (m_options.page.isEmpty())
        return true;
    m_page = ui::MainWindow::pageFromName(m_options.page);
    if (!m_page)
        QTextStream(stderr) << "psv-inspector: unknown page '" << m_options.page << "'\n";
    return m_page.has_value();
}

int DesktopAutomation::screenshotOf(QDialog &dialog) const
{
    dialog.show();
    QTimer::singleShot(1000, &dialog, [&dialog, file = m_options.screenshot] { saveScreenshotAndExit(&dialog, file); });
    return QApplication::exec();
}

std::optional<int> DesktopAutomation::open(ui::MainWindow &window)
{
    if (m_page)
        window.showPage(*m_page);
    QString inspectionId;
    if (!m_options.inspection.isEmpty()) {
        QString problem;
        inspectionId = openInspection(window, problem);
        if (inspectionId.isEmpty()) {
            QTextStream(stderr) << "psv-inspector: --inspection " << m_options.inspection << ": " << problem << '\n';
            return 2;
        }
    }
    if (!m_options.dialog.isEmpty()) {
        QString problem;
        std::unique_ptr<QDialog> dialog = makeDialog(inspectionId, &window, problem);
        if (!dialog) {
            QTextStream(stderr) << "psv-inspector: " << problem << '\n';
            return 2;
        }
        m_dialog = dialog.release();
    }
    return std::nullopt;
}

void DesktopAutomation::whenShown(ui::MainWindow &window)
{
    QObject::connect(
        &window, &ui::MainWindow::shown, &window,
        [this, &window] {
            if (m_dialog)
                m_dialog->open();
            if (!takesScreenshot())
                return;
            // Let the window manager map it and the first frames paint.
            QTimer::singleShot(800, &window, [this, &window] {
                saveScreenshotAndExit(
                    m_dialog ? static_cast<QWidget *>(m_dialog.data()) : &window, m_options.screenshot);
            });
        },
        Qt::SingleShotConnection);
}

// --inspection NUMBER [--item KEY]: the inspection's id once it is open at that item, else empty
// with the problem.
QString DesktopAutomation::openInspection(ui::MainWindow &window, QString &problem) const
{
    const auto inspection = InspectionRepository(m_session.db()).resolve(m_options.inspection);
    if (!inspection) {
        problem = inspection.error().message;
        return {};
    }
    if (Status s = window.openInspection(inspection.value().id, m_options.item); !s) {
        problem = s.error().message;
        return {};
    }
    const auto *page = window.findChild<ui::InspectionsPage *>();
    if (!m_options.item.isEmpty() && page->walkthrough()->currentItemKey() != m_options.item) {
        problem = QStringLiteral("inspection %1 has no checklist item '%2'; its items are %3")
                      .arg(m_options.inspection, m_options.item,
                          page->walkthrough()->itemKeys().join(QStringLiteral(", ")));
        return {};
    }
    return inspection.value().id;
}

// The dialog --dialog names, over parent; nullptr and the problem when there is none.
std::unique_ptr<QDialog> DesktopAutomation::makeDialog(
    const QString &inspectionId, QWidget *parent, QString &problem) const
{
    const QString &name = m_options.dialog;
    if (name == QLatin1String("wizard"))
        return std::make_unique<ui::NewInspectionWizard>(m_session, QString(), parent);
    if (name == QLatin1String("unit"))
        return std::make_unique<ui::UnitDialog>(m_session, parent);
    if (name == QLatin1String("site"))
        return std::make_unique<ui::SiteDialog>(m_session, QString(), parent);
    if (name == QLatin1String("help"))
        return std::make_unique<ui::HelpDialog>(parent);
    if (name == QLatin1String("outcome") || name == QLatin1String("completion")) {
        if (inspectionId.isEmpty()) {
            problem = QStringLiteral("--dialog %1 needs --inspection NUMBER").arg(name);
            return {};
        }
        if (name == QLatin1String("outcome"))
            return std::make_unique<ui::OutcomeDialog>(m_session, inspectionId, parent);
        return std::make_unique<ui::CompletionDialog>(m_session, inspectionId, parent);
    }
    problem = QStringLiteral("unknown dialog '%1'; expected wizard, unit, site, help, outcome or completion").arg(name);
    return {};
}

} // namespace psv
