// psvctl inspection new|show|list|set-item: inspections and their checklist item results.
#include "AuditLog.h"
#include "ChecklistRegistry.h"
#include "CliOptions.h"
#include "CliRegistry.h"
#include "CliStore.h"
#include "EvidenceRepository.h"
#include "InspectionActions.h"
#include "InspectionRepository.h"
#include "IsoTime.h"
#include "ItemResultRepository.h"
#include "OfficerRepository.h"
#include "OrderRepository.h"
#include "SiteRepository.h"
#include "UnitRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace psv::cli {

namespace {

Result<QStringList> officerIds(Database &db, const QStringList &keys, const QString &option)
{
    QStringList ids;
    OfficerRepository officers(db);
    for (const QString &k : keys) {
        auto o = officers.resolve(k);
        if (!o) {
            Error e = o.error();
            e.where = option;
            return e;
        }
        ids << o.value().id;
    }
    return ids;
}

int create(CliContext &ctx)
{
    CliOptions opt(ctx);
    Inspection i;
    i.siteId = opt.required(QStringLiteral("site"));
    i.kind = opt.code<InspectionKind>(QStringLiteral("kind")).value_or(InspectionKind::General);
    i.trigger = opt.code<InspectionTrigger>(QStringLiteral("trigger")).value_or(InspectionTrigger::Routine);
    i.reportReference = opt.value(QStringLiteral("report-ref"));
    i.reinspectionOfOrderId = opt.value(QStringLiteral("reinspection-of"));
    i.checklistId = opt.text(QStringLiteral("checklist")).value_or(QStringLiteral("mps-2025"));
    i.checklistVersion = opt.text(QStringLiteral("checklist-version")).value_or(QStringLiteral("1"));
    i.checklistHash = opt.value(QStringLiteral("checklist-hash"));
    const QStringList inspectors = opt.all(QStringLiteral("inspector"));
    const QString recorder = opt.value(QStringLiteral("recorder"));
    i.representative = opt.value(QStringLiteral("representative"));
    i.witness = opt.value(QStringLiteral("witness"));
    i.bodyCameras = opt.all(QStringLiteral("body-camera"));
    i.startedAt = opt.time(QStringLiteral("started"));
    i.notes = opt.value(QStringLiteral("notes"));
    const QString officer = opt.value(QStringLiteral("officer"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto store = CliStore::openWriter(ctx, officer);
    if (!store)
        return ctx.fail(store.error());
    auto &[db, actor] = store.value();
    auto ids = officerIds(*db, inspectors, QStringLiteral("--inspector"));
    if (!ids)
        return ctx.fail(ids.error());
    i.inspectorIds = ids.value();
    if (!recorder.isEmpty()) {
        auto r = officerIds(*db, {recorder}, QStringLiteral("--recorder"));
        if (!r)
            return ctx.fail(r.error());
        i.recorderId = r.value().first();
    }
    const ChecklistRegistry checklists = ChecklistRegistry::load(db->dataDir());
    auto r = InspectionActions(*db, checklists).start(i, actor);
    if (!r)
        return ctx.fail(r.error());
    ctx.print(r.value().toJson(), r.value().number);
    return Success;
}

QString describe(Database &db, const Inspection &i, const QList<ItemResult> &items, const QList<Order> &orders)
{
    OfficerRepository officers(db);
    QStringList names;
    for (const QString &id : i.inspectorIds)
        if (auto o = officers.get(id))
            names << o.value().name + QStringLiteral(" (") + o.value().policeNumber + u')';
    QString siteName = i.snapshot.value(QStringLiteral("site")).toObject().value(QStringLiteral("name")).toString();
    if (auto s = SiteRepository(db).get(i.siteId); s && siteName.isEmpty())
        siteName = s.value().name;
    QString text = QCoreApplication::translate("psvctl", "Inspection:") + u' ' + i.number + QStringLiteral(" v")
        + QString::number(i.version) + u'\n' + QCoreApplication::translate("psvctl", "Status:") + u' '
        + displayName(i.status) + u'\n' + QCoreApplication::translate("psvctl", "Video system:") + u' ' + siteName
        + u'\n' + QCoreApplication::translate("psvctl", "Kind:") + u' ' + displayName(i.kind) + u'\n'
        + QCoreApplication::translate("psvctl", "Trigger:") + u' ' + displayName(i.trigger) + u'\n'
        + QCoreApplication::translate("psvctl", "Checklist:") + u' ' + i.checklistId + u' ' + i.checklistVersion + u'\n'
        + QCoreApplication::translate("psvctl", "Started:") + u' ' + IsoTime::format(i.startedAt) + u'\n'
        + QCoreApplication::translate("psvctl", "Ended:") + u' ' + IsoTime::format(i.endedAt) + u'\n'
        + QCoreApplication::translate("psvctl", "Inspectors:") + u' ' + names.join(QStringLiteral(", ")) + u'\n'
        + QCoreApplication::translate("psvctl", "Representative:") + u' ' + i.representative + u'\n'
        + QCoreApplication::translate("psvctl", "Witness:") + u' ' + i.witness + u'\n'
        + QCoreApplication::translate("psvctl", "Body cameras:") + u' ' + i.bodyCameras.join(QStringLiteral(", "))
        + u'\n';
    if (i.version > 1)
        text += QCoreApplication::translate("psvctl", "Corrects the sealed version; reason:") + u' '
            + i.correctionReason + u'\n';
    if (i.isSealed())
        text += QCoreApplication::translate("psvctl", "Seal:") + u' ' + i.sealHash + u' ' + IsoTime::format(i.sealedAt)
            + u' ' + i.sealedBy + u'\n';
    text += QCoreApplication::translate("psvctl", "Items:") + u'\n';
    for (const ItemResult &r : items)
        text += QStringLiteral("  %1  %2  %3\n").arg(r.itemKey, toCode(r.status), r.observation);
    for (const Order &o : orders)
        text += QCoreApplication::translate("psvctl", "Order:") + u' ' + o.id + u' ' + toCode(o.kind) + u' '
            + IsoTime::format(o.deadline) + u'\n';
    return text;
}

int show(CliContext &ctx)
{
    CliOptions opt(ctx);
    const int version = opt.integer(QStringLiteral("version-no"), 1).value_or(0);
    const QString officer = opt.value(QStringLiteral("officer"));
    const QString key = opt.positional(QStringLiteral("NUMBER"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto db = CliStore::open(ctx, CliStore::Mode::Read);
    if (!db)
        return ctx.fail(db.error());
    Database &d = *db.value();
    auto actor = CliStore::actor(officer, d);
    if (!actor)
        return ctx.fail(actor.error());
    auto r = InspectionRepository(d).resolve(key, version);
    if (!r)
        return ctx.fail(r.error());
    const Inspection &i = r.value();
    auto items = ItemResultRepository(d).list(i.id);
    if (!items)
        return ctx.fail(items.error());
    OrderFilter of;
    of.inspectionId = i.id;
    auto orders = OrderRepository(d).list(of);
    if (!orders)
        return ctx.fail(orders.error());
    EvidenceFilter ef;
    ef.inspectionId = i.id;
    auto evidence = EvidenceRepository(d).list(ef);
    if (!evidence)
        return ctx.fail(evidence.error());
    QJsonObject o = i.toJson();
    QJsonArray a;
    for (const ItemResult &item : items.value())
        a.append(item.toJson());
    o.insert(QStringLiteral("items"), a);
    a = {};
    for (const Order &order : orders.value())
        a.append(order.toJson());
    o.insert(QStringLiteral("orders"), a);
    a = {};
    for (const Evidence &e : evidence.value())
        a.append(e.toJson());
    o.insert(QStringLiteral("evidence"), a);
    // Viewing a record is an audited event.
    if (Status s = AuditLog(d).record(actor.value(), QStringLiteral("view"), QStringLiteral("inspection"), i.id,
            {{QStringLiteral("number"), i.number}, {QStringLiteral("version"), i.version}});
        !s)
        return ctx.fail(s.error());
    ctx.print(o, describe(d, i, items.value(), orders.value()));
    return Success;
}

int list(CliContext &ctx)
{
    CliOptions opt(ctx);
    InspectionFilter f;
    f.status = opt.code<InspectionStatus>(QStringLiteral("status"));
    f.kind = opt.code<InspectionKind>(QStringLiteral("kind"));
    f.siteId = opt.value(QStringLiteral("site"));
    const QString unitKey = opt.value(QStringLiteral("unit"));
    const QString officer = opt.value(QStringLiteral("inspector"));
    f.uscc = opt.value(QStringLiteral("uscc"));
    f.unitName = opt.value(QStringLiteral("unit-name"));
    f.number = opt.value(QStringLiteral("number"));
    f.search = opt.value(QStringLiteral("search"));
    f.latestVersionOnly = !opt.flag(QStringLiteral("all-versions"));
    f.limit = opt.integer(QStringLiteral("limit"), 1).value_or(50);
    f.offset = opt.integer(QStringLiteral("offset"), 0).value_or(0);
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto db = CliStore::open(ctx, CliStore::Mode::Read);
    if (!db)
        return ctx.fail(db.error());
    if (!unitKey.isEmpty()) {
        auto u = UnitRepository(*db.value()).resolve(unitKey);
        if (!u)
            return ctx.fail(u.error());
        f.unitId = u.value().id;
    }
    if (!officer.isEmpty()) {
        auto o = OfficerRepository(*db.value()).resolve(officer);
        if (!o)
            return ctx.fail(o.error());
        f.officerId = o.value().id;
    }
    auto rows = InspectionRepository(*db.value()).list(f);
    if (!rows)
        return ctx.fail(rows.error());
    QJsonArray a;
    QString text;
    for (const InspectionSummary &r : rows.value()) {
        a.append(r.toJson());
        text += QStringLiteral("%1 v%2  %3  %4  %5  %6 / %7\n")
                    .arg(r.number)
                    .arg(r.version)
                    .arg(IsoTime::format(r.startedAt), toCode(r.status), toCode(r.kind), r.unitName, r.siteName);
    }
    ctx.print(a, text);
    return Success;
}

int setItem(CliContext &ctx)
{
    CliOptions opt(ctx);
    const auto status = opt.code<ItemStatus>(QStringLiteral("status"));
    const auto observation = opt.text(QStringLiteral("observation"));
    const QJsonObject observations = opt.json(QStringLiteral("observations"));
    const bool hasObservations = !observations.isEmpty();
    const QStringList links = opt.all(QStringLiteral("evidence"));
    const bool clearEvidence = opt.flag(QStringLiteral("clear-evidence"));
    const QString officer = opt.value(QStringLiteral("officer"));
    const QString key = opt.positional(QStringLiteral("NUMBER"));
    const QString itemKey = opt.positional(QStringLiteral("ITEM"));
    QList<EvidenceLink> parsed;
    for (const QString &l : links) {
        auto p = EvidenceLink::parse(l);
        if (!p)
            opt.fail(p.error());
        else
            parsed << p.value();
    }
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto db = CliStore::open(ctx, CliStore::Mode::Write);
    if (!db)
        return ctx.fail(db.error());
    Database &d = *db.value();
    auto actor = CliStore::actor(officer, d);
    if (!actor)
        return ctx.fail(actor.error());
    auto inspection = InspectionRepository(d).resolve(key);
    if (!inspection)
        return ctx.fail(inspection.error());
    InspectionActions::ItemChange change;
    change.itemKey = itemKey;
    change.status = status;
    change.observation = observation;
    if (hasObservations)
        change.observations = observations;
    change.clearEvidence = clearEvidence;
    change.addEvidence = parsed;
    const ChecklistRegistry checklists = ChecklistRegistry::load(d.dataDir());
    auto r = InspectionActions(d, checklists).recordItem(inspection.value().id, change, actor.value());
    if (!r)
        return ctx.fail(r.error());
    ctx.print(r.value().toJson(),
        QStringLiteral("%1 %2 %3").arg(inspection.value().number, itemKey, toCode(r.value().status)));
    return Success;
}

} // namespace

void registerInspectionCommands(CliRegistry &registry)
{
    registry.add({QStringLiteral("inspection new"),
        QStringLiteral("--site ID --inspector POLICE_NO --inspector POLICE_NO... "
                       "[--kind general|professional|art12-focus] [--trigger routine|report|reinspection] "
                       "[--report-ref REF] [--reinspection-of ORDER_ID] [--checklist ID] "
                       "[--checklist-version V] [--checklist-hash SHA256] [--recorder POLICE_NO] "
                       "[--representative NAME] [--witness NAME] [--body-camera DEVICE_NO]... "
                       "[--started ISO_TIME] [--notes TEXT] ")
            + CliStore::actorHelp(),
        QCoreApplication::translate("psvctl",
            "Start an inspection (draft); prints its number DEVICE-YEAR-SEQUENCE. Defaults: kind general, "
            "trigger routine, checklist mps-2025 version 1, start now."),
        create});
    registry.add(
        {QStringLiteral("inspection show"), QStringLiteral("NUMBER|ID [--version-no N] ") + CliStore::actorHelp(),
            QCoreApplication::translate("psvctl",
                "Show an inspection with its items, orders and evidence (the latest version unless --version-no); "
                "the view is audited."),
            show});
    registry.add({QStringLiteral("inspection list"),
        QStringLiteral("[--status S] [--kind K] [--site ID] [--unit ID|USCC] [--uscc CODE] "
                       "[--unit-name TEXT] [--number PREFIX] [--inspector POLICE_NO] [--search TEXT] "
                       "[--all-versions] [--limit N] [--offset N]"),
        QCoreApplication::translate("psvctl",
            "List inspections, newest first; --search matches a number's start, a USCC, or part of a unit's "
            "or system's name."),
        list});
    registry.add({QStringLiteral("inspection set-item"),
        QStringLiteral("NUMBER ITEM [--status compliant|non-compliant|not-applicable|not-checked] "
                       "[--observation TEXT] [--observations JSON] [--evidence ID[@START_MS-END_MS]]... "
                       "[--clear-evidence] ")
            + CliStore::actorHelp(),
        QCoreApplication::translate("psvctl",
            "Record the result of a checklist item (ITEM is its number, or PACK/NUMBER); fields not given "
            "keep their values. Refused once the inspection is sealed."),
        setItem});
}

} // namespace psv::cli
