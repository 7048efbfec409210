// psvctl officer add|list: the officers who sign in and inspect on this device.
#include "CliOptions.h"
#include "CliRegistry.h"
#include "CliStore.h"
#include "OfficerActions.h"
#include "OfficerRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace psv::cli {

namespace {

int add(CliContext &ctx)
{
    CliOptions opt(ctx);
    Officer o;
    o.name = opt.required(QStringLiteral("name"));
    o.policeNumber = opt.required(QStringLiteral("police-number"));
    if (const auto r = opt.code<OfficerRole>(QStringLiteral("role")))
        o.role = *r;
    else if (opt.ok())
        opt.fail(makeError(QCoreApplication::translate(
                               "psvctl", "The option --role is required: one of station, tech, reviewer, admin."),
            QStringLiteral("--role")));
    o.unitName = opt.value(QStringLiteral("police-unit"));
    const bool secretFromStdin = opt.flag(QStringLiteral("secret-stdin"));
    const QString officer = opt.value(QStringLiteral("officer"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    QString secret;
    if (secretFromStdin) {
        QTextStream in(stdin);
        secret = in.readLine();
        if (secret.isEmpty())
            return ctx.fail(makeError(
                QCoreApplication::translate("psvctl", "--secret-stdin was given but standard input holds no secret."),
                QStringLiteral("--secret-stdin")));
    }
    auto store = CliStore::openWriter(ctx, officer);
    if (!store)
        return ctx.fail(store.error());
    auto &[db, actor] = store.value();
    auto r = OfficerActions(*db).add(o, secret, actor);
    if (!r)
        return ctx.fail(r.error());
    ctx.print(r.value().toJson(), r.value().id);
    return Success;
}

int list(CliContext &ctx)
{
    CliOptions opt(ctx);
    const bool activeOnly = opt.flag(QStringLiteral("active"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto db = CliStore::open(ctx, CliStore::Mode::Read);
    if (!db)
        return ctx.fail(db.error());
    auto officers = OfficerRepository(*db.value()).list(activeOnly);
    if (!officers)
        return ctx.fail(officers.error());
    QJsonArray a;
    QString text;
    for (const Officer &o : officers.value()) {
        a.append(o.toJson());
        text += QStringLiteral("%1  %2  %3  %4  %5\n").arg(o.policeNumber, toCode(o.role), o.name, o.unitName, o.id);
    }
    ctx.print(a, text);
    return Success;
}

} // namespace

void registerOfficerCommands(CliRegistry &registry)
{
    registry.add({QStringLiteral("officer add"),
        QStringLiteral("--name NAME --police-number NO --role station|tech|reviewer|admin "
                       "[--police-unit NAME] [--secret-stdin] ")
            + CliStore::actorHelp(),
        QCoreApplication::translate("psvctl",
            "Record an officer; prints the id. --secret-stdin reads a sign-in secret from the first line of "
            "standard input (stored as an Argon2id hash)."),
        add});
    registry.add({QStringLiteral("officer list"), QStringLiteral("[--active]"),
        QCoreApplication::translate("psvctl", "List the officers."), list});
}

} // namespace psv::cli
