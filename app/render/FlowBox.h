#pragma once

#include "DeviceUnits.h"
#include "RenderReport.h"

#include <QPointF>

#include <memory>

class QPainter;

namespace psv {

// What a box gets when it paints: the painter, the page it is on, units, and the report in which
// it notes struck-through spaces.
struct PaintContext
{
    QPainter &painter;
    DeviceUnits units;
    RenderReport &report;
    int page = 0;
};

// One vertical piece of a document's flow (a paragraph, a field line, a table row, a struck-out
// space), laid out at the content width. Boxes taller than the space left on a page may split
// between two lines of text, never inside a line.
class FlowBox
{
public:
    virtual ~FlowBox() = default;

    virtual qreal height() const = 0;
    // Keeps in this box what fits into `available` and returns the rest; nullptr when not even
    // one line fits (the box then moves whole to the next page).
    virtual std::unique_ptr<FlowBox> splitAt(qreal available);
    virtual void paint(PaintContext &ctx, const QPointF &topLeft) const = 0;

    // A table header painted again above this box when it starts a page (set on table rows).
    const FlowBox *repeatHeader = nullptr;
    // Not left alone at the bottom of a page (headings, table headers).
    bool keepWithNext = false;
    // Starts a new page (unless the page is still empty).
    bool breakBefore = false;
};

} // namespace psv
