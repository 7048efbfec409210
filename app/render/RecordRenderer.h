#pragma once

#include "FlowBuilder.h"
#include "InspectionRecordData.h"
#include "PageFrame.h"
#include "RecordFonts.h"
#include "RenderReport.h"
#include "Result.h"

class QPagedPaintDevice;

namespace psv {

// Lays out and paints a 检查笔录 on an A4 paged device: a QPdfWriter (PdfExporter) or a QPrinter
// (printing, print preview — set QPrinter::setFullPage(true) or not, both work). A sealed record
// prints as final with the QR code "PSV1|number|seal hash" on every page; a draft prints with a
// "草稿" watermark on every page and no QR code.
class RecordRenderer
{
public:
    explicit RecordRenderer(InspectionRecordData data) : m_data(std::move(data)) { }

    Result<RenderReport> render(QPagedPaintDevice *device) const;
    Result<RenderReport> render(QPagedPaintDevice *device, const RecordFonts &fonts) const;

    PageFrame frame() const;

private:
    void build(FlowBuilder &b) const;
    void particulars(FlowBuilder &b) const;
    void items(FlowBuilder &b) const;
    void problems(FlowBuilder &b) const;
    void outcome(FlowBuilder &b) const;
    void evidence(FlowBuilder &b) const;
    void closing(FlowBuilder &b) const;

    InspectionRecordData m_data;
};

} // namespace psv
