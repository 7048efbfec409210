#include "AppInfo.h"

#include <QCoreApplication>
#include <qrencode.h>

#include <karchive_version.h>
#include <openssl/crypto.h>

namespace psv {

QString AppInfo::name()
{
    return QStringLiteral("PSV Inspector");
}
QString AppInfo::version()
{
    return QStringLiteral(PSV_VERSION);
}
QString AppInfo::organization()
{
    return QStringLiteral("psv-inspector");
}
QString AppInfo::qtVersion()
{
    return QString::fromLatin1(qVersion());
}
QString AppInfo::kArchiveVersion()
{
    return QStringLiteral(KARCHIVE_VERSION_STRING);
}
QString AppInfo::openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

QString AppInfo::qrencodeVersion()
{
    int major = 0, minor = 0, micro = 0;
    QRcode_APIVersion(&major, &minor, &micro);
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(micro);
}

void AppInfo::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(organization());
    QCoreApplication::setApplicationName(QStringLiteral("psv-inspector"));
    QCoreApplication::setApplicationVersion(version());
}

} // namespace psv
