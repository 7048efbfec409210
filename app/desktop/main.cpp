// psv-inspector: the desktop app. The automation options (--page, --inspection, --dialog,
// --screenshot) are DesktopAutomation's.
#include "AppInfo.h"
#include "AppSession.h"
#include "DataDir.h"
#include "DesktopAutomation.h"
#include "DesktopOptions.h"
#include "FirstRunDialog.h"
#include "MainWindow.h"
#include "ReinspectionReminder.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "Translator.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

using namespace psv;

namespace {

// --language, else the saved setting; false (and a message) when there is no such translation.
bool installLanguage(const DesktopOptions &options, const Settings &settings)
{
    const QString language
        = options.language.isEmpty() ? settings.value(Settings::Key::UiLanguage).toString() : options.language;
    if (Translator::install(language))
        return true;
    QTextStream(stderr) << "psv-inspector: unknown language '" << language
                        << "'; expected one of: " << Translator::available().join(QStringLiteral(", ")) << '\n';
    return false;
}

// The first dialog a person meets: the first-run dialog on a new data directory, else signing in.
std::unique_ptr<QDialog> firstDialog(AppSession &session)
{
    if (session.needsFirstRun())
        return std::make_unique<ui::FirstRunDialog>(session);
    return std::make_unique<ui::SignInDialog>(session);
}

// Re-inspections due today or overdue are shown once after each sign-in (规定 Art. 15).
void remindOfReinspections(AppSession &session, ui::MainWindow &window)
{
    QTimer::singleShot(0, &window, [&session, &window] { ui::ReinspectionReminder::showIfDue(session, &window); });
    QObject::connect(&session, &AppSession::signedInChanged, &window, [&session, &window] {
        if (session.isSignedIn())
            ui::ReinspectionReminder::showIfDue(session, &window);
    });
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
    if (!installLanguage(options, settings))
        return 2;

    auto session = AppSession::open(*dataDir, settings);
    if (!session) {
        QMessageBox::critical(nullptr, AppInfo::name(), session.error().text());
        return 3;
    }
    AppSession &appSession = *session.value();
    DesktopAutomation automation(appSession, options);
    if (!automation.checkPage())
        return 2;

    // Who works: --sign-in (automation), else the first-run or the sign-in dialog.
    if (!options.signIn.isEmpty()) {
        if (Status s = appSession.signIn(options.signIn, qEnvironmentVariable("PSV_SECRET")); !s) {
            QTextStream(stderr) << "psv-inspector: --sign-in " << options.signIn << ": " << s.error().message << '\n';
            return 1;
        }
    } else {
        const std::unique_ptr<QDialog> dialog = firstDialog(appSession);
        if (automation.takesScreenshot())
            return automation.screenshotOf(*dialog);
        if (dialog->exec() != QDialog::Accepted)
            return 0;
    }

    ui::MainWindow window(appSession);
    if (const auto exitCode = automation.open(window))
        return *exitCode;
    automation.whenShown(window);
    window.show();
    if (!automation.takesScreenshot())
        remindOfReinspections(appSession, window);
    const int exitCode = app.exec();
    // Closing the window signed the officer out; a quit that did not close it (the screenshot mode,
    // the desktop session ending) does it here, so that every sign-in has its audited sign-out.
    appSession.signOut(QStringLiteral("app-closed"));
    return exitCode;
}
