#include "FileNamePatterns.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace psv {

namespace {
const auto kFormat = QLatin1String("psv-evidence-filename-patterns");
const QStringList kGroups = {QStringLiteral("device"), QStringLiteral("police"), QStringLiteral("date"),
    QStringLiteral("time"), QStringLiteral("seq")};

QString digits(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (c.isDigit())
            out += c;
    return out;
}
} // namespace

QString FileNamePatterns::builtInPath()
{
    return QStringLiteral(":/evidence/filename-patterns.json");
}

QString FileNamePatterns::overridePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("evidence-patterns.json"));
}

Result<FileNamePatterns> FileNamePatterns::builtIn()
{
    QFile file(builtInPath());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("The shipped file-name patterns are missing from the program."), builtInPath(), 3);
    return parse(file.readAll(), builtInPath());
}

Result<FileNamePatterns> FileNamePatterns::load(const QString &dataDir)
{
    Result<FileNamePatterns> shipped = builtIn();
    if (!shipped)
        return shipped;
    const QString path = overridePath(dataDir);
    if (!QFileInfo::exists(path))
        return shipped;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("The file-name pattern file cannot be read: %1").arg(file.errorString()), path, 3);
    Result<FileNamePatterns> local = parse(file.readAll(), path);
    if (!local)
        return local;
    FileNamePatterns merged = local.value();
    if (!local->m_replace) {
        QSet<QString> ids;
        for (const FileNamePattern &p : std::as_const(merged.m_patterns))
            ids.insert(p.id);
        for (const FileNamePattern &p : shipped->m_patterns)
            if (!ids.contains(p.id))
                merged.m_patterns << p;
    }
    merged.m_replace = false;
    return merged;
}

Result<FileNamePatterns> FileNamePatterns::parse(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(tr("The file-name pattern file is not valid JSON (%1 at character %2).")
                             .arg(parseError.errorString())
                             .arg(parseError.offset),
            origin, 1);
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat
        || root.value(QStringLiteral("version")).toInt() != 1)
        return makeError(
            tr("The file-name pattern file must have \"format\": \"%1\" and \"version\": 1.").arg(kFormat), origin, 1);
    const QString mode = root.value(QStringLiteral("mode")).toString(QStringLiteral("prepend"));
    if (mode != QLatin1String("prepend") && mode != QLatin1String("replace"))
        return makeError(tr("\"mode\" must be \"prepend\" or \"replace\", not \"%1\".").arg(mode), origin, 1);
    const QJsonArray list = root.value(QStringLiteral("patterns")).toArray();
    if (list.isEmpty())
        return makeError(
            tr("The file-name pattern file lists no patterns (expected a non-empty \"patterns\" array)."), origin, 1);
    FileNamePatterns out;
    out.m_replace = mode == QLatin1String("replace");
    QSet<QString> ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = origin + QStringLiteral(" /patterns/%1").arg(i);
        Result<FileNamePattern> pattern = parsePattern(list.at(i).toObject(), where);
        if (!pattern)
            return pattern.error();
        if (ids.contains(pattern->id))
            return makeError(tr("The pattern id \"%1\" is used twice.").arg(pattern->id), where, 1);
        ids.insert(pattern->id);
        pattern.value().origin = origin;
        out.m_patterns << pattern.value();
    }
    return out;
}

Result<FileNamePattern> FileNamePatterns::parsePattern(const QJsonObject &object, const QString &where)
{
    FileNamePattern p;
    p.id = object.value(QStringLiteral("id")).toString();
    p.description = object.value(QStringLiteral("description")).toString();
    for (const QJsonValue &v : object.value(QStringLiteral("examples")).toArray())
        p.examples << v.toString();
    if (p.id.isEmpty())
        return makeError(tr("A pattern has no \"id\"."), where, 1);
    p.regex = QRegularExpression(
        object.value(QStringLiteral("regex")).toString(), QRegularExpression::CaseInsensitiveOption);
    if (p.regex.pattern().isEmpty() || !p.regex.isValid())
        return makeError(tr("The regular expression of pattern \"%1\" is not valid: %2 (at offset %3).")
                             .arg(p.id, p.regex.errorString())
                             .arg(p.regex.patternErrorOffset()),
            where, 1);
    QStringList groups = p.regex.namedCaptureGroups();
    groups.removeAll(QString());
    for (const QString &g : std::as_const(groups))
        if (!kGroups.contains(g))
            return makeError(tr("Pattern \"%1\" uses the unknown group \"%2\"; the groups are: %3.")
                                 .arg(p.id, g, kGroups.join(QStringLiteral(", "))),
                where, 1);
    if (groups.contains(QStringLiteral("date")) != groups.contains(QStringLiteral("time")))
        return makeError(
            tr("Pattern \"%1\" must have both a \"date\" and a \"time\" group, or neither.").arg(p.id), where, 1);
    const QString zone = object.value(QStringLiteral("timeZone")).toString(QStringLiteral("local"));
    if (zone == QLatin1String("local"))
        p.timeZone = QTimeZone(QTimeZone::LocalTime);
    else if (zone.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0)
        p.timeZone = QTimeZone(QTimeZone::UTC);
    else
        p.timeZone = QTimeZone(zone.toUtf8());
    if (!p.timeZone.isValid())
        return makeError(tr("Pattern \"%1\" has an unknown time zone \"%2\" (expected \"local\", \"UTC\" or an IANA "
                            "id such as \"Asia/Shanghai\").")
                             .arg(p.id, zone),
            where, 1);
    return p;
}

std::optional<QDateTime> FileNamePatterns::dateTime(const QString &date, const QString &time, const QTimeZone &zone)
{
    const QString d = digits(date);
    const QString t = digits(time);
    QDate day;
    if (d.size() == 8)
        day = QDate(d.left(4).toInt(), d.mid(4, 2).toInt(), d.mid(6, 2).toInt());
    else if (d.size() == 6)
        day = QDate(2000 + d.left(2).toInt(), d.mid(2, 2).toInt(), d.mid(4, 2).toInt());
    QTime clock;
    if (t.size() == 6)
        clock = QTime(t.left(2).toInt(), t.mid(2, 2).toInt(), t.mid(4, 2).toInt());
    else if (t.size() == 4)
        clock = QTime(t.left(2).toInt(), t.mid(2, 2).toInt());
    if (!day.isValid() || !clock.isValid())
        return std::nullopt;
    const QDateTime at(day, clock, zone);
    if (!at.isValid())
        return std::nullopt;
    return at;
}

std::optional<FileNameMatch> FileNamePatterns::match(const QString &fileName) const
{
    for (const FileNamePattern &p : m_patterns) {
        const QRegularExpressionMatch m = p.regex.match(fileName);
        if (!m.hasMatch() || m.capturedLength() != fileName.size())
            continue;
        FileNameMatch out;
        out.patternId = p.id;
        out.device = m.captured(QStringLiteral("device"));
        out.police = m.captured(QStringLiteral("police"));
        out.sequence = m.captured(QStringLiteral("seq"));
        if (p.regex.namedCaptureGroups().contains(QStringLiteral("date"))) {
            const std::optional<QDateTime> at
                = dateTime(m.captured(QStringLiteral("date")), m.captured(QStringLiteral("time")), p.timeZone);
            if (!at)
                continue; // e.g. 20261399: not this pattern
            out.time = *at;
        }
        return out;
    }
    return std::nullopt;
}

} // namespace psv
