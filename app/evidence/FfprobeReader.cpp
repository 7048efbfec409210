#include "FfprobeReader.h"

#include "EvidenceLogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <fcntl.h>
#include <unistd.h>

namespace psv {

namespace {
const QStringList kDateTags = {QStringLiteral("creation_time"), QStringLiteral("com.apple.quicktime.creationdate"),
    QStringLiteral("date"), QStringLiteral("DATE_RECORDED"), QStringLiteral("DATE")};

std::optional<QDateTime> fromTags(const QJsonObject &tags)
{
    for (const QString &key : kDateTags) {
        for (auto it = tags.begin(); it != tags.end(); ++it) {
            if (it.key().compare(key, Qt::CaseInsensitive) != 0)
                continue;
            if (const std::optional<QDateTime> at = FfprobeReader::parseDate(it.value().toString()))
                return at;
        }
    }
    return std::nullopt;
}
} // namespace

QString FfprobeReader::program()
{
    return QStandardPaths::findExecutable(QStringLiteral("ffprobe"));
}

std::optional<QDateTime> FfprobeReader::parseDate(const QString &raw)
{
    QString text = raw.trimmed();
    if (text.size() >= 19 && text[10] == u' ')
        text[10] = u'T';
    // "+0800" → "+08:00"; fractions beyond milliseconds are dropped.
    static const QRegularExpression offset(QStringLiteral("([+-])(\\d{2})(\\d{2})$"));
    text.replace(offset, QStringLiteral("\\1\\2:\\3"));
    static const QRegularExpression fraction(QStringLiteral("(\\.\\d{3})\\d+"));
    text.replace(fraction, QStringLiteral("\\1"));
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid() || at.date().year() < 1980) // 1904/1970 are "no date" written as zero
        return std::nullopt;
    return at;
}

std::optional<QDateTime> FfprobeReader::fromJson(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (const std::optional<QDateTime> at
        = fromTags(root.value(QStringLiteral("format")).toObject().value(QStringLiteral("tags")).toObject()))
        return at;
    for (const QJsonValue &stream : root.value(QStringLiteral("streams")).toArray())
        if (const std::optional<QDateTime> at = fromTags(stream.toObject().value(QStringLiteral("tags")).toObject()))
            return at;
    return std::nullopt;
}

std::optional<QDateTime> FfprobeReader::creationTime(int fd, int timeoutMs)
{
    const QString ffprobe = program();
    if (ffprobe.isEmpty() || fd < 0)
        return std::nullopt;
    ::lseek(fd, 0, SEEK_SET);
    QProcess process;
    process.setProgram(ffprobe);
    process.setArguments({QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-fd"), QStringLiteral("3"),
        QStringLiteral("-show_entries"), QStringLiteral("format_tags:stream_tags"), QStringLiteral("-of"),
        QStringLiteral("json"), QStringLiteral("fd:")});
    process.setChildProcessModifier([fd] {
        if (fd == 3)
            ::fcntl(3, F_SETFD, 0);
        else
            ::dup2(fd, 3); // the duplicate does not inherit close-on-exec
    });
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        qCInfo(lcEvidence) << "ffprobe did not finish";
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return fromJson(process.readAllStandardOutput());
}

} // namespace psv
