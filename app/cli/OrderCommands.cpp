// psvctl order add|list|set-status: 处理 (orders) issued after an inspection.
#include "CliOptions.h"
#include "CliRegistry.h"
#include "CliStore.h"
#include "InspectionRepository.h"
#include "IsoTime.h"
#include "OrderRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace psv::cli {

namespace {

int add(CliContext &ctx)
{
    CliOptions opt(ctx);
    Order o;
    if (const auto k = opt.code<OrderKind>(QStringLiteral("kind")))
        o.kind = *k;
    else if (opt.ok())
        opt.fail(makeError(QCoreApplication::translate("psvctl",
                               "The option --kind is required: one of correction, correction-deadline, "
                               "penalty-proposal, referral."),
            QStringLiteral("--kind")));
    o.issuedOn = opt.date(QStringLiteral("issued"));
    if (!o.issuedOn.isValid() && opt.ok())
        o.issuedOn = QDate::currentDate();
    o.deadline = opt.date(QStringLiteral("deadline"));
    o.reinspectionDue = opt.date(QStringLiteral("reinspection-due"));
    o.dueBasis = opt.value(QStringLiteral("due-basis"));
    o.findings = opt.all(QStringLiteral("finding"));
    o.facts = opt.value(QStringLiteral("facts"));
    o.legalBasis = opt.value(QStringLiteral("legal-basis"));
    o.requirement = opt.value(QStringLiteral("requirement"));
    o.documentNumber = opt.value(QStringLiteral("document-number"));
    const QString officer = opt.value(QStringLiteral("officer"));
    const QString key = opt.positional(QStringLiteral("NUMBER"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto db = CliStore::open(ctx, CliStore::Mode::Write);
    if (!db)
        return ctx.fail(db.error());
    auto actor = CliStore::actor(officer, *db.value());
    if (!actor)
        return ctx.fail(actor.error());
    auto i = InspectionRepository(*db.value()).resolve(key);
    if (!i)
        return ctx.fail(i.error());
    o.inspectionId = i.value().id;
    auto r = OrderRepository(*db.value()).add(o, actor.value());
    if (!r)
        return ctx.fail(r.error());
    ctx.print(r.value().toJson(), r.value().id);
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
    auto db = CliStore::open(ctx, CliStore::Mode::Write);
    if (!db)
        return ctx.fail(db.error());
    auto actor = CliStore::actor(officer, *db.value());
    if (!actor)
        return ctx.fail(actor.error());
    QString reinspectionId;
    if (!reinspection.isEmpty()) {
        auto i = InspectionRepository(*db.value()).resolve(reinspection);
        if (!i)
            return ctx.fail(i.error());
        reinspectionId = i.value().id;
    }
    auto r = OrderRepository(*db.value()).setStatus(id, *status, actor.value(), reinspectionId);
    if (!r)
        return ctx.fail(r.error());
    ctx.print(r.value().toJson(), QStringLiteral("%1 %2").arg(r.value().id, toCode(r.value().status)));
    return Success;
}

} // namespace

void registerOrderCommands(CliRegistry &registry)
{
    registry.add({QStringLiteral("order add"),
        QStringLiteral("NUMBER --kind correction|correction-deadline|penalty-proposal|referral "
                       "[--issued YYYY-MM-DD] [--deadline YYYY-MM-DD] [--reinspection-due YYYY-MM-DD] "
                       "[--due-basis TEXT] [--finding ITEM]... [--facts TEXT] [--legal-basis TEXT] "
                       "[--requirement TEXT] [--document-number TEXT] ")
            + CliStore::actorHelp(),
        QCoreApplication::translate(
            "psvctl", "Record an order issued after an inspection that is not sealed yet; prints its id."),
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
