#pragma once

#include "Actor.h"
#include "CliContext.h"
#include "Database.h"
#include "Result.h"

#include <QJsonArray>
#include <QString>

#include <memory>

namespace psv::cli {

// What the store's commands share: opening the data directory's store and naming the actor.
class CliStore
{
public:
    // Write commands create the store when it does not exist yet; read commands do not.
    enum class Mode { Read, Write };
    static Result<std::unique_ptr<Database>> open(CliContext &ctx, Mode mode);

    // --officer POLICE_NO: that officer (whose secret, if any, must be in $PSV_SECRET);
    // otherwise "cli:<operating-system user>". Takes the option off the context.
    static Result<Actor> actor(CliContext &ctx, Database &db);
    static Result<Actor> actor(const QString &policeNumber, Database &db);

    // A write command's store (created when missing) and its actor (the --officer value, see
    // actor()), or the first error of the two.
    struct Writer
    {
        std::unique_ptr<Database> db;
        Actor actor;
    };
    static Result<Writer> openWriter(CliContext &ctx, const QString &policeNumber);

    static QString actorHelp(); // the --officer line for synopses
};

} // namespace psv::cli
