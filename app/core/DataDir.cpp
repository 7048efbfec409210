#include "DataDir.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace psv {

QString DataDir::resolve(const QString &explicitDir)
{
    if (!explicitDir.isEmpty())
        return QDir(explicitDir).absolutePath();
    const QString env = qEnvironmentVariable("PSV_DATA_DIR");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<QString> DataDir::ensure(const QString &explicitDir)
{
    const QString dir = resolve(explicitDir);
    if (dir.isEmpty())
        return makeError(
            QCoreApplication::translate("DataDir", "No data directory could be determined; pass --data-dir DIR."), {},
            3);
    if (!QDir().mkpath(dir))
        return makeError(QCoreApplication::translate("DataDir",
                             "The data directory cannot be created; check that the parent exists and is writable."),
            dir, 3);
    return dir;
}

} // namespace psv
