#include "CliStore.h"

#include "DataDir.h"
#include "OfficerRepository.h"

#include <QCoreApplication>

namespace psv::cli {

Result<std::unique_ptr<Database>> CliStore::open(CliContext &ctx, Mode mode)
{
    const QString dir = DataDir::resolve(ctx.dataDir());
    if (dir.isEmpty())
        return makeError(
            QCoreApplication::translate("psvctl", "No data directory could be determined; pass --data-dir DIR."), {},
            3);
    Database::Options options;
    options.create = mode == Mode::Write;
    return Database::open(dir, options);
}

Result<Actor> CliStore::actor(CliContext &ctx, Database &db)
{
    return actor(ctx.takeOption(QStringLiteral("officer")).value_or(QString()), db);
}

Result<Actor> CliStore::actor(const QString &policeNumber, Database &db)
{
    if (policeNumber.isEmpty())
        return Actor::cliUser();
    OfficerRepository officers(db);
    auto officer = officers.byPoliceNumber(policeNumber);
    if (!officer) {
        Error e = officer.error();
        e.where = QStringLiteral("--officer");
        return e;
    }
    if (officer.value().hasSecret) {
        if (!qEnvironmentVariableIsSet("PSV_SECRET"))
            return makeError(QCoreApplication::translate("psvctl",
                                 "Officer %1 signs in with a secret; give it in the environment "
                                 "variable PSV_SECRET.")
                                 .arg(policeNumber),
                QStringLiteral("--officer"));
    }
    if (Status s = officers.verifySecret(officer.value().id, qEnvironmentVariable("PSV_SECRET")); !s) {
        if (!officer.value().hasSecret && officer.value().active)
            return Actor::officer(officer.value()); // no secret set yet: PSV_SECRET is not consulted
        Error e = s.error();
        e.where = QStringLiteral("--officer");
        return e;
    }
    return Actor::officer(officer.value());
}

Result<CliStore::Writer> CliStore::openWriter(CliContext &ctx, const QString &policeNumber)
{
    auto db = open(ctx, Mode::Write);
    if (!db)
        return db.error();
    auto who = actor(policeNumber, *db.value());
    if (!who)
        return who.error();
    return Writer {std::move(db.value()), who.value()};
}

QString CliStore::actorHelp()
{
    return QStringLiteral("[--officer POLICE_NO]");
}

} // namespace psv::cli
