#include "EntryPath.h"

#include "BundleFormat.h"
#include "TarHeader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace psv {

QString EntryPath::printable(const QByteArray &raw)
{
    QString out;
    for (const QChar c : QString::fromUtf8(raw)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

Result<QString> EntryPath::check(const QByteArray &raw)
{
    const auto refuse = [&](const QString &why) {
        return makeError(why, printable(raw));
    };
    if (raw.isEmpty())
        return refuse(tr("An archive entry has an empty name."));
    if (raw.size() > 255)
        return refuse(tr("The entry name is longer than 255 bytes."));
    if (raw.contains('\0'))
        return refuse(tr("The entry name contains a NUL byte."));
    if (raw.contains('\\'))
        return refuse(tr("The entry name contains a backslash; only '/' separates directories in a bundle."));
    if (raw.startsWith('/'))
        return refuse(tr("The entry name is an absolute path; a bundle holds only relative names."));
    if (raw.size() >= 2 && raw.at(1) == ':' && QChar::isLetter(uchar(raw.at(0))))
        return refuse(tr("The entry name starts with a drive letter; a bundle holds only relative names."));
    for (const char c : raw) {
        if (uchar(c) < 0x20 || uchar(c) == 0x7f)
            return refuse(tr("The entry name contains a control character."));
    }
    for (const QByteArray &part : raw.split('/')) {
        if (part.isEmpty())
            return refuse(tr("The entry name has an empty component (\"//\" or a trailing \"/\")."));
        if (part == "..")
            return refuse(tr("The entry name contains \"..\"; it would point outside the bundle."));
        if (part == ".")
            return refuse(tr("The entry name contains a \".\" component."));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString name = utf8.decode(raw);
    if (utf8.hasError())
        return refuse(tr("The entry name is not valid UTF-8."));
    return name;
}

Result<QString> EntryPath::checkEntry(const TarHeader &h)
{
    const QString name = printable(h.name);
    const QString target = printable(h.linkName);
    switch (h.typeFlag) {
    case '0':
        break;
    case '1':
        return makeError(
            tr("The entry is a hard link (to \"%1\"); a bundle holds only regular files.").arg(target), name);
    case '2':
        return makeError(
            tr("The entry is a symbolic link (to \"%1\"); a bundle holds only regular files.").arg(target), name);
    case '3':
    case '4':
        return makeError(tr("The entry is a device node; a bundle holds only regular files."), name);
    case '5':
        return makeError(tr("The entry is a directory; a bundle holds only regular files."), name);
    case '6':
        return makeError(tr("The entry is a FIFO; a bundle holds only regular files."), name);
    case 'L':
    case 'K':
    case 'x':
    case 'g':
        return makeError(tr("The entry is an extended header (long name or pax); bundles do not use them."), name);
    default:
        return makeError(tr("The entry has the unsupported tar type '%1'; a bundle holds only regular files.")
                             .arg(QString::fromLatin1(&h.typeFlag, 1)),
            name);
    }
    const quint32 kind = h.mode & 0170000;
    if (kind != 0 && kind != 0100000)
        return makeError(
            tr("The entry's mode marks it as a link or special file; a bundle holds only regular files."), name);
    if (!h.linkName.isEmpty())
        return makeError(tr("The entry is a regular file but names a link target; the bundle has been altered."), name);
    return check(h.name);
}

bool EntryPath::isValidRecordType(const QString &type)
{
    if (type.isEmpty() || type.size() > 32 || !(type.at(0) >= u'a' && type.at(0) <= u'z'))
        return false;
    for (const QChar c : type) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    }
    return true;
}

bool EntryPath::isSha256Hex(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (const QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QString EntryPath::recordsPath(const QString &type)
{
    return QLatin1String(bundle::RecordsDir) + type + QLatin1String(bundle::RecordsSuffix);
}

QString EntryPath::blobPath(const QString &sha256)
{
    return QLatin1String(bundle::BlobsDir) + sha256;
}

QString EntryPath::recordTypeOf(const QString &path)
{
    const QLatin1String dir(bundle::RecordsDir), suffix(bundle::RecordsSuffix);
    if (!path.startsWith(dir) || !path.endsWith(suffix))
        return {};
    const QString type = path.sliced(dir.size(), path.size() - dir.size() - suffix.size());
    return isValidRecordType(type) ? type : QString();
}

QString EntryPath::blobHashOf(const QString &path)
{
    const QLatin1String dir(bundle::BlobsDir);
    if (!path.startsWith(dir))
        return {};
    const QString hash = path.sliced(dir.size());
    return isSha256Hex(hash) ? hash : QString();
}

} // namespace psv
