#include "TextBlock.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace psv {

TextBlock::TextBlock(const QString &text, const QFont &font, qreal width, const QPaintDevice *device,
    Qt::Alignment alignment, qreal lineFactor)
    : m_layout(std::make_shared<QTextLayout>(QString(text).replace(u'\n', QChar::LineSeparator), font, device))
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    const qreal dpi = device ? device->logicalDpiY() : 72.0;
    const qreal em = font.pointSizeF() * dpi / 72.0;
    m_pitch = em * lineFactor;
    m_layout->beginLayout();
    for (;;) {
        QTextLine line = m_layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const qreal baseline = m_lines * m_pitch + m_pitch / 2 + 0.38 * em;
        line.setPosition(QPointF(0, baseline - line.ascent()));
        m_naturalWidth = std::max(m_naturalWidth, line.naturalTextWidth());
        ++m_lines;
    }
    m_layout->endLayout();
}

int TextBlock::linesFitting(int from, qreal available) const
{
    if (m_pitch <= 0)
        return 0;
    return std::clamp(int(available / m_pitch), 0, m_lines - from);
}

void TextBlock::draw(QPainter &painter, const QPointF &topLeft, int from, int to) const
{
    if (!m_layout)
        return;
    if (to < 0 || to > m_lines)
        to = m_lines;
    const QPointF offset = topLeft - QPointF(0, from * m_pitch);
    for (int i = from; i < to; ++i)
        m_layout->lineAt(i).draw(&painter, offset);
}

qreal TextBlock::lineWidth(int i) const
{
    return m_layout && i < m_lines ? m_layout->lineAt(i).naturalTextWidth() : 0;
}

} // namespace psv
