#include "ParagraphBox.h"

namespace psv {

ParagraphBox::ParagraphBox(TextBlock text, qreal indent, qreal spaceBefore, qreal spaceAfter)
    : m_text(std::move(text)), m_indent(indent), m_before(spaceBefore), m_after(spaceAfter), m_to(m_text.lineCount())
{
}

qreal ParagraphBox::height() const
{
    return m_before + (m_to - m_from) * m_text.linePitch() + m_after;
}

std::unique_ptr<FlowBox> ParagraphBox::splitAt(qreal available)
{
    const int fit = m_text.linesFitting(m_from, available - m_before);
    if (fit <= 0 || m_from + fit >= m_to)
        return nullptr;
    auto tail = std::make_unique<ParagraphBox>(*this);
    tail->m_from = m_from + fit;
    tail->m_before = 0;
    m_to = m_from + fit;
    m_after = 0;
    return tail;
}

void ParagraphBox::paint(PaintContext &ctx, const QPointF &topLeft) const
{
    m_text.draw(ctx.painter, topLeft + QPointF(m_indent, m_before), m_from, m_to);
}

} // namespace psv
