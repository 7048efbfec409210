#include "DesktopOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace psv {

std::optional<int> DesktopOptions::parse(DesktopOptions &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("DesktopOptions", "PSV Inspector: inspections of public-security video systems."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QCoreApplication::translate("DesktopOptions", "Keep the store, evidence and settings in DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QCoreApplication::translate("DesktopOptions", "User interface language: zh_CN or en."), QStringLiteral("LANG"));
    const QCommandLineOption shot(QStringLiteral("screenshot"),
        QCoreApplication::translate("DesktopOptions",
            "Save a PNG of the main window once it is shown (without --sign-in: of the sign-in or first-run dialog), "
            "then exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption page(QStringLiteral("page"),
        QCoreApplication::translate(
            "DesktopOptions", "Open PAGE first: dashboard, inspections, sites, reinspections, evidence or sync."),
        QStringLiteral("PAGE"));
    const QCommandLineOption signIn(QStringLiteral("sign-in"),
        QCoreApplication::translate("DesktopOptions",
            "Sign in as the officer with police number NO without the sign-in dialog; the secret is read from "
            "the environment variable PSV_SECRET (for automation and screenshots)."),
        QStringLiteral("NO"));
    const QCommandLineOption inspection(QStringLiteral("inspection"),
        QCoreApplication::translate("DesktopOptions",
            "Open the inspection with NUMBER (or id) in the walkthrough (needs a signed-in officer)."),
        QStringLiteral("NUMBER"));
    const QCommandLineOption item(QStringLiteral("item"),
        QCoreApplication::translate("DesktopOptions", "With --inspection: show checklist item KEY, e.g. 2."),
        QStringLiteral("KEY"));
    const QCommandLineOption dialog(QStringLiteral("dialog"),
        QCoreApplication::translate("DesktopOptions",
            "Open DIALOG over the window: wizard, unit, site, help, or (with --inspection) outcome or completion. "
            "With --screenshot the picture is of the dialog."),
        QStringLiteral("DIALOG"));
    parser.addOptions({dataDir, lang, shot, page, signIn, inspection, item, dialog});
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    options.dataDir = parser.value(dataDir);
    options.language = parser.value(lang);
    options.screenshot = parser.value(shot);
    options.page = parser.value(page);
    options.signIn = parser.value(signIn);
    options.inspection = parser.value(inspection);
    options.item = parser.value(item);
    options.dialog = parser.value(dialog);
    if (!options.item.isEmpty() && options.inspection.isEmpty()) {
        QTextStream(stderr) << "psv-inspector: --item needs --inspection\n";
        return 2;
    }
    return std::nullopt;
}

} // namespace psv
