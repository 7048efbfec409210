#include "FlowBuilder.h"

#include "FieldBox.h"
#include "ParagraphBox.h"
#include "StruckBox.h"
#include "TableRowBox.h"

#include <QPaintDevice>

#include <utility>

namespace psv {

namespace {

const QString kUnused = QStringLiteral("/");

class SpaceBox : public FlowBox
{
public:
    explicit SpaceBox(qreal h) : m_h(h) { }
    qreal height() const override { return m_h; }
    void paint(PaintContext &, const QPointF &) const override { }

private:
    qreal m_h;
};

} // namespace

FlowBuilder::FlowBuilder(const RecordFonts &fonts, const QPaintDevice *device, qreal widthMm)
    : m_fonts(fonts), m_device(device), m_units {qreal(device->logicalDpiY())}, m_width(m_units.mm(widthMm))
{
}

void FlowBuilder::add(std::unique_ptr<FlowBox> box)
{
    box->breakBefore = std::exchange(m_breakNext, false);
    m_boxes.push_back(std::move(box));
}

TextBlock FlowBuilder::text(const QString &text, Role role, qreal widthPx, Qt::Alignment alignment) const
{
    const qreal factor = role == Role::Title || role == Role::Organ            ? 1.4
        : role == Role::Table || role == Role::TableHead || role == Role::Mono ? 1.45
                                                                               : 1.75;
    return TextBlock(text, m_fonts.font(role), widthPx, m_device, alignment, factor);
}

void FlowBuilder::paragraph(
    const QString &t, Role role, Qt::Alignment alignment, qreal spaceBeforeMm, qreal spaceAfterMm)
{
    add(std::make_unique<ParagraphBox>(text(t.isEmpty() ? kUnused : t, role, m_width, alignment), 0,
        m_units.mm(spaceBeforeMm), m_units.mm(spaceAfterMm)));
}

void FlowBuilder::indented(const QString &t, qreal indentMm, Role role)
{
    const qreal indent = m_units.mm(indentMm);
    add(std::make_unique<ParagraphBox>(text(t, role, m_width - indent), indent));
}

void FlowBuilder::heading(const QString &t)
{
    add(std::make_unique<ParagraphBox>(text(t, Role::Heading, m_width), 0, m_units.mm(3), m_units.mm(1)));
    m_boxes.back()->keepWithNext = true;
}

void FlowBuilder::field(const QString &label, const QString &value)
{
    TextBlock l = text(label, Role::Heading, m_width);
    const qreal valueWidth = m_width - l.naturalWidth();
    add(std::make_unique<FieldBox>(
        std::move(l), text(value.isEmpty() ? kUnused : value, Role::Body, valueWidth), m_width));
}

void FlowBuilder::struck(const QString &label, qreal heightMm)
{
    add(std::make_unique<StruckBox>(
        text(label + kUnused, Role::Heading, m_width), label, m_width, m_units.mm(heightMm)));
}

void FlowBuilder::space(qreal mm)
{
    add(std::make_unique<SpaceBox>(m_units.mm(mm)));
}

void FlowBuilder::keepLastWithNext()
{
    if (!m_boxes.empty())
        m_boxes.back()->keepWithNext = true;
}

void FlowBuilder::tableHeader(const QStringList &titles, const QList<qreal> &widthsMm)
{
    m_columns.clear();
    for (qreal w : widthsMm)
        m_columns << m_units.mm(w);
    tableRowWith(titles, QList<Role>(titles.size(), Role::TableHead), m_columns, true);
    m_header = m_boxes.back().get();
}

void FlowBuilder::tableRow(const QStringList &cells, const QList<Role> &roles, bool keepWithNext)
{
    tableRowWith(cells, roles, m_columns, keepWithNext);
    m_boxes.back()->repeatHeader = m_header;
}

void FlowBuilder::tableSpanRow(const QString &t, Role role)
{
    qreal total = 0;
    for (qreal w : m_columns)
        total += w;
    tableRowWith({t}, {role}, {total}, false);
    m_boxes.back()->repeatHeader = m_header;
}

void FlowBuilder::tableRowWith(
    const QStringList &cells, const QList<Role> &roles, const QList<qreal> &widthsPx, bool keep)
{
    const qreal pad = m_units.mm(1.2);
    QList<TextBlock> blocks;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString c = cells[i].isEmpty() ? kUnused : cells[i];
        const Role role = roles.value(i, Role::Table);
        blocks << text(
            c, role, widthsPx.value(i) - 2 * pad, role == Role::TableHead ? Qt::AlignHCenter : Qt::AlignLeft);
    }
    const bool shaded = !roles.isEmpty() && roles.first() == Role::TableHead;
    add(std::make_unique<TableRowBox>(blocks, widthsPx, pad, shaded));
    m_boxes.back()->keepWithNext = keep;
}

} // namespace psv
