#include "TableRowBox.h"

#include <QPainter>

#include <algorithm>

namespace psv {

TableRowBox::TableRowBox(QList<TextBlock> cells, QList<qreal> widths, qreal padding, bool shaded)
    : m_widths(std::move(widths)), m_padding(padding), m_shaded(shaded)
{
    for (TextBlock &t : cells) {
        const int lines = t.lineCount();
        m_cells.append(Cell {std::move(t), 0, lines});
    }
}

qreal TableRowBox::height() const
{
    qreal tallest = 0;
    for (const Cell &c : m_cells)
        tallest = std::max(tallest, (c.to - c.from) * c.text.linePitch());
    return tallest + 2 * m_padding;
}

std::unique_ptr<FlowBox> TableRowBox::splitAt(qreal available)
{
    // The tallest cell decides; each part keeps at least two of its lines (no widows, no orphans).
    constexpr int kMinLines = 2;
    qsizetype tallest = 0;
    for (qsizetype i = 1; i < m_cells.size(); ++i) {
        if ((m_cells[i].to - m_cells[i].from) * m_cells[i].text.linePitch()
            > (m_cells[tallest].to - m_cells[tallest].from) * m_cells[tallest].text.linePitch())
            tallest = i;
    }
    const Cell &t = m_cells.value(tallest);
    const int lines = t.to - t.from;
    qreal inner = std::min(available - 2 * m_padding, (lines - kMinLines) * t.text.linePitch());
    if (t.text.linesFitting(t.from, inner) < kMinLines)
        return nullptr;
    auto tail = std::make_unique<TableRowBox>(*this);
    for (qsizetype i = 0; i < m_cells.size(); ++i) {
        Cell &c = m_cells[i];
        const int cut = std::min(c.from + c.text.linesFitting(c.from, inner), c.to);
        tail->m_cells[i].from = cut;
        c.to = cut;
    }
    return tail;
}

void TableRowBox::paint(PaintContext &ctx, const QPointF &topLeft) const
{
    QPainter &p = ctx.painter;
    const qreal h = height();
    qreal x = topLeft.x();
    p.save();
    p.setPen(QPen(Qt::black, ctx.units.mm(0.25)));
    if (m_shaded) {
        qreal total = 0;
        for (qreal w : m_widths)
            total += w;
        p.fillRect(QRectF(x, topLeft.y(), total, h), QColor(235, 235, 235));
    }
    for (qsizetype i = 0; i < m_cells.size(); ++i) {
        const QRectF cell(x, topLeft.y(), m_widths.value(i), h);
        p.drawRect(cell);
        const Cell &c = m_cells[i];
        c.text.draw(p, cell.topLeft() + QPointF(m_padding, m_padding), c.from, c.to);
        x += m_widths.value(i);
    }
    p.restore();
}

} // namespace psv
