#pragma once

#include <QString>

#include <optional>

namespace psv {

// Command-line options of the desktop app.
struct DesktopOptions
{
    QString dataDir;
    QString language; // empty: the saved setting (default zh_CN)
    QString screenshot; // save a PNG of the main window (or of the sign-in dialog) once shown, then exit
    QString page; // page to open: dashboard, inspections, sites, reinspections, evidence, sync
    QString signIn; // police number to sign in without the dialog (secret from $PSV_SECRET)
    QString inspection; // number (or id) of an inspection to open in the walkthrough
    QString item; // with inspection: the checklist item to show (its key, e.g. "2")
    QString dialog; // a dialog to open over the window: wizard, unit, site, outcome, completion, help

    // Parses QCoreApplication::arguments(); on --help/--version or an error, prints and returns the exit code.
    static std::optional<int> parse(DesktopOptions &options);
};

} // namespace psv
