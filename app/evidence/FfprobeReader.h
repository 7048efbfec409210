#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace psv {

// The fallback for a container creation time Qt Multimedia does not surface (it reads only the
// format-level "creation_time"/"date" tags): runs the ffprobe CLI on an already open descriptor
// (passed as fd 3 with `-fd 3 fd:`, so the source is not reopened and its access time stays
// untouched) and looks at the format's and every stream's tags.
class FfprobeReader
{
public:
    static QString program(); // empty when ffprobe is not installed
    static std::optional<QDateTime> creationTime(int fd, int timeoutMs);
    static std::optional<QDateTime> fromJson(const QByteArray &json); // ffprobe -of json output
    static std::optional<QDateTime> parseDate(const QString &text);
};

} // namespace psv
