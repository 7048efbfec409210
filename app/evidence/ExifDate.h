#pragma once

#include <QDateTime>
#include <QIODevice>

#include <optional>

namespace psv {

// The capture time a camera wrote into a JPEG's EXIF block: DateTimeOriginal, else
// DateTimeDigitized, else DateTime; in the offset of OffsetTimeOriginal when present, else in
// this computer's time zone (EXIF times carry no zone). Reads at most the first APP1 segment and
// checks every offset, so a damaged file gives nullopt, never a crash.
class ExifDate
{
public:
    static std::optional<QDateTime> read(QIODevice *device);
    static std::optional<QDateTime> fromTiff(const QByteArray &tiff); // the APP1 payload after "Exif\0\0"
};

} // namespace psv
