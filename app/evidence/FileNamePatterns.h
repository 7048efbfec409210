#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace psv {

struct FileNamePattern
{
    QString id;
    QString description;
    QStringList examples;
    QRegularExpression regex; // case-insensitive; named groups device, police, date, time, seq
    QTimeZone timeZone; // the clock the camera named files by
    QString origin; // the file it came from
};

struct FileNameMatch
{
    QString patternId;
    QString device; // device number (设备编号), may be empty
    QString police; // police number (警号), may be empty
    QString sequence; // as written, may be empty
    QDateTime time; // invalid when the pattern carries no date and time
};

// The configurable file-name patterns of body-camera files (see resources/evidence/
// filename-patterns.json for the shipped ones and the format). Vendors name files differently
// and GA/T 947's naming is not public, so the shipped set covers common layouts only:
//   device-police-datetime-seq  DSJ-A7F301_012345_20260305143012_0001.MP4
//   police-date-time-seq        012345_20260305_143012_0001.MP4
//   prefix-date-time-seq        VID_20260305_143012.mp4, 20260305_143012_0001.MP4
//   device-datetime-seq         DSJA7F301_20260305143012_0003.MP4
//   dcf-sequence                DSCF0001.JPG (sequence only; the time comes from elsewhere)
// DATA/evidence-patterns.json (same format) is tried first; an entry with a shipped id replaces
// it, and "mode": "replace" drops the shipped set.
class FileNamePatterns
{
    Q_DECLARE_TR_FUNCTIONS(FileNamePatterns)

public:
    static QString builtInPath(); // the resource
    static QString overridePath(const QString &dataDir); // DATA/evidence-patterns.json
    static Result<FileNamePatterns> builtIn();
    // The shipped patterns with DATA/evidence-patterns.json applied when it exists; a broken
    // override is an error naming the file (nothing is guessed).
    static Result<FileNamePatterns> load(const QString &dataDir);
    static Result<FileNamePatterns> parse(const QByteArray &json, const QString &origin);

    // The first pattern that matches the whole name with a valid date and time (or without
    // date and time groups at all).
    std::optional<FileNameMatch> match(const QString &fileName) const;
    const QList<FileNamePattern> &patterns() const { return m_patterns; }

private:
    static Result<FileNamePattern> parsePattern(const QJsonObject &object, const QString &where);
    static std::optional<QDateTime> dateTime(const QString &date, const QString &time, const QTimeZone &zone);

    QList<FileNamePattern> m_patterns;
    bool m_replace = false; // parse(): "mode": "replace"
};

} // namespace psv
