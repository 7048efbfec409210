#pragma once

#include "FlowBuilder.h"
#include "PageFrame.h"
#include "RecordFonts.h"
#include "RenderReport.h"
#include "Result.h"

#include <functional>

class QPagedPaintDevice;

namespace psv {

// Lays a document out on an A4 paged device (QPdfWriter, or a QPrinter for printing and print
// preview) and paints it: the flow built by `build`, broken into pages, each page framed by
// `frame`. Two passes: the flow is measured and paginated first, so every page knows the total.
class DocumentPainter
{
public:
    static Result<RenderReport> paint(QPagedPaintDevice *device, const RecordFonts &fonts, PageFrame frame,
        const std::function<void(FlowBuilder &)> &build);
    // The same with the fonts RecordFonts::choose() picks.
    static Result<RenderReport> paint(
        QPagedPaintDevice *device, PageFrame frame, const std::function<void(FlowBuilder &)> &build);
};

} // namespace psv
