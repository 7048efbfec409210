// What a refused psvctl command must leave exactly as it was: the store file's bytes, its full
// content (sqlite3 .dump) and the files in the data directory.
#pragma once

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>

inline QString storeState(const QString &dataDir)
{
    QFile f(QDir(dataDir).filePath(QStringLiteral("psv.sqlite")));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("<no store>");
    const QByteArray bytes = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
    f.close();
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {f.fileName(), QStringLiteral(".dump")});
    p.waitForFinished(60000);
    const QByteArray dump = p.readAllStandardOutput();
    const QByteArray dumpHash = QCryptographicHash::hash(dump, QCryptographicHash::Sha256).toHex();
    const QStringList files = QDir(dataDir).entryList(QDir::Files, QDir::Name);
    return QString::fromLatin1(bytes + ' ' + dumpHash + ' ' + QByteArray::number(dump.size())) + u' '
        + files.join(u',');
}

inline QString sqlite3(const QString &dataDir, const QString &sql, int *exitCode = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {QDir(dataDir).filePath(QStringLiteral("psv.sqlite")), sql});
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
}
