#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace psv {

// One 512-byte ustar header block, parsed strictly: checksum, magic, octal (or base-256) size,
// name and prefix fields without bytes after their terminating NUL. What the entry is (file,
// link, device, extended header) is reported, not judged; TarReader judges.
struct TarHeader
{
    Q_DECLARE_TR_FUNCTIONS(TarHeader)

public:
    static constexpr int BlockSize = 512;

    QByteArray name; // raw: prefix + '/' + name for POSIX ustar
    QByteArray linkName;
    char typeFlag = '0';
    qint64 size = 0;
    quint32 mode = 0;

    static bool isZeroBlock(const char *block);
    // Parses a block that is not all zeros. where names the place (offset) for messages.
    static Result<TarHeader> parse(const char *block, const QString &where);
    static qint64 paddedSize(qint64 size) { return (size + BlockSize - 1) / BlockSize * BlockSize; }
};

} // namespace psv
