#include "QrCode.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <qrencode.h>

#include <memory>

namespace psv {

Result<QrCode> QrCode::encode(const QByteArray &data)
{
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char *>(data.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return makeError(
            QCoreApplication::translate("QrCode", "The QR code cannot be made from %1 bytes of data.").arg(data.size()),
            {}, 3);
    QrCode qr;
    qr.m_size = code->width;
    qr.m_modules.resize(qsizetype(code->width) * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        qr.m_modules[i] = code->data[i] & 1;
    return qr;
}

void QrCode::paint(QPainter &painter, const QRectF &rect) const
{
    const int total = m_size + 8;
    const qreal module = std::min(rect.width(), rect.height()) / total;
    const QPointF origin = rect.topLeft() + QPointF(4 * module, 4 * module);
    painter.fillRect(QRectF(rect.topLeft(), QSizeF(total * module, total * module)), Qt::white);
    QPainterPath path;
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size;) {
            if (!dark(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < m_size && dark(x + run, y))
                ++run;
            path.addRect(QRectF(origin.x() + x * module, origin.y() + y * module, run * module, module));
            x += run;
        }
    }
    path.setFillRule(Qt::WindingFill);
    painter.fillPath(path, Qt::black);
}

} // namespace psv
