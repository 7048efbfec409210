#pragma once

#include "Result.h"
#include "TarHeader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <functional>
#include <optional>

namespace psv {

// An entry as found by TarReader: its header and where its data lies in the file.
struct TarEntry
{
    TarHeader header;
    qint64 headerOffset = 0;
    qint64 dataOffset = 0;
};

// Reads a tar archive front to back, strictly: every header must parse, every entry must lie
// within the file, padding must be zero, and the archive must end with the end-of-archive marker
// followed by nothing but zeros. Anything else (a truncated file, a changed byte outside the
// entries' data) is an error naming the offset.
class TarReader
{
    Q_DECLARE_TR_FUNCTIONS(TarReader)

public:
    static constexpr qint64 ChunkSize = 1 << 20;
    using Sink = std::function<Status(const char *data, qint64 size)>;

    explicit TarReader(QIODevice *device); // open, random access; the archive starts at offset 0

    // The next entry, or nullopt after a valid end-of-archive marker.
    Result<std::optional<TarEntry>> next();
    // Streams an entry's data into sink (in chunks of ChunkSize), then checks its padding.
    Status readData(const TarEntry &entry, const Sink &sink);
    qint64 fileSize() const { return m_size; }

private:
    Status readExactly(char *data, qint64 size, const QString &what);
    Status expectZeros(qint64 from, qint64 size, const QString &what);

    QIODevice *m_file;
    qint64 m_size;
    qint64 m_next = 0;
};

} // namespace psv
