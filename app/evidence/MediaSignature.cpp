#include "MediaSignature.h"

namespace psv {

namespace {
bool at(const QByteArray &head, qsizetype pos, const QByteArray &bytes)
{
    return head.mid(pos, bytes.size()) == bytes;
}
uchar byte(const QByteArray &head, qsizetype pos)
{
    return pos < head.size() ? uchar(head[pos]) : 0;
}
} // namespace

QString MediaSignature::detect(const QByteArray &head)
{
    for (const char *box : {"ftyp", "moov", "mdat", "free", "skip", "wide", "pnot"})
        if (at(head, 4, box))
            return QStringLiteral("iso-bmff");
    if (at(head, 0, "RIFF") && (at(head, 8, "AVI ") || at(head, 8, "WAVE")))
        return QStringLiteral("riff");
    if (at(head, 0, QByteArray("\x1A\x45\xDF\xA3", 4)))
        return QStringLiteral("matroska");
    if (byte(head, 0) == 0x47 && byte(head, 188) == 0x47)
        return QStringLiteral("mpeg-ts");
    if (byte(head, 4) == 0x47 && byte(head, 196) == 0x47)
        return QStringLiteral("m2ts");
    if (at(head, 0, QByteArray("\x00\x00\x01\xBA", 4)))
        return QStringLiteral("mpeg-ps");
    if (at(head, 0, "FLV"))
        return QStringLiteral("flv");
    if (at(head, 0, QByteArray("\x30\x26\xB2\x75\x8E\x66\xCF\x11", 8)))
        return QStringLiteral("asf");
    if (at(head, 0, "OggS"))
        return QStringLiteral("ogg");
    if (at(head, 0, "fLaC"))
        return QStringLiteral("flac");
    if (at(head, 0, "#!AMR"))
        return QStringLiteral("amr");
    if (at(head, 0, "ID3") || (byte(head, 0) == 0xFF && (byte(head, 1) & 0xE0) == 0xE0))
        return QStringLiteral("mpeg-audio"); // MP3 frames, AAC ADTS
    if (at(head, 0, QByteArray("\x00\x00\x00\x01", 4)) || at(head, 0, QByteArray("\x00\x00\x01", 3)))
        return QStringLiteral("annex-b"); // raw H.264/H.265
    return {};
}

QString MediaSignature::detect(QIODevice *device)
{
    return device ? detect(device->peek(256)) : QString();
}

} // namespace psv
