#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QRectF>

class QPainter;

namespace psv {

// A QR code (libqrencode, 8-bit mode, error correction level M) drawn as vector squares, so that
// it stays sharp in a PDF and on paper at any resolution.
class QrCode
{
public:
    static Result<QrCode> encode(const QByteArray &data);

    int size() const { return m_size; } // modules per side, without the quiet zone
    bool dark(int x, int y) const { return m_modules.at(y * m_size + x); }
    // Paints the code into rect (square), with a white quiet zone of 4 modules inside rect.
    void paint(QPainter &painter, const QRectF &rect) const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace psv
