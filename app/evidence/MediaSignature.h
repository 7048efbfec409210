#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace psv {

// Recognises audio/video containers by their first bytes (ISO BMFF/MP4/MOV/3GP, RIFF AVI/WAVE,
// Matroska/WebM, MPEG-TS/M2TS, MPEG-PS, FLV, ASF/WMV, Ogg, FLAC, AMR, MP3/ADTS, H.264/H.265
// elementary streams). Content that is none of these is not handed to FFmpeg at all: probing
// noise costs it a fraction of a second and memory per file, and tells nothing.
class MediaSignature
{
public:
    static QString detect(const QByteArray &head); // a short format name, empty when unknown
    static QString detect(QIODevice *device); // peeks at the first bytes; position unchanged
};

} // namespace psv
