// psvctl commands that print records and notices. For now they render from the view-model JSON
// (InspectionRecordData / CorrectionNoticeData, samples in tests/data/records/): this is the
// bridge that `record pdf NUMBER OUT.pdf` and `notice pdf ORDER OUT.pdf` will use once the store
// fills the same structs from the database.
#include "AtomicFile.h"
#include "CliRegistry.h"
#include "CorrectionNoticeData.h"
#include "InspectionRecordData.h"
#include "PdfExporter.h"
#include "Sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

namespace psv::cli {

namespace {

Result<QByteArray> readInput(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(
            QCoreApplication::translate("psvctl", "The input file cannot be read: %1").arg(f.errorString()), path, 3);
    return f.readAll();
}

int report(CliContext &ctx, const QString &path, const Result<PdfExporter::Pdf> &pdf)
{
    if (!pdf)
        return ctx.fail(pdf.error());
    if (Status s = AtomicFile::write(path, pdf->bytes); !s)
        return ctx.fail(s.error());
    const RenderReport &r = pdf->report;
    const QJsonObject o {{QStringLiteral("path"), path}, {QStringLiteral("pages"), r.pages},
        {QStringLiteral("final"), r.final}, {QStringLiteral("qr"), r.qrPayload},
        {QStringLiteral("sha256"), Sha256::hex(pdf->bytes)}};
    const QString text = r.final ? QCoreApplication::translate("psvctl", "Wrote %1: %2 pages, final.")
                                 : QCoreApplication::translate("psvctl", "Wrote %1: %2 pages, draft with a watermark.");
    ctx.print(o, text.arg(path).arg(r.pages));
    return Success;
}

template<typename Data, typename Render> int renderJson(CliContext &ctx, Render render)
{
    const QStringList args = ctx.args();
    if (args.size() != 2)
        return ctx.usage(QCoreApplication::translate("psvctl", "expected two arguments: IN.json OUT.pdf"));
    const Result<QByteArray> bytes = readInput(args[0]);
    if (!bytes)
        return ctx.fail(bytes.error());
    Result<Data> data = Data::fromJson(*bytes);
    if (!data) {
        Error e = data.error();
        e.where = args[0] + (e.where.isEmpty() ? QString() : u'#' + e.where);
        return ctx.fail(e);
    }
    return report(ctx, args[1], render(*data));
}

} // namespace

void registerRecordCommands(CliRegistry &registry)
{
    registry.add({QStringLiteral("record render-json"), QStringLiteral("IN.json OUT.pdf"),
        QCoreApplication::translate("psvctl",
            "Print an inspection record (检查笔录) to PDF from its view-model JSON; a "
            "draft gets a watermark."),
        [](CliContext &ctx) {
            return renderJson<InspectionRecordData>(ctx, &PdfExporter::recordPdf);
        }});
    registry.add({QStringLiteral("notice render-json"), QStringLiteral("IN.json OUT.pdf"),
        QCoreApplication::translate("psvctl",
            "Print a correction notice (责令(限期)改正通知书) with its service receipt to "
            "PDF from its view-model JSON."),
        [](CliContext &ctx) {
            return renderJson<CorrectionNoticeData>(ctx, &PdfExporter::noticePdf);
        }});
}

} // namespace psv::cli
