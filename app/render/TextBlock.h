#pragma once

#include <QFont>
#include <QPointF>
#include <QString>

#include <memory>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace psv {

// A piece of text laid out once (QTextLayout) at a fixed width on a given paint device, with an
// even line pitch (lineFactor × the font's size), so that it can be measured, split between lines
// and drawn line by line. The ideographic em box is centred in each line, so blocks in different
// fonts of one size share their baselines.
class TextBlock
{
public:
    TextBlock() = default;
    TextBlock(const QString &text, const QFont &font, qreal width, const QPaintDevice *device,
        Qt::Alignment alignment = Qt::AlignLeft, qreal lineFactor = 1.6);

    int lineCount() const { return m_lines; }
    qreal linePitch() const { return m_pitch; }
    qreal height() const { return m_lines * m_pitch; }
    qreal naturalWidth() const { return m_naturalWidth; }
    // Lines from `from` that fit into `available` device pixels.
    int linesFitting(int from, qreal available) const;
    // Draws lines [from, to) with line `from` at topLeft.
    void draw(QPainter &painter, const QPointF &topLeft, int from = 0, int to = -1) const;
    // The pixel extent of line i (relative to the block's left edge).
    qreal lineWidth(int i) const;

private:
    std::shared_ptr<QTextLayout> m_layout;
    int m_lines = 0;
    qreal m_pitch = 0;
    qreal m_naturalWidth = 0;
};

} // namespace psv
