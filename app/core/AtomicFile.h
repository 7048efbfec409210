#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace psv {

// Whole-file writes that survive a crash or a pulled cable: temp file in the same directory,
// fsync, rename over the target, fsync the directory. Either the old or the new content remains.
class AtomicFile
{
public:
    static Status write(const QString &path, const QByteArray &data);
    static Status syncDirectory(const QString &dirPath);
};

} // namespace psv
