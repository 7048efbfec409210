#pragma once

#include "FlowBox.h"
#include "TextBlock.h"

namespace psv {

// "标签：内容" in the style of police forms: the content sits on ruled lines running to the
// right margin; an empty content prints "/" (the drafting rules forbid blanks).
class FieldBox : public FlowBox
{
public:
    FieldBox(TextBlock label, TextBlock value, qreal width);

    qreal height() const override;
    std::unique_ptr<FlowBox> splitAt(qreal available) override;
    void paint(PaintContext &ctx, const QPointF &topLeft) const override;

private:
    TextBlock m_label;
    TextBlock m_value;
    qreal m_width;
    int m_from = 0;
    int m_to;
};

} // namespace psv
