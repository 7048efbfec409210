// psv-inspector: the desktop app.
#include "AppInfo.h"
#include "AppSession.h"
#include "DataDir.h"
#include "DesktopOptions.h"
#include "FirstRunDialog.h"
#include "MainWindow.h"
#include "ReinspectionReminder.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "Translator.h"

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

    if (!options.screenshot.isEmpty()) {
        QObject::connect(
            &window, &ui::MainWindow::shown, &window,
            [&window, &options] {
                // Let the window manager map it and the first frames paint.
                QTimer::singleShot(800, &window, [&window, &options] {
                    const bool ok = saveScreenshot(&window, options.screenshot);
                    if (!ok)
                        QTextStream(stderr) << "psv-inspector: cannot write " << options.screenshot << '\n';
                    QCoreApplication::exit(ok ? 0 : 3);
                });
            },
            Qt::SingleShotConnection);
    }
    window.show();
    if (options.screenshot.isEmpty()) {
        // Re-inspections due today or overdue are shown once after each sign-in (规定 Art. 15).
        QTimer::singleShot(0, &window, [&appSession, &window] { ui::ReinspectionReminder::showIfDue(appSession, &window); });
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
