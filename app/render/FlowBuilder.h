#pragma once

#include "DeviceUnits.h"
#include "FlowBox.h"
#include "RecordFonts.h"
#include "TextBlock.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

class QPaintDevice;

namespace psv {

// Builds a document's flow of boxes at the content width of a paint device: the vocabulary the
// record and notice renderers are written in. Empty contents become "/" (fields, table cells) or
// struck-through spaces (blocks); nothing is left blank.
class FlowBuilder
{
public:
    using Role = RecordFonts::Role;

    FlowBuilder(const RecordFonts &fonts, const QPaintDevice *device, qreal widthMm);

    const DeviceUnits &units() const { return m_units; }
    TextBlock text(const QString &text, Role role, qreal widthPx, Qt::Alignment alignment = Qt::AlignLeft) const;

    void paragraph(const QString &text, Role role = Role::Body, Qt::Alignment alignment = Qt::AlignLeft,
        qreal spaceBeforeMm = 0, qreal spaceAfterMm = 0);
    void indented(const QString &text, qreal indentMm, Role role = Role::Body); // numbered lines
    void heading(const QString &text);
    void field(const QString &label, const QString &value);
    void struck(const QString &label, qreal heightMm = 16);
    void space(qreal mm);
    // A table: its header (repeated on continuation pages), then rows; widths in millimetres.
    void tableHeader(const QStringList &titles, const QList<qreal> &widthsMm);
    void tableRow(const QStringList &cells, const QList<Role> &roles = {}, bool keepWithNext = false);
    // A row spanning the whole table (e.g. an evidence file's SHA-256 under its other facts).
    void tableSpanRow(const QString &text, Role role);
    // Keeps the last box with the next one (not left alone at a page's foot).
    void keepLastWithNext();
    // The next box starts a new page.
    void pageBreak() { m_breakNext = true; }

    std::vector<std::unique_ptr<FlowBox>> take() { return std::move(m_boxes); }

private:
    void add(std::unique_ptr<FlowBox> box);
    void tableRowWith(const QStringList &cells, const QList<Role> &roles, const QList<qreal> &widthsPx, bool keep);

    const RecordFonts &m_fonts;
    const QPaintDevice *m_device;
    DeviceUnits m_units;
    qreal m_width;
    std::vector<std::unique_ptr<FlowBox>> m_boxes;
    const FlowBox *m_header = nullptr;
    QList<qreal> m_columns; // px
    bool m_breakNext = false;
};

} // namespace psv
