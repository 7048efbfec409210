#pragma once

#include "FlowBox.h"
#include "TextBlock.h"

#include <QList>

namespace psv {

// One row of a ruled table: a cell per column, each with its own text block, all cells as tall
// as the tallest. A row taller than the space left splits between lines, each cell at its own
// line boundary; the table's header row (repeatHeader) is painted again on the next page.
class TableRowBox : public FlowBox
{
public:
    struct Cell
    {
        TextBlock text;
        int from = 0;
        int to = 0;
    };

    TableRowBox(QList<TextBlock> cells, QList<qreal> widths, qreal padding, bool shaded = false);

    qreal height() const override;
    std::unique_ptr<FlowBox> splitAt(qreal available) override;
    void paint(PaintContext &ctx, const QPointF &topLeft) const override;

private:
    QList<Cell> m_cells;
    QList<qreal> m_widths;
    qreal m_padding;
    bool m_shaded;
};

} // namespace psv
