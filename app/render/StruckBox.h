#pragma once

#include "FlowBox.h"
#include "TextBlock.h"

namespace psv {

// An unused block (no problems found, no evidence, no opinion): its label followed by "/", and
// the space reserved for it struck through with a diagonal line from bottom left to top right,
// as the drafting rules ask for spaces that stay empty. Each stroke is noted in the report.
class StruckBox : public FlowBox
{
public:
    StruckBox(TextBlock label, QString name, qreal width, qreal height);

    qreal height() const override { return m_height; }
    void paint(PaintContext &ctx, const QPointF &topLeft) const override;

private:
    TextBlock m_label;
    QString m_name;
    qreal m_width;
    qreal m_height;
};

} // namespace psv
