#include "FieldBox.h"

#include <QPainter>

namespace psv {

FieldBox::FieldBox(TextBlock label, TextBlock value, qreal width)
    : m_label(std::move(label)), m_value(std::move(value)), m_width(width), m_to(m_value.lineCount())
{
}

qreal FieldBox::height() const
{
    return (m_to - m_from) * m_value.linePitch();
}

std::unique_ptr<FlowBox> FieldBox::splitAt(qreal available)
{
    const int fit = m_value.linesFitting(m_from, available);
    if (fit <= 0 || m_from + fit >= m_to)
        return nullptr;
    auto tail = std::make_unique<FieldBox>(*this);
    tail->m_from = m_from + fit;
    m_to = m_from + fit;
    return tail;
}

void FieldBox::paint(PaintContext &ctx, const QPointF &topLeft) const
{
    QPainter &p = ctx.painter;
    const qreal labelWidth = m_label.naturalWidth();
    if (m_from == 0)
        m_label.draw(p, topLeft);
    m_value.draw(p, topLeft + QPointF(labelWidth, 0), m_from, m_to);
    p.save();
    p.setPen(QPen(Qt::black, ctx.units.mm(0.2)));
    const qreal pitch = m_value.linePitch();
    for (int i = 0; i < m_to - m_from; ++i) {
        const qreal y = topLeft.y() + (i + 1) * pitch - pitch * 0.12;
        p.drawLine(QPointF(topLeft.x() + labelWidth, y), QPointF(topLeft.x() + m_width, y));
    }
    p.restore();
}

} // namespace psv
