#include "TarReader.h"

#include <QByteArray>

namespace psv {

TarReader::TarReader(QIODevice *device) : m_file(device), m_size(device->size()) { }

Status TarReader::readExactly(char *data, qint64 size, const QString &what)
{
    qint64 got = 0;
    while (got < size) {
        const qint64 n = m_file->read(data + got, size - got);
        if (n < 0)
            return makeError(tr("Reading the bundle failed: %1").arg(m_file->errorString()), what, 3);
        if (n == 0)
            return makeError(
                tr("The bundle is truncated: it ends at byte %1, inside %2.").arg(m_file->pos()).arg(what), what);
        got += n;
    }
    return {};
}

Status TarReader::expectZeros(qint64 from, qint64 size, const QString &what)
{
    if (!m_file->seek(from))
        return makeError(tr("Reading the bundle failed: %1").arg(m_file->errorString()), what, 3);
    QByteArray buf(int(qMin<qint64>(size, ChunkSize)), Qt::Uninitialized);
    for (qint64 done = 0; done < size;) {
        const qint64 n = qMin<qint64>(size - done, buf.size());
        if (Status s = readExactly(buf.data(), n, what); !s)
            return s;
        for (qint64 i = 0; i < n; ++i) {
            if (buf.at(i))
                return makeError(tr("Unexpected data at byte %1 (%2 should hold only zeros): the bundle has been "
                                    "altered or damaged.")
                                     .arg(from + done + i)
                                     .arg(what),
                    what);
        }
        done += n;
    }
    return {};
}

Result<std::optional<TarEntry>> TarReader::next()
{
    const QString here = tr("the header at byte %1").arg(m_next);
    if (m_next >= m_size)
        return makeError(
            tr("The bundle is truncated: it ends at byte %1 without the end-of-archive marker.").arg(m_size), here);
    if (!m_file->seek(m_next))
        return makeError(tr("Reading the bundle failed: %1").arg(m_file->errorString()), here, 3);
    char block[TarHeader::BlockSize];
    if (Status s = readExactly(block, TarHeader::BlockSize, here); !s)
        return s.error();
    if (TarHeader::isZeroBlock(block)) {
        // End of archive: a second zero block, then nothing but zeros (tar pads to its record size).
        if (m_next + 2 * TarHeader::BlockSize > m_size)
            return makeError(tr("The bundle is truncated: its end-of-archive marker is incomplete."), here);
        const QString rest = tr("the end-of-archive marker");
        if (Status s = expectZeros(m_next + TarHeader::BlockSize, m_size - m_next - TarHeader::BlockSize, rest); !s)
            return s.error();
        return std::optional<TarEntry>();
    }
    Result<TarHeader> h = TarHeader::parse(block, here);
    if (!h)
        return h.error();
    TarEntry e {*h, m_next, m_next + TarHeader::BlockSize};
    const qint64 end = e.dataOffset + TarHeader::paddedSize(e.header.size);
    if (e.header.size < 0 || end > m_size)
        return makeError(tr("The bundle is truncated: entry \"%1\" needs %2 bytes from byte %3, but the file ends at "
                            "byte %4.")
                             .arg(QString::fromUtf8(e.header.name))
                             .arg(e.header.size)
                             .arg(e.dataOffset)
                             .arg(m_size),
            QString::fromUtf8(e.header.name));
    m_next = end;
    return std::optional<TarEntry>(e);
}

Status TarReader::readData(const TarEntry &e, const Sink &sink)
{
    const QString name = QString::fromUtf8(e.header.name);
    if (!m_file->seek(e.dataOffset))
        return makeError(tr("Reading the bundle failed: %1").arg(m_file->errorString()), name, 3);
    QByteArray buf(int(qMin<qint64>(qMax<qint64>(e.header.size, 1), ChunkSize)), Qt::Uninitialized);
    for (qint64 done = 0; done < e.header.size;) {
        const qint64 n = qMin<qint64>(e.header.size - done, buf.size());
        if (Status s = readExactly(buf.data(), n, name); !s)
            return s;
        if (Status s = sink(buf.constData(), n); !s)
            return s;
        done += n;
    }
    const qint64 pad = TarHeader::paddedSize(e.header.size) - e.header.size;
    return pad ? expectZeros(e.dataOffset + e.header.size, pad, tr("the padding after \"%1\"").arg(name)) : Status();
}

} // namespace psv
