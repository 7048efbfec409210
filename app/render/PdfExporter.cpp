#include "PdfExporter.h"

#include "AtomicFile.h"
#include "NoticeRenderer.h"
#include "PdfTextRepair.h"
#include "RecordRenderer.h"
#include "RenderLogging.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>

#include <functional>

namespace psv {

namespace {

using Paint = std::function<Result<RenderReport>(QPagedPaintDevice *, const RecordFonts &)>;

Result<PdfExporter::Pdf> renderPdf(const QString &title, const Paint &paint)
{
    const Result<RecordFonts> fonts = RecordFonts::choose();
    if (!fonts)
        return fonts.error();
    PdfExporter::Pdf out;
    {
        QBuffer buffer(&out.bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("PSV Inspector"));
        Result<RenderReport> report = paint(&writer, *fonts);
        if (!report)
            return report.error();
        out.report = std::move(report).value();
    } // the writer finishes the file when it goes
    if (out.bytes.isEmpty())
        return makeError(QCoreApplication::translate("PdfExporter", "The PDF writer produced no output."), {}, 3);
    const int repaired = PdfTextRepair::repair(out.bytes, PdfTextRepair::repairMap(fonts->families()));
    qCDebug(lcRender) << "pdf" << title << out.bytes.size() << "bytes," << repaired << "ToUnicode entries repaired";
    return out;
}

Result<RenderReport> write(const Result<PdfExporter::Pdf> &pdf, const QString &path)
{
    if (!pdf)
        return pdf.error();
    if (Status s = AtomicFile::write(path, pdf->bytes); !s)
        return s.error();
    return pdf->report;
}

} // namespace

Result<PdfExporter::Pdf> PdfExporter::recordPdf(const InspectionRecordData &data)
{
    const RecordRenderer renderer(data);
    return renderPdf(QStringLiteral("检查笔录 ") + data.number,
        [&renderer](QPagedPaintDevice *d, const RecordFonts &f) { return renderer.render(d, f); });
}

Result<PdfExporter::Pdf> PdfExporter::noticePdf(const CorrectionNoticeData &data)
{
    const NoticeRenderer renderer(data);
    return renderPdf(renderer.title() + u' ' + data.documentNumber,
        [&renderer](QPagedPaintDevice *d, const RecordFonts &f) { return renderer.render(d, f); });
}

int PdfExporter::repairText(QByteArray &pdf)
{
    const Result<RecordFonts> fonts = RecordFonts::choose();
    return fonts ? PdfTextRepair::repair(pdf, PdfTextRepair::repairMap(fonts->families())) : 0;
}

Result<RenderReport> PdfExporter::writeRecord(const InspectionRecordData &data, const QString &path)
{
    return write(recordPdf(data), path);
}

Result<RenderReport> PdfExporter::writeNotice(const CorrectionNoticeData &data, const QString &path)
{
    return write(noticePdf(data), path);
}

} // namespace psv
