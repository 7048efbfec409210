// What a refused action must leave as it was, seen from the test's own open connection: the store's
// full content (sqlite3 .dump, which reads the write-ahead log too) and the data directory's files.
// (The raw bytes of psv.sqlite are no measure while the test holds the store open in WAL mode: they
// change when the log is checkpointed. The psvctl tests compare them, as psvctl closes the store.)
#pragma once

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QString>

inline QString storeContent(const QString &dataDir)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {QDir(dataDir).filePath(QStringLiteral("psv.sqlite")), QStringLiteral(".dump")});
    p.waitForFinished(60000);
    const QByteArray dump = p.readAllStandardOutput();
    const QStringList files = QDir(dataDir).entryList(QDir::Files, QDir::Name);
    return QString::fromLatin1(QCryptographicHash::hash(dump, QCryptographicHash::Sha256).toHex() + ' '
               + QByteArray::number(dump.size()))
        + u' ' + files.join(u',');
}
