#pragma once

#include "FlowBox.h"

#include <QList>

#include <memory>
#include <vector>

namespace psv {

// Breaks a flow of boxes into pages of a given content height: a box that does not fit splits
// between two lines where it allows (each part keeping at least two lines), else moves to the
// next page; a heading (keepWithNext) is not left at a page's foot without the start of what it
// heads; a table row that starts a page gets its table's header again.
class Paginator
{
public:
    struct Placed
    {
        const FlowBox *box = nullptr;
        qreal y = 0;
    };

    Paginator(std::vector<std::unique_ptr<FlowBox>> boxes, qreal pageHeight, qreal mmPx);

    const QList<QList<Placed>> &pages() const { return m_pages; }

private:
    std::vector<std::unique_ptr<FlowBox>> m_owned; // the flow and the tails split off it
    QList<QList<Placed>> m_pages;
};

} // namespace psv
