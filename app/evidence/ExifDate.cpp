#include "ExifDate.h"

#include <QTimeZone>

namespace psv {

namespace {

constexpr quint16 kExifIfd = 0x8769;
constexpr quint16 kDateTime = 0x0132;
constexpr quint16 kDateTimeOriginal = 0x9003;
constexpr quint16 kDateTimeDigitized = 0x9004;
constexpr quint16 kOffsetTimeOriginal = 0x9011;

class Tiff
{
public:
    explicit Tiff(const QByteArray &data) : m_data(data) { m_big = data.startsWith("MM"); }

    bool valid() const { return (m_data.startsWith("II") || m_data.startsWith("MM")) && u16(2) == 42; }
    quint32 firstIfd() const { return u32(4); }
    quint16 u16(qint64 at) const
    {
        if (at < 0 || at + 2 > m_data.size())
            return 0;
        const auto *p = reinterpret_cast<const uchar *>(m_data.constData() + at);
        return m_big ? quint16(p[0] << 8 | p[1]) : quint16(p[1] << 8 | p[0]);
    }
    quint32 u32(qint64 at) const
    {
        if (at < 0 || at + 4 > m_data.size())
            return 0;
        return m_big ? (quint32(u16(at)) << 16 | u16(at + 2)) : (quint32(u16(at + 2)) << 16 | u16(at));
    }
    // Entry of `tag` in the IFD at `ifd`: its position, or -1.
    qint64 find(quint32 ifd, quint16 tag) const
    {
        const quint16 count = u16(ifd);
        for (quint16 i = 0; i < count && i < 512; ++i) {
            const qint64 entry = qint64(ifd) + 2 + 12 * qint64(i);
            if (entry + 12 > m_data.size())
                return -1;
            if (u16(entry) == tag)
                return entry;
        }
        return -1;
    }
    QString ascii(quint32 ifd, quint16 tag) const
    {
        const qint64 entry = ifd ? find(ifd, tag) : -1;
        if (entry < 0 || u16(entry + 2) != 2) // type 2: ASCII
            return {};
        const quint32 count = u32(entry + 4);
        const qint64 at = count <= 4 ? entry + 8 : qint64(u32(entry + 8));
        if (count == 0 || count > 64 || at + count > m_data.size())
            return {};
        return QString::fromLatin1(m_data.mid(at, count)).remove(QChar(0)).trimmed();
    }

private:
    QByteArray m_data;
    bool m_big = false;
};

std::optional<QDateTime> parse(const QString &text, const QString &offset)
{
    const QDateTime local = QDateTime::fromString(text, QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    if (!local.isValid())
        return std::nullopt;
    if (offset.size() == 6 && (offset[0] == u'+' || offset[0] == u'-') && offset[3] == u':') {
        const int seconds = (offset.mid(1, 2).toInt() * 60 + offset.mid(4, 2).toInt()) * 60;
        return QDateTime(
            local.date(), local.time(), QTimeZone::fromSecondsAheadOfUtc(offset[0] == u'-' ? -seconds : seconds));
    }
    return local;
}

} // namespace

std::optional<QDateTime> ExifDate::fromTiff(const QByteArray &data)
{
    const Tiff tiff(data);
    if (!tiff.valid())
        return std::nullopt;
    const quint32 ifd0 = tiff.firstIfd();
    const qint64 pointer = tiff.find(ifd0, kExifIfd);
    const quint32 exif = pointer >= 0 ? tiff.u32(pointer + 8) : 0;
    const QString offset = tiff.ascii(exif, kOffsetTimeOriginal);
    for (const QString &text :
        {tiff.ascii(exif, kDateTimeOriginal), tiff.ascii(exif, kDateTimeDigitized), tiff.ascii(ifd0, kDateTime)}) {
        if (const std::optional<QDateTime> at = parse(text, offset))
            return at;
    }
    return std::nullopt;
}

std::optional<QDateTime> ExifDate::read(QIODevice *device)
{
    if (!device || device->read(2) != QByteArray("\xFF\xD8", 2))
        return std::nullopt;
    for (int segments = 0; segments < 64; ++segments) {
        const QByteArray marker = device->read(2);
        if (marker.size() != 2 || uchar(marker[0]) != 0xFF)
            return std::nullopt;
        const uchar type = uchar(marker[1]);
        if (type == 0xDA || type == 0xD9) // start of scan / end of image: no EXIF before the picture
            return std::nullopt;
        const QByteArray lengthBytes = device->read(2);
        if (lengthBytes.size() != 2)
            return std::nullopt;
        const int length = (uchar(lengthBytes[0]) << 8 | uchar(lengthBytes[1])) - 2;
        if (length < 0)
            return std::nullopt;
        if (type == 0xE1) {
            const QByteArray payload = device->read(length);
            if (payload.startsWith(QByteArray("Exif\0\0", 6)))
                return fromTiff(payload.mid(6));
            continue;
        }
        if (!device->seek(device->pos() + length))
            return std::nullopt;
    }
    return std::nullopt;
}

} // namespace psv
