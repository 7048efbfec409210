// psvctl commands about the tool itself.
#include "AppInfo.h"
#include "CliRegistry.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace psv::cli {

void registerInfoCommands(CliRegistry &registry)
{
    registry.add({QStringLiteral("version"), QString(),
        QCoreApplication::translate("psvctl", "Print the version of psvctl and its libraries."), [](CliContext &ctx) {
            const QJsonObject o {{QStringLiteral("version"), AppInfo::version()},
                {QStringLiteral("qt"), AppInfo::qtVersion()},
                {QStringLiteral("kf6archive"), AppInfo::kArchiveVersion()},
                {QStringLiteral("openssl"), AppInfo::openSslVersion()}};
            ctx.print(o, QStringLiteral("psvctl ") + AppInfo::version());
            return int(Success);
        }});
}

} // namespace psv::cli
