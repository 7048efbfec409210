// psv-inspector: the desktop app.
#include "AppInfo.h"
#include "AppSession.h"
#include "CompletionDialog.h"
#include "DataDir.h"
#include "DesktopOptions.h"
#include "FirstRunDialog.h"
#include "HelpDialog.h"
#include "InspectionRepository.h"
#include "InspectionsPage.h"
#include "MainWindow.h"
#include "NewInspectionWizard.h"
#include "OutcomeDialog.h"
#include "ReinspectionReminder.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "SiteDialog.h"
#include "Translator.h"
#include "UnitDialog.h"
#include "WalkthroughWidget.h"

#include <QApplication>
#include <QMessageBox>
#include <QScreen>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

using namespace psv;

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

// The dialog --dialog names, over parent; nullptr and the problem when there is none.
std::unique_ptr<QDialog> makeDialog(
    const QString &name, AppSession &session, const QString &inspectionId, QWidget *parent, QString &problem)
{
    if (name == QLatin1String("wizard"))
        return std::make_unique<ui::NewInspectionWizard>(session, QString(), parent);
    if (name == QLatin1String("unit"))
        return std::make_unique<ui::UnitDialog>(session, parent);
    if (name == QLatin1String("site"))
        return std::make_unique<ui::SiteDialog>(session, QString(), parent);
    if (name == QLatin1String("help"))
        return std::make_unique<ui::HelpDialog>(parent);
    if (name == QLatin1String("outcome") || name == QLatin1String("completion")) {
        if (inspectionId.isEmpty()) {
            problem = QStringLiteral("--dialog %1 needs --inspection NUMBER").arg(name);
            return {};
        }
        if (name == QLatin1String("outcome"))
            return std::make_unique<ui::OutcomeDialog>(session, inspectionId, parent);
        return std::make_unique<ui::CompletionDialog>(session, inspectionId, parent);
    }
    problem = QStringLiteral("unknown dialog '%1'; expected wizard, unit, site, help, outcome or completion").arg(name);
    return {};
}

// --inspection NUMBER [--item KEY]: the inspection's id once it is open at that item, else empty
// with the problem.
QString openInspection(ui::MainWindow &window, AppSession &session, const DesktopOptions &options, QString &problem)
{
    const auto inspection = InspectionRepository(session.db()).resolve(options.inspection);
    if (!inspection) {
        problem = inspection.error().message;
        return {};
    }
    if (Status s = window.openInspection(inspection.value().id, options.item); !s) {
        problem = s.error().message;
        return {};
    }
    const auto *page = window.findChild<ui::InspectionsPage *>();
    if (!options.item.isEmpty() && page->walkthrough()->currentItemKey() != options.item) {
        problem
            = QStringLiteral("inspection %1 has no checklist item '%2'; its items are %3")
                  .arg(options.inspection, options.item, page->walkthrough()->itemKeys().join(QStringLiteral(", ")));
        return {};
    }
    return inspection.value().id;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppInfo::setApplicationIdentity();

    DesktopOptions options;
    if (const auto exitCode = DesktopOptions::parse(options))
        return *exitCode;

    const auto dataDir = DataDir::ensure(options.dataDir);
    if (!dataDir) {
        QMessageBox::critical(nullptr, AppInfo::name(), dataDir.error().text());
        return 3;
    }
    Settings settings(*dataDir);
    const QString language
        = options.language.isEmpty() ? settings.value(Settings::Key::UiLanguage).toString() : options.language;
    if (!Translator::install(language)) {
        QTextStream(stderr) << "psv-inspector: unknown language '" << language
                            << "'; expected one of: " << Translator::available().join(QStringLiteral(", ")) << '\n';
        return 2;
    }

    auto session = AppSession::open(*dataDir, settings);
    if (!session) {
        QMessageBox::critical(nullptr, AppInfo::name(), session.error().text());
        return 3;
    }
    AppSession &appSession = *session.value();
    std::optional<ui::MainWindow::Page> page;
    if (!options.page.isEmpty()) {
        page = ui::MainWindow::pageFromName(options.page);
        if (!page) {
            QTextStream(stderr) << "psv-inspector: unknown page '" << options.page << "'\n";
            return 2;
        }
    }

    // Who works: --sign-in (automation), else the first-run or the sign-in dialog.
    if (!options.signIn.isEmpty()) {
        if (Status s = appSession.signIn(options.signIn, qEnvironmentVariable("PSV_SECRET")); !s) {
            QTextStream(stderr) << "psv-inspector: --sign-in " << options.signIn << ": " << s.error().message << '\n';
            return 1;
        }
    } else {
        std::unique_ptr<QDialog> dialog;
        if (appSession.needsFirstRun())
            dialog = std::make_unique<ui::FirstRunDialog>(appSession);
        else
            dialog = std::make_unique<ui::SignInDialog>(appSession);
        if (!options.screenshot.isEmpty()) {
            // The screenshot shows the dialog a person meets first.
            dialog->show();
            QTimer::singleShot(1000, dialog.get(), [&dialog, &options] {
                const bool ok = saveScreenshot(dialog.get(), options.screenshot);
                if (!ok)
                    QTextStream(stderr) << "psv-inspector: cannot write " << options.screenshot << '\n';
                QCoreApplication::exit(ok ? 0 : 3);
            });
            return app.exec();
        }
        if (dialog->exec() != QDialog::Accepted)
            return 0;
    }

    ui::MainWindow window(appSession);
    if (page)
        window.showPage(*page);
    QString inspectionId;
    if (!options.inspection.isEmpty()) {
        QString problem;
        inspectionId = openInspection(window, appSession, options, problem);
        if (inspectionId.isEmpty()) {
            QTextStream(stderr) << "psv-inspector: --inspection " << options.inspection << ": " << problem << '\n';
            return 2;
        }
    }
    std::unique_ptr<QDialog> dialog;
    if (!options.dialog.isEmpty()) {
        QString problem;
        dialog = makeDialog(options.dialog, appSession, inspectionId, &window, problem);
        if (!dialog) {
            QTextStream(stderr) << "psv-inspector: " << problem << '\n';
            return 2;
        }
    }

    QObject::connect(
        &window, &ui::MainWindow::shown, &window,
        [&window, &options, &dialog] {
            if (dialog)
                dialog->open();
            if (options.screenshot.isEmpty())
                return;
            // Let the window manager map it and the first frames paint.
            QTimer::singleShot(800, &window, [&window, &options, &dialog] {
                const bool ok
                    = saveScreenshot(dialog ? static_cast<QWidget *>(dialog.get()) : &window, options.screenshot);
                if (!ok)
                    QTextStream(stderr) << "psv-inspector: cannot write " << options.screenshot << '\n';
                QCoreApplication::exit(ok ? 0 : 3);
            });
        },
        Qt::SingleShotConnection);
    window.show();
    if (options.screenshot.isEmpty()) {
        // Re-inspections due today or overdue are shown once after each sign-in (规定 Art. 15).
        QTimer::singleShot(
            0, &window, [&appSession, &window] { ui::ReinspectionReminder::showIfDue(appSession, &window); });
        QObject::connect(&appSession, &AppSession::signedInChanged, &window, [&appSession, &window] {
            if (appSession.isSignedIn())
                ui::ReinspectionReminder::showIfDue(appSession, &window);
        });
    }
    const int exitCode = app.exec();
    // Closing the window signed the officer out; a quit that did not close it (the screenshot mode,
    // the desktop session ending) does it here, so that every sign-in has its audited sign-out.
    appSession.signOut(QStringLiteral("app-closed"));
    return exitCode;
}
