#include "Uuid.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace psv {

QString Uuid::create()
{
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    QUuid::Id128Bytes bytes;
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data), 4);
    for (int i = 0; i < 6; ++i)
        bytes.data[i] = quint8(ms >> (8 * (5 - i)));
    bytes.data[6] = quint8(0x70 | (bytes.data[6] & 0x0f)); // version 7
    bytes.data[8] = quint8(0x80 | (bytes.data[8] & 0x3f)); // RFC variant
    return QUuid(bytes).toString(QUuid::WithoutBraces);
}

bool Uuid::isValid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace psv
