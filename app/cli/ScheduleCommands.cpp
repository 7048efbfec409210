// psvctl commands about re-inspections (规定 Art. 15): schedule list|ics, order reinspect|close.
#include "CliOptions.h"
#include "CliRegistry.h"
#include "CliStore.h"
#include "DataDir.h"
#include "IsoTime.h"
#include "ReinspectionSchedule.h"
#include "ReinspectionService.h"
#include "ScheduleExporter.h"
#include "WorkCalendar.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace psv::cli {

namespace {

WorkCalendar deviceCalendar(const CliContext &ctx)
{
    return WorkCalendar::load(DataDir::resolve(ctx.dataDir()));
}

int list(CliContext &ctx)
{
    CliOptions opt(ctx);
    const int days = opt.integer(QStringLiteral("days"), 0).value_or(ReinspectionSchedule::kDefaultSoonDays);
    QDate today = opt.date(QStringLiteral("today"));
    const bool all = opt.flag(QStringLiteral("all"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    if (!today.isValid())
        today = QDate::currentDate();
    auto db = CliStore::open(ctx, CliStore::Mode::Read);
    if (!db)
        return ctx.fail(db.error());
    const WorkCalendar calendar = deviceCalendar(ctx);
    auto entries = ReinspectionSchedule(*db.value(), calendar).build(today, days);
    if (!entries)
        return ctx.fail(entries.error());
    QJsonArray a;
    QString text;
    std::optional<ScheduleEntry::Group> group;
    for (const ScheduleEntry &e : entries.value()) {
        if (e.group == ScheduleEntry::Group::Done && !all)
            continue;
        a.append(e.toJson());
        if (group != e.group) {
            group = e.group;
            text += ScheduleEntry::groupTitle(e.group, days) + u'\n';
        }
        text += QStringLiteral("  %1  %2  %3 / %4  %5  %6\n")
                    .arg(IsoTime::format(e.order.reinspectionDue), e.workingDaysText(), e.unitName, e.siteName,
                        displayName(e.order.kind), e.order.id);
    }
    if (a.isEmpty())
        text = QCoreApplication::translate("psvctl", "No re-inspections are scheduled.");
    ctx.print(a, text.trimmed());
    return Success;
}

int ics(CliContext &ctx)
{
    CliOptions opt(ctx);
    QDate today = opt.date(QStringLiteral("today"));
    const QString officer = opt.value(QStringLiteral("officer"));
    const QString out = opt.positional(QStringLiteral("OUT.ics"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    if (!today.isValid())
        today = QDate::currentDate();
    auto db = CliStore::open(ctx, CliStore::Mode::Read);
    if (!db)
        return ctx.fail(db.error());
    auto actor = CliStore::actor(officer, *db.value());
    if (!actor)
        return ctx.fail(actor.error());
    auto n = ScheduleExporter::exportTo(*db.value(), deviceCalendar(ctx), out, today, actor.value());
    if (!n)
        return ctx.fail(n.error());
    ctx.print(QJsonObject {{QStringLiteral("path"), out}, {QStringLiteral("events"), n.value()}},
        QCoreApplication::translate("psvctl", "Wrote %n event(s) to %1.", nullptr, n.value()).arg(out));
    return Success;
}

int reinspect(CliContext &ctx)
{
    CliOptions opt(ctx);
    const QString officer = opt.value(QStringLiteral("officer"));
    const QString id = opt.positional(QStringLiteral("ORDER_ID"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto store = CliStore::openWriter(ctx, officer);
    if (!store)
        return ctx.fail(store.error());
    auto &[db, actor] = store.value();
    auto r = ReinspectionService(*db).start(id, actor);
    if (!r)
        return ctx.fail(r.error());
    ctx.print(r.value().toJson(), r.value().number);
    return Success;
}

int close(CliContext &ctx)
{
    CliOptions opt(ctx);
    const bool corrected = opt.flag(QStringLiteral("corrected"));
    const bool escalated = opt.flag(QStringLiteral("escalated"));
    const QString officer = opt.value(QStringLiteral("officer"));
    const QString id = opt.positional(QStringLiteral("ORDER_ID"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    if (corrected == escalated)
        return ctx.usage(QCoreApplication::translate("psvctl",
            "order close needs exactly one of --corrected (the problems were corrected) and --escalated (they "
            "were not)"));
    auto store = CliStore::openWriter(ctx, officer);
    if (!store)
        return ctx.fail(store.error());
    auto &[db, actor] = store.value();
    auto r = ReinspectionService(*db).close(id, corrected, actor);
    if (!r)
        return ctx.fail(r.error());
    ctx.print(r.value().toJson(), QStringLiteral("%1 %2").arg(r.value().id, toCode(r.value().status)));
    return Success;
}

} // namespace

void registerScheduleCommands(CliRegistry &registry)
{
    registry.add({QStringLiteral("schedule list"), QStringLiteral("[--days N] [--today YYYY-MM-DD] [--all]"),
        QCoreApplication::translate("psvctl",
            "Re-inspections overdue, due today, due in the next N working days (default 3) and later; --all "
            "adds the closed ones."),
        list});
    registry.add(
        {QStringLiteral("schedule ics"), QStringLiteral("OUT.ics [--today YYYY-MM-DD] ") + CliStore::actorHelp(),
            QCoreApplication::translate("psvctl",
                "Write the open re-inspections and correction deadlines as an iCalendar file (RFC 5545). The "
                "export is logged."),
            ics});
    registry.add({QStringLiteral("order reinspect"), QStringLiteral("ORDER_ID ") + CliStore::actorHelp(),
        QCoreApplication::translate("psvctl",
            "Start the re-inspection of an order: a draft of the same system and kind, linked to the order; "
            "prints its number."),
        reinspect});
    registry.add(
        {QStringLiteral("order close"), QStringLiteral("ORDER_ID --corrected|--escalated ") + CliStore::actorHelp(),
            QCoreApplication::translate("psvctl",
                "Close an order after its re-inspection is sealed: corrected, or escalated when not corrected."),
            close});
}

} // namespace psv::cli
