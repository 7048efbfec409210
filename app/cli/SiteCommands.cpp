// psvctl site add|list|show: 公共安全视频系统 (video systems) and their filing (备案) data.
#include "CliOptions.h"
#include "CliRegistry.h"
#include "CliStore.h"
#include "InspectionRepository.h"
#include "IsoTime.h"
#include "SiteActions.h"
#include "SiteRepository.h"
#include "UnitRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace psv::cli {

namespace {

QJsonObject deadlineJson(const Site &s)
{
    const FilingDeadline d = s.filingDeadline();
    return {{QStringLiteral("date"), IsoTime::json(d.date())}, {QStringLiteral("rule"), d.ruleCode()},
        {QStringLiteral("required"), d.required()},
        {QStringLiteral("overdue"), d.overdue(QDate::currentDate(), s.filingStatus)},
        {QStringLiteral("basis"), d.basis()}};
}

int add(CliContext &ctx)
{
    CliOptions opt(ctx);
    Site s;
    const QString unitKey = opt.required(QStringLiteral("unit"));
    s.name = opt.required(QStringLiteral("name"));
    if (const auto c = opt.code<PlaceCategory>(QStringLiteral("category")))
        s.category = *c;
    else if (opt.ok())
        opt.fail(makeError(QCoreApplication::translate("psvctl",
                               "The option --category is required: one of art7-1, art7-2-1, art7-2-2, art7-2-3, "
                               "art7-2-4, art9 (Regulation Art. 7 and 9)."),
            QStringLiteral("--category")));
    s.address = opt.value(QStringLiteral("address"));
    s.latitude = opt.real(QStringLiteral("lat"));
    s.longitude = opt.real(QStringLiteral("lon"));
    s.inUseSince = opt.date(QStringLiteral("in-use-since"));
    s.cameraCount = opt.integer(QStringLiteral("cameras")).value_or(0);
    s.cameraTypes = opt.all(QStringLiteral("camera-type"));
    s.retentionDays = opt.integer(QStringLiteral("retention-days"));
    s.filingNumber = opt.value(QStringLiteral("filing-number"));
    s.filingDate = opt.date(QStringLiteral("filing-date"));
    s.filedCameraCount = opt.integer(QStringLiteral("filed-cameras"));
    s.filedRetentionDays = opt.integer(QStringLiteral("filed-retention-days"));
    const auto filing = opt.code<FilingStatus>(QStringLiteral("filing-status"));
    // Filing details imply "filed" unless a status is given.
    s.filingStatus = filing.value_or(
        !s.filingNumber.isEmpty() || s.filingDate.isValid() || s.filedCameraCount || s.filedRetentionDays
            ? FilingStatus::Filed
            : FilingStatus::NotFiled);
    s.jurisdiction = opt.value(QStringLiteral("jurisdiction"));
    const QString officer = opt.value(QStringLiteral("officer"));
    if (Status st = opt.finish(); !st)
        return ctx.fail(st.error());
    auto store = CliStore::openWriter(ctx, officer);
    if (!store)
        return ctx.fail(store.error());
    auto &[db, actor] = store.value();
    auto unit = UnitRepository(*db).resolve(unitKey);
    if (!unit) {
        Error e = unit.error();
        e.where = QStringLiteral("--unit");
        return ctx.fail(e);
    }
    s.unitId = unit.value().id;
    auto r = SiteActions(*db).save(s, actor);
    if (!r)
        return ctx.fail(r.error());
    QJsonObject o = r.value().toJson();
    o.insert(QStringLiteral("filing_deadline"), deadlineJson(r.value()));
    ctx.print(o, r.value().id);
    return Success;
}

int list(CliContext &ctx)
{
    CliOptions opt(ctx);
    SiteFilter f;
    const QString unitKey = opt.value(QStringLiteral("unit"));
    f.search = opt.value(QStringLiteral("search"));
    f.category = opt.code<PlaceCategory>(QStringLiteral("category"));
    f.filingStatus = opt.code<FilingStatus>(QStringLiteral("filing-status"));
    f.limit = opt.integer(QStringLiteral("limit"), 1).value_or(100);
    f.offset = opt.integer(QStringLiteral("offset"), 0).value_or(0);
    if (Status st = opt.finish(); !st)
        return ctx.fail(st.error());
    auto db = CliStore::open(ctx, CliStore::Mode::Read);
    if (!db)
        return ctx.fail(db.error());
    if (!unitKey.isEmpty()) {
        auto unit = UnitRepository(*db.value()).resolve(unitKey);
        if (!unit)
            return ctx.fail(unit.error());
        f.unitId = unit.value().id;
    }
    auto sites = SiteRepository(*db.value()).list(f);
    if (!sites)
        return ctx.fail(sites.error());
    QJsonArray a;
    QString text;
    for (const Site &s : sites.value()) {
        QJsonObject o = s.toJson();
        o.insert(QStringLiteral("filing_deadline"), deadlineJson(s));
        a.append(o);
        text += QStringLiteral("%1  %2  %3  %4\n").arg(s.id, toCode(s.category), toCode(s.filingStatus), s.name);
    }
    ctx.print(a, text);
    return Success;
}

int show(CliContext &ctx)
{
    CliOptions opt(ctx);
    const QString id = opt.positional(QStringLiteral("ID"));
    if (Status st = opt.finish(); !st)
        return ctx.fail(st.error());
    auto db = CliStore::open(ctx, CliStore::Mode::Read);
    if (!db)
        return ctx.fail(db.error());
    auto site = SiteRepository(*db.value()).get(id);
    if (!site)
        return ctx.fail(site.error());
    const Site &s = site.value();
    auto unit = UnitRepository(*db.value()).get(s.unitId);
    if (!unit)
        return ctx.fail(unit.error());
    InspectionFilter f;
    f.siteId = s.id;
    f.limit = 20;
    auto history = InspectionRepository(*db.value()).list(f);
    if (!history)
        return ctx.fail(history.error());
    QJsonObject o = s.toJson();
    o.insert(QStringLiteral("unit"), unit.value().toJson());
    o.insert(QStringLiteral("filing_deadline"), deadlineJson(s));
    QJsonArray inspections;
    QString historyText;
    for (const InspectionSummary &i : history.value()) {
        inspections.append(i.toJson());
        historyText += QStringLiteral("  %1  %2  %3\n").arg(i.number, IsoTime::format(i.startedAt), toCode(i.status));
    }
    o.insert(QStringLiteral("inspections"), inspections);
    const FilingDeadline d = s.filingDeadline();
    auto opt2 = [](const std::optional<int> &v) {
        return v ? QString::number(*v) : QStringLiteral("-");
    };
    const QString text = QCoreApplication::translate("psvctl", "Video system:") + u' ' + s.name + u'\n'
        + QCoreApplication::translate("psvctl", "Id:") + u' ' + s.id + u'\n'
        + QCoreApplication::translate("psvctl", "Unit:") + u' ' + unit.value().name + u'\n'
        + QCoreApplication::translate("psvctl", "Address:") + u' ' + s.address + u'\n'
        + QCoreApplication::translate("psvctl", "Place category:") + u' ' + displayName(s.category) + u'\n'
        + QCoreApplication::translate("psvctl", "Put into use:") + u' '
        + (s.inUseSince.isValid() ? IsoTime::format(s.inUseSince) : QStringLiteral("-")) + u'\n'
        + QCoreApplication::translate("psvctl", "Cameras:") + u' ' + QString::number(s.cameraCount) + u' '
        + s.cameraTypes.join(QStringLiteral(", ")) + u'\n'
        + QCoreApplication::translate("psvctl", "Declared retention (days):") + u' ' + opt2(s.retentionDays) + u'\n'
        + QCoreApplication::translate("psvctl", "Filing:") + u' ' + displayName(s.filingStatus) + u' ' + s.filingNumber
        + u' ' + IsoTime::format(s.filingDate) + u'\n'
        + QCoreApplication::translate("psvctl", "Filed cameras / retention (days):") + u' ' + opt2(s.filedCameraCount)
        + QStringLiteral(" / ") + opt2(s.filedRetentionDays) + u'\n'
        + QCoreApplication::translate("psvctl", "Filing deadline:") + u' '
        + (d.date().isValid() ? IsoTime::format(d.date()) : QStringLiteral("-")) + u'\n'
        + QCoreApplication::translate("psvctl", "Basis:") + u' ' + d.basis() + u'\n'
        + QCoreApplication::translate("psvctl", "Inspections:") + u'\n' + historyText;
    ctx.print(o, text);
    return Success;
}

} // namespace

