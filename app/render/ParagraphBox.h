#pragma once

#include "FlowBox.h"
#include "TextBlock.h"

namespace psv {

// A paragraph of wrapped text (titles, statements, numbered lines); splits between lines.
class ParagraphBox : public FlowBox
{
public:
    ParagraphBox(TextBlock text, qreal indent = 0, qreal spaceBefore = 0, qreal spaceAfter = 0);

    qreal height() const override;
    std::unique_ptr<FlowBox> splitAt(qreal available) override;
    void paint(PaintContext &ctx, const QPointF &topLeft) const override;

private:
    TextBlock m_text;
    qreal m_indent;
    qreal m_before;
    qreal m_after;
    int m_from = 0;
    int m_to;
};

} // namespace psv
