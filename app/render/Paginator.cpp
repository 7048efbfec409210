#include "Paginator.h"

#include <algorithm>
#include <deque>

namespace psv {

namespace {
constexpr qreal kLeadMm = 14; // of a box that follows a heading: about two lines of it
}

Paginator::Paginator(std::vector<std::unique_ptr<FlowBox>> boxes, qreal pageHeight, qreal mmPx)
    : m_owned(std::move(boxes))
{
    std::deque<FlowBox *> queue;
    for (const auto &b : m_owned)
        queue.push_back(b.get());

    QList<Placed> page;
    qreal y = 0;
    qreal top = 0; // height of a repeated header at the page's top
    auto place = [&](const FlowBox *b) {
        page.append({b, y});
        y += b->height();
    };
    auto newPage = [&] {
        m_pages.append(page);
        page.clear();
        y = top = 0;
    };

    while (!queue.empty()) {
        FlowBox *b = queue.front();
        if (b->breakBefore && !page.isEmpty()) {
            newPage();
            continue;
        }
        if (page.isEmpty() && b->repeatHeader && b->repeatHeader != b) {
            place(b->repeatHeader);
            top = y;
        }
        const qreal h = b->height();
        // A heading or table header takes along the chain it heads and the start of what follows.
        qreal need = h;
        for (size_t k = 1; queue[k - 1]->keepWithNext && k < queue.size(); ++k)
            need += queue[k]->keepWithNext ? queue[k]->height() : std::min(queue[k]->height(), kLeadMm * mmPx);
        if (y + need <= pageHeight) {
            place(b);
            queue.pop_front();
            continue;
        }
        const bool atTop = y <= top;
        // Fill the page: split between lines where the box allows it (never inside a line).
        if (!b->keepWithNext || atTop) {
            if (std::unique_ptr<FlowBox> tail = b->splitAt(pageHeight - y)) {
                place(b);
                queue.pop_front();
                queue.push_front(tail.get());
                m_owned.push_back(std::move(tail));
                newPage();
                continue;
            }
        }
        if (!atTop) {
            newPage();
            continue;
        }
        place(b); // taller than a page and cannot split: it overflows rather than loops
        queue.pop_front();
    }
    if (!page.isEmpty() || m_pages.isEmpty())
        m_pages.append(page);
}

} // namespace psv