void registerSiteCommands(CliRegistry &registry)
{
    registry.add({QStringLiteral("site add"),
        QStringLiteral("--unit ID|USCC --name NAME --category art7-1|art7-2-1|art7-2-2|art7-2-3|art7-2-4|art9 "
                       "[--address TEXT] [--lat DEG --lon DEG] [--in-use-since YYYY-MM-DD] [--cameras N] "
                       "[--camera-type TYPE]... [--retention-days N] [--filing-status filed|not-filed] "
                       "[--filing-number TEXT] [--filing-date YYYY-MM-DD] [--filed-cameras N] "
                       "[--filed-retention-days N] [--jurisdiction TEXT] ")
            + CliStore::actorHelp(),
        QCoreApplication::translate("psvctl",
            "Record a video system of a unit; prints its id. Filing details imply --filing-status filed; "
            "the filing deadline is derived (Regulation Art. 14)."),
        add});
    registry.add({QStringLiteral("site list"),
        QStringLiteral("[--unit ID|USCC] [--search TEXT] [--category CAT] [--filing-status STATUS] "
                       "[--limit N] [--offset N]"),
        QCoreApplication::translate(
            "psvctl", "List video systems; --search matches part of the system's name or address or its unit's name."),
        list});
    registry.add({QStringLiteral("site show"), QStringLiteral("ID"),
        QCoreApplication::translate("psvctl", "Show a video system with its filing deadline and its inspections."),
        show});
}

} // namespace psv::cli
