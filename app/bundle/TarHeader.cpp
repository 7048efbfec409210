#include "TarHeader.h"

#include <cstring>

namespace psv {

namespace {

// An octal number field: optional leading spaces, octal digits, then only NULs and spaces.
std::optional<qint64> octal(const char *field, int width)
{
    int i = 0;
    while (i < width && field[i] == ' ')
        ++i;
    qint64 v = 0;
    int digits = 0;
    for (; i < width && field[i] >= '0' && field[i] <= '7'; ++i, ++digits) {
        if (v > (std::numeric_limits<qint64>::max() >> 3))
            return std::nullopt;
        v = (v << 3) | (field[i] - '0');
    }
    for (; i < width; ++i) {
        if (field[i] != '\0' && field[i] != ' ')
            return std::nullopt;
    }
    return digits > 0 ? std::optional<qint64>(v) : std::nullopt;
}

// The size field: octal, or GNU base-256 (first byte 0x80) for sizes beyond 8 GiB.
std::optional<qint64> sizeField(const char *field)
{
    const auto first = uchar(field[0]);
    if (!(first & 0x80))
        return octal(field, 12);
    if (first != 0x80)
        return std::nullopt; // negative or absurdly large
    qint64 v = 0;
    for (int i = 1; i < 12; ++i) {
        if (v > (std::numeric_limits<qint64>::max() >> 8))
            return std::nullopt;
        v = (v << 8) | uchar(field[i]);
    }
    return v;
}

// A NUL-terminated text field; nothing but NULs may follow the terminator.
std::optional<QByteArray> textField(const char *field, int width)
{
    const int len = int(qstrnlen(field, uint(width)));
    for (int i = len; i < width; ++i) {
        if (field[i] != '\0')
            return std::nullopt;
    }
    return QByteArray(field, len);
}

} // namespace

bool TarHeader::isZeroBlock(const char *block)
{
    for (int i = 0; i < BlockSize; ++i) {
        if (block[i])
            return false;
    }
    return true;
}

Result<TarHeader> TarHeader::parse(const char *b, const QString &where)
{
    const bool posix = std::memcmp(b + 257,
                           "ustar\0"
                           "00",
                           8)
        == 0;
    const bool gnu = std::memcmp(b + 257, "ustar  \0", 8) == 0;
    if (!posix && !gnu)
        return makeError(tr("This is not a tar header (no \"ustar\" magic): the file is not a bundle, or it is "
                            "damaged here."),
            where);
    const auto stored = octal(b + 148, 8);
    qint64 sum = 0, signedSum = 0;
    for (int i = 0; i < BlockSize; ++i) {
        const char c = (i >= 148 && i < 156) ? ' ' : b[i];
        sum += uchar(c);
        signedSum += static_cast<signed char>(c);
    }
    if (!stored || (*stored != sum && *stored != signedSum))
        return makeError(tr("The tar header checksum does not match: the archive is damaged here."), where);
    TarHeader h;
    const auto name = textField(b, 100);
    const auto link = textField(b + 157, 100);
    const auto prefix = posix ? textField(b + 345, 155) : std::optional<QByteArray>(QByteArray());
    if (!name || !link || !prefix)
        return makeError(tr("An entry name in the tar header contains a NUL byte followed by more characters."), where);
    h.name = prefix->isEmpty() ? *name : *prefix + '/' + *name;
    h.linkName = *link;
    h.typeFlag = b[156] == '\0' ? '0' : b[156];
    const auto size = sizeField(b + 124);
    const auto mode = octal(b + 100, 8);
    if (!size || !mode || *mode > 07777777)
        return makeError(tr("The tar header's size or mode field is malformed."), where);
    h.size = *size;
    h.mode = quint32(*mode);
    return h;
}

} // namespace psv
