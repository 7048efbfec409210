// psvctl order add|list|set-status: 处理 (orders) issued after an inspection.
#include "ChecklistRegistry.h"
#include "CliOptions.h"
#include "CliRegistry.h"
#include "CliStore.h"
#include "DataDir.h"
#include "InspectionRepository.h"
#include "IsoTime.h"
#include "OrderActions.h"
#include "OrderRepository.h"
#include "WorkCalendar.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace psv::cli {

namespace {

// The correction period from --deadline DATE | --deadline-days N | --deadline-workdays N (at most one).
CorrectionPeriod periodOption(CliOptions &opt)
{
    const QDate date = opt.date(QStringLiteral("deadline"));
    const auto days = opt.integer(QStringLiteral("deadline-days"), 1);
    const auto workdays = opt.integer(QStringLiteral("deadline-workdays"), 1);
    if (int(date.isValid()) + int(days.has_value()) + int(workdays.has_value()) > 1 && opt.ok()) {
        opt.fail(makeError(QCoreApplication::translate("psvctl",
                               "Give the correction period once: --deadline, --deadline-days or --deadline-workdays."),
            QStringLiteral("--deadline")));
        return {};
    }
    if (date.isValid())
        return CorrectionPeriod::untilDate(date);
    if (days)
        return CorrectionPeriod::calendarDays(*days);
    if (workdays)
        return CorrectionPeriod::workingDays(*workdays);
    return {};
}

// Orders are issued through OrderActions, as in the outcome dialog: the notice's facts, provision
// violated, legal basis and requirement not given are taken from the checklist's proposal for the
// --finding item, and an order still lacking one is refused. For 责令改正 and 责令限期改正 the deadline
// and the re-inspection date are computed on the device's working-day calendar (规定 Art. 15) and never
// taken verbatim; an explicit --reinspection-due is only a check (refused when it is not the computed
// date); --due-basis is a note appended to the computed basis. Without --document-number the next
// device number is allocated.
int add(CliContext &ctx)
{
    CliOptions opt(ctx);
    OrderDraft d;
    if (const auto k = opt.code<OrderKind>(QStringLiteral("kind")))
        d.kind = *k;
    else if (opt.ok())
        opt.fail(makeError(QCoreApplication::translate("psvctl",
                               "The option --kind is required: one of correction, correction-deadline, "
                               "penalty-proposal, referral."),
            QStringLiteral("--kind")));
    QDate issued = opt.date(QStringLiteral("issued"));
    if (!issued.isValid() && opt.ok())
        issued = QDate::currentDate();
    d.period = periodOption(opt);
    const QDate expectedDue = opt.date(QStringLiteral("reinspection-due"));
    d.dueNote = opt.value(QStringLiteral("due-basis"));
    d.findings = opt.all(QStringLiteral("finding"));
    d.facts = opt.value(QStringLiteral("facts"));
    d.violated = opt.value(QStringLiteral("violated"));
    d.legalBasis = opt.value(QStringLiteral("legal-basis"));
    d.requirement = opt.value(QStringLiteral("requirement"));
    d.documentNumber = opt.value(QStringLiteral("document-number"));
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
    OrderActions orders(*db, checklists, WorkCalendar::load(DataDir::resolve(ctx.dataDir())));
    auto draft = orders.withProposal(i.value().id, d);
    if (!draft)
        return ctx.fail(draft.error());
    auto r = orders.issue(i.value().id, draft.value(), issued, actor, expectedDue);
    if (!r)
        return ctx.fail(r.error());
    QJsonObject json = r.value().order.toJson();
    if (r.value().schedule)
        json.insert(QStringLiteral("schedule"), r.value().schedule->toJson());
    ctx.print(json, r.value().order.id);
    return Success;
}

int list(CliContext &ctx)
{
    CliOptions opt(ctx);
    OrderFilter f;
    const QString key = opt.value(QStringLiteral("inspection"));
    f.status = opt.code<OrderStatus>(QStringLiteral("status"));
    f.dueFrom = opt.date(QStringLiteral("due-from"));
    f.dueBefore = opt.date(QStringLiteral("due-before"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto db = CliStore::open(ctx, CliStore::Mode::Read);
    if (!db)
        return ctx.fail(db.error());
    if (!key.isEmpty()) {
        auto i = InspectionRepository(*db.value()).resolve(key);
        if (!i)
            return ctx.fail(i.error());
        f.inspectionId = i.value().id;
    }
    auto orders = OrderRepository(*db.value()).list(f);
    if (!orders)
        return ctx.fail(orders.error());
    QJsonArray a;
    QString text;
    for (const Order &o : orders.value()) {
        a.append(o.toJson());
        text += QStringLiteral("%1  %2  %3  %4  %5\n")
                    .arg(o.id, toCode(o.kind), toCode(o.status), IsoTime::format(o.deadline),
                        IsoTime::format(o.reinspectionDue));
    }
    ctx.print(a, text);
    return Success;
}

int setStatus(CliContext &ctx)
{
    CliOptions opt(ctx);
    const QString reinspection = opt.value(QStringLiteral("reinspection"));
    const QString officer = opt.value(QStringLiteral("officer"));
    const QString id = opt.positional(QStringLiteral("ORDER_ID"));
    const QString statusText = opt.positional(QStringLiteral("STATUS"));
    std::optional<OrderStatus> status;
    if (opt.ok()) {
        auto s = parseCode<OrderStatus>(statusText, QStringLiteral("STATUS"));
        if (!s)
            opt.fail(s.error());
        else
            status = s.value();
    }
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto store = CliStore::openWriter(ctx, officer);
    if (!store)
        return ctx.fail(store.error());
    auto &[db, actor] = store.value();
    QString reinspectionId;
    if (!reinspection.isEmpty()) {
        auto i = InspectionRepository(*db).resolve(reinspection);
        if (!i)
            return ctx.fail(i.error());
        reinspectionId = i.value().id;
    }
    const ChecklistRegistry checklists = ChecklistRegistry::load(db->dataDir());
    auto r = OrderActions(*db, checklists, WorkCalendar {}).setStatus(id, *status, actor, reinspectionId);
    if (!r)
        return ctx.fail(r.error());
    ctx.print(r.value().toJson(), QStringLiteral("%1 %2").arg(r.value().id, toCode(r.value().status)));
    return Success;
}

} // namespace

void registerOrderCommands(CliRegistry &registry)
{
    registry.add({QStringLiteral("order add"),
        QStringLiteral(
            "NUMBER --kind correction|correction-deadline|penalty-proposal|referral "
            "[--issued YYYY-MM-DD] [--deadline YYYY-MM-DD | --deadline-days N | --deadline-workdays N] "
            "[--reinspection-due YYYY-MM-DD] [--due-basis NOTE] [--finding ITEM]... [--facts TEXT] [--violated TEXT] "
            "[--legal-basis TEXT] "
            "[--requirement TEXT] [--document-number TEXT] ")
            + CliStore::actorHelp(),
        QCoreApplication::translate("psvctl",
            "Issue an order after an inspection that is not sealed yet: the deadline and re-inspection date "
            "are computed on the working-day calendar (规定 Art. 15); facts, provision violated, legal basis "
            "and requirement not given are taken from the checklist for the --finding item (an order to "
            "correct lacking any is refused); prints its id."),
        add});
    registry.add({QStringLiteral("order list"),
        QStringLiteral("[--inspection NUMBER] [--status S] [--due-from DATE] [--due-before DATE]"),
        QCoreApplication::translate("psvctl", "List orders by re-inspection date."), list});
    registry.add({QStringLiteral("order set-status"),
        QStringLiteral("ORDER_ID open|corrected|overdue|escalated [--reinspection NUMBER] ") + CliStore::actorHelp(),
        QCoreApplication::translate(
            "psvctl", "Change an order's status (also after sealing), optionally naming the re-inspection."),
        setStatus});
}

} // namespace psv::cli
