#pragma once

#include <QtGlobal>

namespace psv {

// Converts the document's measures (millimetres, points) into a paint device's pixels, so that
// the same layout code draws on a QPdfWriter (1200 dpi) and on a QPrinter (its own resolution).
struct DeviceUnits
{
    qreal dpi = 1200;

    qreal mm(qreal v) const { return v * dpi / 25.4; }
    qreal pt(qreal v) const { return v * dpi / 72.0; }
    qreal toMm(qreal px) const { return px * 25.4 / dpi; }
};

} // namespace psv
