// Runs the real psvctl binary against a data directory (for CLI tests of every module).
#pragma once

#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

struct PsvctlRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

inline PsvctlRun runPsvctl(const QString &dataDir, const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    QStringList all;
    if (!dataDir.isEmpty())
        all << QStringLiteral("--data-dir") << dataDir;
    all << QStringLiteral("--lang") << QStringLiteral("en") << args;
    p.start(QStringLiteral(PSV_BIN_DIR "/psvctl"), all);
    p.waitForStarted();
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    PsvctlRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
