#include "DocumentPainter.h"

#include "Paginator.h"
#include "RenderLogging.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

namespace psv {

Result<RenderReport> DocumentPainter::paint(
    QPagedPaintDevice *device, PageFrame frame, const std::function<void(FlowBuilder &)> &build)
{
    const Result<RecordFonts> fonts = RecordFonts::choose();
    if (!fonts)
        return fonts.error();
    return paint(device, *fonts, std::move(frame), build);
}

Result<RenderReport> DocumentPainter::paint(QPagedPaintDevice *device, const RecordFonts &fonts, PageFrame frame,
    const std::function<void(FlowBuilder &)> &build)
{
    // A4 portrait with no margins of our own: every position is measured from the paper's corner.
    // A printer may keep its minimum margins; the painter is moved back by them below.
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    if (Status s = frame.prepare(); !s)
        return s.error();

    FlowBuilder builder(fonts, device, PageFrame::contentWidthMm());
    build(builder);
    const DeviceUnits units = builder.units();
    const qreal contentTop = units.mm(PageFrame::kContentTopMm);
    const Paginator pages(builder.take(), units.mm(frame.contentBottomMm()) - contentTop, units.mm(1));

    RenderReport report;
    report.pages = int(pages.pages().size());
    report.final = !frame.draft;
    report.qrPayload = frame.qrPayload;

    QPainter painter;
    if (!painter.begin(device))
        return makeError(
            QCoreApplication::translate("DocumentPainter", "The printer or PDF file cannot be painted on."), {}, 3);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect paperPx = device->pageLayout().fullRectPixels(device->logicalDpiX());
    const QRect paintPx = device->pageLayout().paintRectPixels(device->logicalDpiX());
    painter.translate(paperPx.topLeft() - paintPx.topLeft());

    const qreal left = units.mm(PageFrame::kLeftMm);
    for (qsizetype i = 0; i < pages.pages().size(); ++i) {
        if (i > 0 && !device->newPage()) {
            painter.end();
            return makeError(QCoreApplication::translate("DocumentPainter", "A new page cannot be started."), {}, 3);
        }
        PaintContext ctx {painter, units, report, int(i)};
        frame.paint(ctx, fonts, report.pages);
        for (const Paginator::Placed &placed : pages.pages()[i])
            placed.box->paint(ctx, QPointF(left, contentTop + placed.y));
    }
    if (!painter.end())
        return makeError(QCoreApplication::translate("DocumentPainter", "Finishing the document failed."), {}, 3);
    qCDebug(lcRender) << "painted" << report.pages << "pages";
    return report;
}

} // namespace psv
