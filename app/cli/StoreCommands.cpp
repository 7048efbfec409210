// psvctl commands about the store itself: init, audit verify|list, and the hidden dev write-loop
// that the crash-safety test kills at random points.
#include "AuditLog.h"
#include "ChangeLog.h"
#include "CliOptions.h"
#include "CliRegistry.h"
#include "CliStore.h"
#include "DataDir.h"
#include "InspectionRepository.h"
#include "ItemResultRepository.h"
#include "OfficerRepository.h"
#include "SiteRepository.h"
#include "UnitRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace psv::cli {

namespace {

int init(CliContext &ctx)
{
    CliOptions opt(ctx);
    const QString device = opt.value(QStringLiteral("device-id")).toUpper();
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    const QString dir = DataDir::resolve(ctx.dataDir());
    Database::Options options;
    options.deviceId = device;
    auto db = Database::open(dir, options);
    if (!db)
        return ctx.fail(db.error());
    Database &d = *db.value();
    if (!device.isEmpty() && d.deviceId() != device)
        return ctx.fail(makeError(QCoreApplication::translate("psvctl",
                                      "This store already exists with device id %1; a device "
                                      "id cannot change once numbers have been given out.")
                                      .arg(d.deviceId()),
            QStringLiteral("--device-id")));
    const QJsonObject o {{QStringLiteral("data_dir"), d.dataDir()}, {QStringLiteral("store"), d.path()},
        {QStringLiteral("device_id"), d.deviceId()}, {QStringLiteral("schema_version"), d.schemaVersion()},
        {QStringLiteral("created"), d.createdNow()}};
    ctx.print(o,
        (d.createdNow() ? QCoreApplication::translate("psvctl", "Created the store %1 (device %2, schema %3).")
                        : QCoreApplication::translate("psvctl", "The store %1 is ready (device %2, schema %3)."))
            .arg(d.path(), d.deviceId())
            .arg(d.schemaVersion()));
    return Success;
}

int auditVerify(CliContext &ctx)
{
    CliOptions opt(ctx);
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto db = CliStore::open(ctx, CliStore::Mode::Read);
    if (!db)
        return ctx.fail(db.error());
    auto v = AuditLog(*db.value()).verify();
    if (!v)
        return ctx.fail(v.error());
    const AuditLog::Verification &r = v.value();
    const QJsonObject o {{QStringLiteral("ok"), r.ok}, {QStringLiteral("entries"), double(r.entries)},
        {QStringLiteral("broken_seq"), double(r.brokenSeq)}, {QStringLiteral("problem"), r.problem},
        {QStringLiteral("message"), r.message}};
    if (r.ok) {
        ctx.print(o,
            QCoreApplication::translate(
                "psvctl", "The audit log verifies: %n entries, chain intact.", nullptr, int(r.entries)));
        return Success;
    }
    if (ctx.json())
        ctx.print(o, {});
    else
        ctx.err() << QCoreApplication::translate("psvctl", "psvctl: the audit log does not verify at entry %1: %2")
                         .arg(r.brokenSeq)
                         .arg(r.message)
                  << '\n';
    ctx.err().flush();
    return Refused;
}

int auditList(CliContext &ctx)
{
    CliOptions opt(ctx);
    AuditLog::Filter f;
    f.entityId = opt.value(QStringLiteral("entity"));
    f.entityType = opt.value(QStringLiteral("type"));
    f.limit = opt.integer(QStringLiteral("limit"), 1).value_or(50);
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto db = CliStore::open(ctx, CliStore::Mode::Read);
    if (!db)
        return ctx.fail(db.error());
    auto entries = AuditLog(*db.value()).list(f);
    if (!entries)
        return ctx.fail(entries.error());
    QJsonArray a;
    QString text;
    for (const AuditEntry &e : entries.value()) {
        a.append(e.toJson());
        text += QStringLiteral("%1  %2  %3  %4 %5 %6\n")
                    .arg(e.seq)
                    .arg(e.at.toString(Qt::ISODate), e.actorName, e.action, e.entityType, e.entityId);
    }
    ctx.print(a, text);
    return Success;
}

// Writes N units (and every third one a video system, every tenth an inspection with an item),
// printing each id once it is committed; the crash-safety test kills it mid-way.
int writeLoop(CliContext &ctx)
{
    CliOptions opt(ctx);
    const QString count = opt.positional(QStringLiteral("COUNT"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto db = CliStore::open(ctx, CliStore::Mode::Write);
    if (!db)
        return ctx.fail(db.error());
    Database &d = *db.value();
    const Actor actor = Actor::system(QStringLiteral("dev:write-loop"));
    OfficerRepository officers(d);
    QStringList inspectors;
    for (const char *no : {"990001", "990002"}) {
        auto o = officers.byPoliceNumber(QLatin1String(no));
        if (!o) {
            Officer n;
            n.name = QStringLiteral("测试警员") + QLatin1String(no);
            n.policeNumber = QLatin1String(no);
            o = officers.add(n, {}, actor);
        }
        if (!o)
            return ctx.fail(o.error());
        inspectors << o.value().id;
    }
    const int n = count.toInt();
    QString siteId;
    for (int i = 0; i < n; ++i) {
        Unit u;
        u.name = QStringLiteral("压测单位 %1").arg(i);
        u.type = UnitType::Individual;
        auto unit = UnitRepository(d).add(u, actor);
        if (!unit)
            return ctx.fail(unit.error());
        ctx.out() << "unit " << unit.value().id << '\n';
        ctx.out().flush();
        if (i % 3 == 0) {
            Site s;
            s.unitId = unit.value().id;
            s.name = QStringLiteral("压测系统 %1").arg(i);
            auto site = SiteRepository(d).add(s, actor);
            if (!site)
                return ctx.fail(site.error());
            siteId = site.value().id;
            ctx.out() << "site " << siteId << '\n';
            ctx.out().flush();
        }
        if (i % 10 == 0) {
            Inspection in;
            in.siteId = siteId;
            in.checklistId = QStringLiteral("mps-2025");
            in.checklistVersion = QStringLiteral("1");
            in.inspectorIds = inspectors;
            auto created = InspectionRepository(d).create(in, actor);
            if (!created)
                return ctx.fail(created.error());
            ctx.out() << "inspection " << created.value().number << '\n';
            ctx.out().flush();
            ItemResult item;
            item.inspectionId = created.value().id;
            item.itemKey = QString::number(i % 13 + 1);
            item.status = ItemStatus::Compliant;
            item.observation = QStringLiteral("记录 %1").arg(i);
            if (auto r = ItemResultRepository(d).set(item, actor); !r)
                return ctx.fail(r.error());
            ctx.out() << "item " << created.value().number << ' ' << item.itemKey << '\n';
            ctx.out().flush();
        }
    }
    return Success;
}

} // namespace

void registerStoreCommands(CliRegistry &registry)
{
    registry.add({QStringLiteral("init"), QStringLiteral("[--device-id HEX4]"),
        QCoreApplication::translate("psvctl",
            "Create the store in the data directory (or report the existing one): device id, schema version."),
        init});
    registry.add({QStringLiteral("audit verify"), QString(),
        QCoreApplication::translate(
            "psvctl", "Check the audit log's hash chain; exit 1 naming the first broken entry."),
        auditVerify});
    registry.add({QStringLiteral("audit list"), QStringLiteral("[--entity ID] [--type TYPE] [--limit N]"),
        QCoreApplication::translate("psvctl", "Show the newest audit entries (all, or those of one entity)."),
        auditList});
    registry.add({QStringLiteral("dev write-loop"), QStringLiteral("COUNT"), QString(), writeLoop, true});
}

} // namespace psv::cli
