// psvctl inspection seal|verify|correct: making a record unchangeable, proving it, correcting it.
#include "ChecklistRegistry.h"
#include "CliOptions.h"
#include "CliRegistry.h"
#include "CliStore.h"
#include "InspectionActions.h"
#include "InspectionRepository.h"
#include "PaperRecordCheck.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace psv::cli {

namespace {

// Sealing runs the completion check first, as the app's completion dialog does: an incomplete
// inspection is sealed only with --override-reason, which goes into its notes and the audit log.
int seal(CliContext &ctx)
{
    CliOptions opt(ctx);
    const QString overrideReason = opt.value(QStringLiteral("override-reason"));
    const QString officer = opt.value(QStringLiteral("officer"));
    const QString key = opt.positional(QStringLiteral("NUMBER"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto store = CliStore::openWriter(ctx, officer);
    if (!store)
        return ctx.fail(store.error());
    auto &[db, actor] = store.value();
    auto i = InspectionRepository(*db).resolve(key);
    if (!i)
        return ctx.fail(i.error());
    const ChecklistRegistry checklists = ChecklistRegistry::load(db->dataDir());
    auto r = InspectionActions(*db, checklists).seal(i.value().id, actor, overrideReason);
    if (!r)
        return ctx.fail(r.error());
    const QJsonObject o {{QStringLiteral("id"), r.value().id}, {QStringLiteral("number"), r.value().number},
        {QStringLiteral("version"), r.value().version}, {QStringLiteral("seal_hash"), r.value().sealHash},
        {QStringLiteral("sealed_at"), r.value().toJson().value(QStringLiteral("sealed_at"))}};
    ctx.print(o, r.value().sealHash);
    return Success;
}

int verify(CliContext &ctx)
{
    CliOptions opt(ctx);
    const int version = opt.integer(QStringLiteral("version-no"), 1).value_or(0);
    const QString key = opt.positional(QStringLiteral("NUMBER"));
    const QString expected = opt.positional(QStringLiteral("SEALHASH"), false);
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto input = PaperRecordCheck::parse(key, expected);
    if (!input)
        return ctx.fail(input.error());
    auto db = CliStore::open(ctx, CliStore::Mode::Read);
    if (!db)
        return ctx.fail(db.error());
    auto r = PaperRecordCheck::check(*db.value(), input.value(), version);
    if (!r)
        return ctx.fail(r.error());
    const auto &c = r.value();
    if (c.intact()) {
        ctx.print(c.toJson(),
            QCoreApplication::translate("psvctl", "Inspection %1 (version %2) matches its seal %3.")
                .arg(c.number)
                .arg(c.version)
                .arg(c.storedHash));
        return Success;
    }
    if (ctx.json()) {
        ctx.print(c.toJson(), {});
        return Refused;
    }
    return ctx.fail(makeError(c.message, c.number));
}

int correct(CliContext &ctx)
{
    CliOptions opt(ctx);
    const QString reason = opt.required(QStringLiteral("reason"));
    const QString officer = opt.value(QStringLiteral("officer"));
    const QString key = opt.positional(QStringLiteral("NUMBER"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto store = CliStore::openWriter(ctx, officer);
    if (!store)
        return ctx.fail(store.error());
    auto &[db, actor] = store.value();
    auto i = InspectionRepository(*db).resolve(key);
    if (!i)
        return ctx.fail(i.error());
    const ChecklistRegistry checklists = ChecklistRegistry::load(db->dataDir());
    auto r = InspectionActions(*db, checklists).correct(i.value().id, reason, actor);
    if (!r)
        return ctx.fail(r.error());
    ctx.print(r.value().toJson(), QStringLiteral("%1 v%2").arg(r.value().number).arg(r.value().version));
    return Success;
}

} // namespace

void registerSealCommands(CliRegistry &registry)
{
    registry.add(
        {QStringLiteral("inspection seal"), QStringLiteral("NUMBER [--override-reason TEXT] ") + CliStore::actorHelp(),
            QCoreApplication::translate("psvctl",
                "Seal an inspection: compute its SHA-256 seal; it cannot change afterwards. Prints the seal. An "
                "inspection the completion check finds incomplete is refused unless --override-reason says why it "
                "is sealed anyway (the reason goes into its notes and the audit log)."),
            seal});
    registry.add({QStringLiteral("inspection verify"), QStringLiteral("NUMBER [SEALHASH] [--version-no N]"),
        QCoreApplication::translate("psvctl",
            "Recompute a sealed inspection's seal from the stored data; exit 1 when it was changed or does "
            "not match SEALHASH (e.g. from a printed record)."),
        verify});
    registry.add({QStringLiteral("inspection correct"), QStringLiteral("NUMBER --reason TEXT ") + CliStore::actorHelp(),
        QCoreApplication::translate("psvctl",
            "Start a corrected version of a sealed inspection (same number, next version) that references "
            "it and states the reason."),
        correct});
}

} // namespace psv::cli
