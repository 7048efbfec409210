// Page breaking with boxes of known heights (1 unit = 1 line), no paint device needed.
#include "Paginator.h"

#include <QTest>

using namespace psv;

namespace {

class Lines : public FlowBox
{
public:
    explicit Lines(int lines, bool splittable = true) : m_lines(lines), m_splittable(splittable) { }
    qreal height() const override { return m_lines; }
    std::unique_ptr<FlowBox> splitAt(qreal available) override
    {
        const int fit = int(available);
        if (!m_splittable || fit < 1 || fit >= m_lines)
            return nullptr;
        auto tail = std::make_unique<Lines>(*this);
        tail->m_lines = m_lines - fit;
        m_lines = fit;
        return tail;
    }
    void paint(PaintContext &, const QPointF &) const override { }

private:
    int m_lines;
    bool m_splittable;
};

std::vector<std::unique_ptr<FlowBox>> flow(std::initializer_list<FlowBox *> boxes)
{
    std::vector<std::unique_ptr<FlowBox>> v;
    for (FlowBox *b : boxes)
        v.emplace_back(b);
    return v;
}

QList<qreal> heights(const QList<Paginator::Placed> &page)
{
    QList<qreal> h;
    for (const Paginator::Placed &p : page)
        h << p.box->height();
    return h;
}

} // namespace

class TestPaginator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fillsPagesAndSplitsBetweenLines()
    {
        const Paginator p(flow({new Lines(6), new Lines(7)}), 10, 0.1);
        QCOMPARE(p.pages().size(), 2);
        QCOMPARE(heights(p.pages()[0]), (QList<qreal> {6, 4}));
        QCOMPARE(heights(p.pages()[1]), (QList<qreal> {3}));
        QCOMPARE(p.pages()[1][0].y, 0.0);
    }

    void unsplittableBoxMovesWhole()
    {
        const Paginator p(flow({new Lines(6), new Lines(7, false)}), 10, 0.1);
        QCOMPARE(heights(p.pages()[0]), (QList<qreal> {6}));
        QCOMPARE(heights(p.pages()[1]), (QList<qreal> {7}));
    }

    void headingTravelsWithWhatItHeads()
    {
        auto *heading = new Lines(1, false);
        heading->keepWithNext = true;
        // 8 lines used; the heading would fit, but not with the start of its paragraph (lead 1.4 units)
        const Paginator p(flow({new Lines(8), heading, new Lines(3, false)}), 10, 0.1);
        QCOMPARE(p.pages().size(), 2);
        QCOMPARE(heights(p.pages()[0]), (QList<qreal> {8}));
        QCOMPARE(heights(p.pages()[1]), (QList<qreal> {1, 3}));
    }

    void tableRowsStartingAPageRepeatTheHeader()
    {
        auto *header = new Lines(1, false);
        header->keepWithNext = true;
        std::vector<std::unique_ptr<FlowBox>> boxes;
        boxes.emplace_back(header);
        for (int i = 0; i < 5; ++i) {
            auto *row = new Lines(3, false);
            row->repeatHeader = header;
            boxes.emplace_back(row);
        }
        const Paginator p(std::move(boxes), 10, 0.1);
        QCOMPARE(p.pages().size(), 2);
        QCOMPARE(p.pages()[0].size(), 4); // header + 3 rows
        QCOMPARE(p.pages()[1].size(), 3); // header again + 2 rows
        QCOMPARE(p.pages()[1][0].box, header);
        QCOMPARE(p.pages()[1][1].y, 1.0);
    }

    void splitRowContinuesUnderTheRepeatedHeader()
    {
        auto *header = new Lines(1, false);
        header->keepWithNext = true;
        auto *row = new Lines(15);
        row->repeatHeader = header;
        const Paginator p(flow({header, row}), 10, 0.1);
        QCOMPARE(p.pages().size(), 2);
        QCOMPARE(heights(p.pages()[0]), (QList<qreal> {1, 9}));
        QCOMPARE(heights(p.pages()[1]), (QList<qreal> {1, 6}));
        QCOMPARE(p.pages()[1][0].box, header);
    }

    void pageBreakStartsANewPage()
    {
        auto *receipt = new Lines(2);
        receipt->breakBefore = true;
        const Paginator p(flow({new Lines(2), receipt}), 10, 0.1);
        QCOMPARE(p.pages().size(), 2);
        QCOMPARE(heights(p.pages()[1]), (QList<qreal> {2}));
    }

    void overlongUnsplittableBoxDoesNotLoop()
    {
        const Paginator p(flow({new Lines(25, false), new Lines(1)}), 10, 0.1);
        QCOMPARE(p.pages().size(), 2);
        QCOMPARE(heights(p.pages()[0]), (QList<qreal> {25}));
    }
};

QTEST_GUILESS_MAIN(TestPaginator)
#include "TestPaginator.moc"
