#pragma once

#include "CorrectionNoticeData.h"
#include "FlowBuilder.h"
#include "PageFrame.h"
#include "RecordFonts.h"
#include "RenderReport.h"
#include "Result.h"

class QPagedPaintDevice;

namespace psv {

// Lays out and paints a 责令改正通知书 or 责令限期改正通知书 (规定 Art. 14) on an A4 paged device:
// the party, the facts, the provision violated and the basis for the order, what to correct and
// by when, the re-inspection (规定 Art. 15), the reconsideration (60 days) and lawsuit (6 months)
// notice, the issuing organ and date; then, on its own page, the 送达回执 for the party's
// signature. Every page shows "第 X 页 共 Y 页".
class NoticeRenderer
{
public:
    explicit NoticeRenderer(CorrectionNoticeData data) : m_data(std::move(data)) { }

    Result<RenderReport> render(QPagedPaintDevice *device) const;
    Result<RenderReport> render(QPagedPaintDevice *device, const RecordFonts &fonts) const;

    QString title() const;
    PageFrame frame() const;

private:
    void build(FlowBuilder &b) const;
    void body(FlowBuilder &b) const;
    void receipt(FlowBuilder &b) const;

    CorrectionNoticeData m_data;
};

} // namespace psv
