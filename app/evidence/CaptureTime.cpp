#include "CaptureTime.h"

namespace psv {

CaptureTime CaptureTime::resolve(const std::optional<FileNameMatch> &name, const QDateTime &container,
    const QString &containerFrom, const QDateTime &fileTime)
{
    if (name && name->time.isValid())
        return {name->time, Source::FileName, name->patternId};
    if (container.isValid())
        return {container, Source::Container, containerFrom};
    if (fileTime.isValid())
        return {fileTime, Source::FileTime, {}};
    return {};
}

QString CaptureTime::sourceCode(Source source)
{
    switch (source) {
    case Source::FileName:
        return QStringLiteral("file-name");
    case Source::Container:
        return QStringLiteral("container");
    case Source::FileTime:
        return QStringLiteral("file-time");
    case Source::None:
        break;
    }
    return {};
}

std::optional<CaptureTime::Source> CaptureTime::sourceFromCode(const QString &code)
{
    for (const Source s : {Source::FileName, Source::Container, Source::FileTime})
        if (sourceCode(s) == code)
            return s;
    return std::nullopt;
}

QString CaptureTime::sourceName(Source source)
{
    switch (source) {
    case Source::FileName:
        return tr("file name");
    case Source::Container:
        return tr("recording metadata");
    case Source::FileTime:
        return tr("file modification time");
    case Source::None:
        break;
    }
    return tr("unknown");
}

} // namespace psv
