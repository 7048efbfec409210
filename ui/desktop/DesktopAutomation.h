#pragma once

#include "DesktopOptions.h"
#include "MainWindow.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

namespace psv {

class AppSession;

// What the automation options do to the desktop app — --page, --inspection/--item, --dialog and
// --screenshot — for `packaging/dev run --screenshot`, the README's pictures and TestDesktopApp.
// Problems go to stderr for the person or script that gave the options (in English, like the
// option parser's), with exit code 2.
class DesktopAutomation
{
public:
    DesktopAutomation(AppSession &session, const DesktopOptions &options) : m_session(session), m_options(options) { }

    // --page names a known page (or is absent); else prints the problem and returns false.
    bool checkPage();
    // --screenshot: the app shows one thing, saves a picture of it and exits.
    bool takesScreenshot() const { return !m_options.screenshot.isEmpty(); }
    // Shows the first dialog a person meets (sign-in or first run), saves its picture and exits;
    // the event loop's exit code.
    int screenshotOf(QDialog &dialog) const;
    // Shows --page, opens --inspection at --item and makes the --dialog over window; an exit code
    // when one of them cannot be done.
    std::optional<int> open(ui::MainWindow &window);
    // Once window is shown: opens the --dialog and, with --screenshot, saves the picture and exits.
    void whenShown(ui::MainWindow &window);

private:
    QString openInspection(ui::MainWindow &window, QString &problem) const;
    std::unique_ptr<QDialog> makeDialog(const QString &inspectionId, QWidget *parent, QString &problem) const;

    AppSession &m_session;
    const DesktopOptions &m_options;
    std::optional<ui::MainWindow::Page> m_page;
    QPointer<QDialog> m_dialog; // over the main window, which owns it
};

} // namespace psv
