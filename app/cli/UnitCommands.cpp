// psvctl unit add|list|show: 公共安全视频系统管理单位.
#include "CliOptions.h"
#include "CliRegistry.h"
#include "CliStore.h"
#include "SiteRepository.h"
#include "UnitActions.h"
#include "UnitRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace psv::cli {

namespace {

int add(CliContext &ctx)
{
    CliOptions opt(ctx);
    Unit u;
    u.name = opt.required(QStringLiteral("name"));
    if (const auto t = opt.code<UnitType>(QStringLiteral("type")))
        u.type = *t;
    else if (opt.ok())
        opt.fail(makeError(QCoreApplication::translate("psvctl",
                               "The option --type is required: one of enterprise, government, institution, "
                               "individual, other."),
            QStringLiteral("--type")));
    u.uscc = opt.value(QStringLiteral("uscc"));
    u.address = opt.value(QStringLiteral("address"));
    u.contactPerson = opt.value(QStringLiteral("contact"));
    u.contactPhone = opt.value(QStringLiteral("phone"));
    u.policeStation = opt.value(QStringLiteral("station"));
    u.countyOrgan = opt.value(QStringLiteral("county-organ"));
    const QString officer = opt.value(QStringLiteral("officer"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto store = CliStore::openWriter(ctx, officer);
    if (!store)
        return ctx.fail(store.error());
    auto &[db, actor] = store.value();
    auto r = UnitActions(*db).save(u, actor);
    if (!r)
        return ctx.fail(r.error());
    ctx.print(r.value().toJson(), r.value().id);
    return Success;
}

int list(CliContext &ctx)
{
    CliOptions opt(ctx);
    UnitFilter f;
    f.search = opt.value(QStringLiteral("search"));
    f.type = opt.code<UnitType>(QStringLiteral("type"));
    f.limit = opt.integer(QStringLiteral("limit"), 1).value_or(100);
    f.offset = opt.integer(QStringLiteral("offset"), 0).value_or(0);
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto db = CliStore::open(ctx, CliStore::Mode::Read);
    if (!db)
        return ctx.fail(db.error());
    auto units = UnitRepository(*db.value()).list(f);
    if (!units)
        return ctx.fail(units.error());
    QJsonArray a;
    QString text;
    for (const Unit &u : units.value()) {
        a.append(u.toJson());
        text += QStringLiteral("%1  %2  %3  %4\n")
                    .arg(u.id, u.uscc.isEmpty() ? QStringLiteral("-").leftJustified(18) : u.uscc, toCode(u.type),
                        u.name);
    }
    ctx.print(a, text);
    return Success;
}

int show(CliContext &ctx)
{
    CliOptions opt(ctx);
    const QString key = opt.positional(QStringLiteral("ID|USCC"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto db = CliStore::open(ctx, CliStore::Mode::Read);
    if (!db)
        return ctx.fail(db.error());
    auto unit = UnitRepository(*db.value()).resolve(key);
    if (!unit)
        return ctx.fail(unit.error());
    SiteFilter f;
    f.unitId = unit.value().id;
    f.limit = 10000;
    auto sites = SiteRepository(*db.value()).list(f);
    if (!sites)
        return ctx.fail(sites.error());
    const Unit &u = unit.value();
    QJsonObject o = u.toJson();
    QJsonArray siteArray;
    QString siteText;
    for (const Site &s : sites.value()) {
        siteArray.append(s.toJson());
        siteText += QStringLiteral("  %1  %2\n").arg(s.id, s.name);
    }
    o.insert(QStringLiteral("sites"), siteArray);
    QString text = QCoreApplication::translate("psvctl", "Unit:") + u' ' + u.name + u'\n'
        + QCoreApplication::translate("psvctl", "Id:") + u' ' + u.id + u'\n'
        + QCoreApplication::translate("psvctl", "Type:") + u' ' + displayName(u.type) + u'\n'
        + QCoreApplication::translate("psvctl", "Unified social credit code:") + u' '
        + (u.uscc.isEmpty() ? QStringLiteral("-") : u.uscc) + u'\n' + QCoreApplication::translate("psvctl", "Address:")
        + u' ' + u.address + u'\n' + QCoreApplication::translate("psvctl", "Contact:") + u' ' + u.contactPerson + u' '
        + u.contactPhone + u'\n' + QCoreApplication::translate("psvctl", "Police station:") + u' ' + u.policeStation
        + u'\n' + QCoreApplication::translate("psvctl", "County-level organ:") + u' ' + u.countyOrgan + u'\n'
        + QCoreApplication::translate("psvctl", "Video systems:") + u' ' + QString::number(sites.value().size()) + u'\n'
        + siteText;
    ctx.print(o, text);
    return Success;
}

} // namespace

void registerUnitCommands(CliRegistry &registry)
{
    registry.add({QStringLiteral("unit add"),
        QStringLiteral("--name NAME --type enterprise|government|institution|individual|other "
                       "[--uscc CODE] [--address TEXT] [--contact NAME] [--phone NUMBER] [--station NAME] "
                       "[--county-organ NAME] ")
            + CliStore::actorHelp(),
        QCoreApplication::translate("psvctl",
            "Record a unit that manages video systems; prints its id. The USCC may be left out only for an "
            "individual."),
        add});
    registry.add({QStringLiteral("unit list"), QStringLiteral("[--search TEXT] [--type TYPE] [--limit N] [--offset N]"),
        QCoreApplication::translate(
            "psvctl", "List units by name; --search matches part of the name or the start of the USCC."),
        list});
    registry.add({QStringLiteral("unit show"), QStringLiteral("ID|USCC"),
        QCoreApplication::translate("psvctl", "Show a unit and its video systems."), show});
}

} // namespace psv::cli
