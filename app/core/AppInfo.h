#pragma once

#include <QString>

namespace psv {

// Product identity and the versions of the libraries it is built on (for About and --version).
struct AppInfo
{
    static QString name(); // "PSV Inspector"
    static QString version(); // project version
    static QString organization(); // for QSettings / data paths
    static QString qtVersion(); // runtime Qt version
    static QString kArchiveVersion(); // KF6 KArchive version built against
    static QString openSslVersion(); // runtime OpenSSL version string
    static QString qrencodeVersion();
    static void setApplicationIdentity(); // QCoreApplication names, used by QSettings/QStandardPaths
};

} // namespace psv
