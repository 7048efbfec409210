// psvctl: scriptable access to a device's PSV Inspector store.
#include "AppInfo.h"
#include "CliRegistry.h"
#include "Translator.h"

#include <QGuiApplication>

using namespace psv;
using namespace psv::cli;

int main(int argc, char *argv[])
{
    // psvctl never opens a window, but printing records needs fonts and QPdfWriter (QtGui):
    // a headless GUI application gives them without a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    AppInfo::setApplicationIdentity();
    QCoreApplication::setApplicationName(QStringLiteral("psvctl"));

    QStringList args = QCoreApplication::arguments().mid(1);
    CliContext global(args, {}, false);
    const std::optional<QString> dataDir = global.takeOption(QStringLiteral("data-dir"));
    const bool json = global.takeFlag(QStringLiteral("json"));
    // Messages follow --lang, else the environment's locale (zh* gives zh_CN, anything else English).
    const QString envLang = qEnvironmentVariable("LC_ALL", qEnvironmentVariable("LANG"));
    const QString lang
        = global.takeOption(QStringLiteral("lang"))
              .value_or(envLang.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en"));
    if (!Translator::install(lang))
        return global.usage(QStringLiteral("unknown --lang '%1'; expected one of: %2")
                .arg(lang, Translator::available().join(QStringLiteral(", "))));
    const bool help = global.takeFlag(QStringLiteral("help")) || global.takeFlag(QStringLiteral("h"));
    // "--version" alone is the tool's version; after a command it is that command's option
    // (e.g. "checklist show ID --version 2").
    // --officer may also come before the command; it is then handed to the command.
    const std::optional<QString> officer = global.takeOption(QStringLiteral("officer"));
    args = global.args();
    const bool version = !args.isEmpty() && args.first() == QLatin1String("--version");
    if (version)
        args.removeFirst();

    CliRegistry registry;
    registerInfoCommands(registry);
    registerCalendarCommands(registry);
    registerRecordCommands(registry);
    registerChecklistCommands(registry);
    registerBundleCommands(registry);
    registerStoreCommands(registry);
    registerUsccCommands(registry);
    registerUnitCommands(registry);
    registerSiteCommands(registry);
    registerOfficerCommands(registry);
    registerInspectionCommands(registry);
    registerSealCommands(registry);
    registerOrderCommands(registry);
    registerEvidenceCommands(registry);
    registerPrintCommands(registry);
    registerDemoCommands(registry);
    registerScheduleCommands(registry);
    registerSyncCommands(registry);

    CliContext probe(args, dataDir.value_or(QString()), json);
    if (version) {
        QStringList v {QStringLiteral("version")};
        return registry.match(v)->run(probe);
    }
    if (help || args.isEmpty()) {
        probe.out() << registry.help();
        probe.out().flush();
        return help ? Success : Usage;
    }
    const CliCommand *command = registry.match(args);
    if (!command)
        return probe.usage(
            QCoreApplication::translate("psvctl", "unknown command '%1'; see psvctl --help").arg(args.join(u' ')));
    if (officer)
        args << QStringLiteral("--officer") << *officer;
    CliContext ctx(args, dataDir.value_or(QString()), json);
    return command->run(ctx);
}
