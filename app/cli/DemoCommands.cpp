// psvctl demo: loads the clearly marked sample data set (示例单位, their video systems, sample officers).
#include "CliOptions.h"
#include "CliRegistry.h"
#include "CliStore.h"
#include "DemoData.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace psv::cli {

namespace {

int load(CliContext &ctx)
{
    CliOptions opt(ctx);
    const QString officer = opt.value(QStringLiteral("officer"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto store = CliStore::openWriter(ctx, officer);
    if (!store)
        return ctx.fail(store.error());
    auto &[db, actor] = store.value();
    DemoData::Counts added;
    if (Status s = DemoData::load(*db, actor, &added); !s)
        return ctx.fail(s.error());
    const bool already = added.nothing();
    const QJsonObject json {{QStringLiteral("already_loaded"), already},
        {QStringLiteral("added"),
            QJsonObject {{QStringLiteral("units"), added.units}, {QStringLiteral("sites"), added.sites},
                {QStringLiteral("officers"), added.officers}}},
        {QStringLiteral("units"), int(DemoData::units().size())},
        {QStringLiteral("sites"), int(DemoData::sites().size())},
        {QStringLiteral("officers"), int(DemoData::officers().size())}};
    const QString text = already
        ? QCoreApplication::translate("psvctl", "The sample data is already loaded; nothing was changed.")
        : QCoreApplication::translate("psvctl",
              "Sample data loaded: %1 unit(s), %2 video system(s) and %3 officer(s), all named 示例 (sample).")
              .arg(added.units)
              .arg(added.sites)
              .arg(added.officers);
    ctx.print(json, text);
    return Success;
}

} // namespace

void registerDemoCommands(CliRegistry &registry)
{
    registry.add({QStringLiteral("demo"), CliStore::actorHelp(),
        QCoreApplication::translate("psvctl",
            "Load the sample data set: units named 示例…, their video systems and sample officers (police numbers "
            "900001–900003, no secret). Loading again changes nothing."),
        load});
}

} // namespace psv::cli
