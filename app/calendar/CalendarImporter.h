// Imports a new year's official calendar (State Council notice) into DATA/calendars/cn-YYYY.txt.
// The file is validated completely first; every problem is reported with its line number and what
// was expected, and nothing is written unless it is valid.
#pragma once

#include "CalendarFile.h"
#include "Result.h"
#include "WorkCalendar.h"

#include <QList>
#include <QString>

namespace psv {

struct CalendarValidation
{
    QString fileName; // as given, for messages
    QByteArray content; // the bytes validated (and written by importFile)
    YearCalendar calendar;
    QList<CalendarProblem> problems;
    bool ok() const { return problems.isEmpty(); }
    // All problems in one error (one per line, "FILE:LINE: message"), code 1; or an IO error, code 3.
    Error error() const;
    int errorCode = 1;
};

struct CalendarImport
{
    YearCalendar calendar;
    QString path; // where it was written
    CalendarSource replaced; // what the year had before (Missing when it was new)
};

class CalendarImporter
{
public:
    explicit CalendarImporter(QString dataDir);

    // Reads and validates FILE against this device's calendars; writes nothing. A year that already has
    // a calendar (built-in or imported) is a problem unless `replace` is set.
    CalendarValidation validateFile(const QString &path, bool replace = false) const;
    CalendarValidation validate(const QByteArray &content, const QString &fileName, bool replace = false) const;

    // Validates and, only when valid, writes the file's bytes atomically to DATA/calendars/cn-YYYY.txt.
    Result<CalendarImport> importFile(const QString &path, bool replace = false) const;

    QString targetPath(int year) const;

private:
    QString m_dataDir;
};

} // namespace psv
