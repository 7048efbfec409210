#include "StruckBox.h"

#include <QPainter>

namespace psv {

StruckBox::StruckBox(TextBlock label, QString name, qreal width, qreal height)
    : m_label(std::move(label)), m_name(std::move(name)), m_width(width), m_height(height)
{
}

void StruckBox::paint(PaintContext &ctx, const QPointF &topLeft) const
{
    QPainter &p = ctx.painter;
    m_label.draw(p, topLeft);
    const qreal inset = ctx.units.mm(2);
    const QRectF area(topLeft.x() + m_label.naturalWidth() + inset, topLeft.y() + inset,
        m_width - m_label.naturalWidth() - 2 * inset, m_height - 2 * inset);
    p.save();
    p.setPen(QPen(Qt::black, ctx.units.mm(0.35)));
    p.drawLine(area.bottomLeft(), area.topRight());
    p.restore();
    const DeviceUnits &u = ctx.units;
    ctx.report.struck.append(
        {ctx.page, QRectF(u.toMm(area.x()), u.toMm(area.y()), u.toMm(area.width()), u.toMm(area.height())), m_name});
}

} // namespace psv
