#pragma once

#include "FileNamePatterns.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace psv {

// When a file was recorded, and where that was read from. The order is fixed: the file name (a
// configured pattern), else the container's creation time (Qt Multimedia/ffprobe metadata or
// EXIF), else the file's modification time.
struct CaptureTime
{
    Q_DECLARE_TR_FUNCTIONS(CaptureTime)

public:
    enum class Source { None, FileName, Container, FileTime };

    QDateTime time;
    Source source = Source::None;
    QString detail; // the pattern id, or how the container time was read ("qt-multimedia", "ffprobe", "exif")

    bool isValid() const { return time.isValid() && source != Source::None; }

    static CaptureTime resolve(const std::optional<FileNameMatch> &name, const QDateTime &container,
        const QString &containerFrom, const QDateTime &fileTime);

    static QString sourceCode(Source source); // "file-name", "container", "file-time", ""
    static std::optional<Source> sourceFromCode(const QString &code);
    static QString sourceName(Source source); // translated, for display
};

} // namespace psv
