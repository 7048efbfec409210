// psvctl record pdf | notice pdf: the 检查笔录 of a stored inspection and the 责令(限期)改正通知书 of
// a stored order, printed to PDF. Each export appends an audit entry ("export").
#include "ChecklistRegistry.h"
#include "CliOptions.h"
#include "CliRegistry.h"
#include "CliStore.h"
#include "Database.h"
#include "InspectionRepository.h"
#include "PdfExporter.h"
#include "RecordDataBuilder.h"
#include "RecordExport.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace psv::cli {

namespace {

QString organName(const QString &dataDir)
{
    const QString name = Settings(dataDir).value(Settings::Key::OrganName).toString().trimmed();
    return name.isEmpty() ? QStringLiteral("/") : name;
}

template<typename Build, typename Render>
int exportPdf(CliContext &ctx, const QString &argName, const QString &entityType, Build build, Render render)
{
    CliOptions opt(ctx);
    const QString officer = opt.value(QStringLiteral("officer"));
    const QString key = opt.positional(argName);
    const QString out = opt.positional(QStringLiteral("OUT.pdf"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto db = CliStore::open(ctx, CliStore::Mode::Read);
    if (!db)
        return ctx.fail(db.error());
    Database &database = *db.value();
    auto actor = CliStore::actor(officer, database);
    if (!actor)
        return ctx.fail(actor.error());
    const ChecklistRegistry checklists = ChecklistRegistry::load(database.dataDir());
    const RecordDataBuilder builder(database, checklists, organName(database.dataDir()));
    QString entityId;
    auto pdf = build(builder, database, key, entityId);
    if (!pdf)
        return ctx.fail(pdf.error());
    auto rendered = render(pdf.value());
    if (!rendered)
        return ctx.fail(rendered.error());
    const RenderReport &r = rendered.value().report;
    auto details = RecordExport::writePdf(database, actor.value(), entityType, entityId, rendered.value(), out);
    if (!details)
        return ctx.fail(details.error());
    const QString sha = details.value().value(QStringLiteral("sha256")).toString();
    const QJsonObject o {{QStringLiteral("path"), out}, {QStringLiteral("pages"), r.pages},
        {QStringLiteral("final"), r.final}, {QStringLiteral("sha256"), sha}};
    const QString text = r.final ? QCoreApplication::translate("psvctl", "Wrote %1: %2 pages, final.")
                                 : QCoreApplication::translate("psvctl", "Wrote %1: %2 pages, draft with a watermark.");
    ctx.print(o, text.arg(out).arg(r.pages));
    return Success;
}

int recordPdf(CliContext &ctx)
{
    return exportPdf(
        ctx, QStringLiteral("NUMBER"), QStringLiteral("inspection"),
        [](const RecordDataBuilder &b, Database &db, const QString &key, QString &id) -> Result<InspectionRecordData> {
            auto i = InspectionRepository(db).resolve(key);
            if (!i)
                return i.error();
            id = i.value().id;
            return b.record(id);
        },
        &PdfExporter::recordPdf);
}

int noticePdf(CliContext &ctx)
{
    return exportPdf(
        ctx, QStringLiteral("ORDER_ID"), QStringLiteral("order"),
        [](const RecordDataBuilder &b, Database &, const QString &key, QString &id) -> Result<CorrectionNoticeData> {
            id = key;
            return b.notice(key);
        },
        &PdfExporter::noticePdf);
}

} // namespace

void registerPrintCommands(CliRegistry &registry)
{
    registry.add({QStringLiteral("record pdf"), QStringLiteral("NUMBER OUT.pdf ") + CliStore::actorHelp(),
        QCoreApplication::translate("psvctl",
            "Print the inspection record (检查笔录) of a stored inspection to PDF; an unsealed one is a "
            "draft with a watermark. The export is logged."),
        &recordPdf});
    registry.add({QStringLiteral("notice pdf"), QStringLiteral("ORDER_ID OUT.pdf ") + CliStore::actorHelp(),
        QCoreApplication::translate("psvctl",
            "Print the correction notice (责令(限期)改正通知书) of a stored order to PDF. The export "
            "is logged."),
        &noticePdf});
}

} // namespace psv::cli
