#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace psv {

// What a renderer produced: the page count, whether it printed as final (sealed) or as a draft,
// the QR payload, and where it struck out unused spaces (page index from 0, rectangle in
// millimetres from the paper's top-left corner) — for tests and for a print preview's notes.
struct RenderReport
{
    struct Struck
    {
        int page = 0;
        QRectF rectMm;
        QString label; // the field whose space was struck through
    };

    int pages = 0;
    bool final = false;
    QString qrPayload;
    QList<Struck> struck;
};

} // namespace psv
