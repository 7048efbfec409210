#include "AtomicFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

namespace psv {

Status AtomicFile::write(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(
            QCoreApplication::translate("AtomicFile", "The file cannot be created: %1").arg(file.errorString()), path,
            3);
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return makeError(QCoreApplication::translate("AtomicFile", "Writing the file failed: %1").arg(why), path, 3);
    }
    // QSaveFile::commit() flushes, fsyncs the temporary file and renames it over the target.
    if (!file.commit())
        return makeError(
            QCoreApplication::translate("AtomicFile", "Saving the file failed: %1").arg(file.errorString()), path, 3);
    return syncDirectory(QFileInfo(path).absolutePath());
}

Status AtomicFile::syncDirectory(const QString &dirPath)
{
    const int fd = ::open(QFile::encodeName(dirPath).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return makeError(
            QCoreApplication::translate("AtomicFile", "The directory cannot be opened to sync it."), dirPath, 3);
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        return makeError(
            QCoreApplication::translate("AtomicFile", "Syncing the directory to disk failed."), dirPath, 3);
    return {};
}

} // namespace psv
