#include "CalendarImporter.h"

#include "AtomicFile.h"
#include "CalendarLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace psv {

namespace {
constexpr qint64 kMaxFileSize = 256 * 1024; // a notice lists a few dozen days
}

Error CalendarValidation::error() const
{
    QStringList lines;
    for (const CalendarProblem &p : problems)
        lines.append(p.text(fileName));
    const QString head = QCoreApplication::translate("CalendarImporter",
        "The calendar was not imported; %1 problem(s) to correct, "
        "nothing was written:")
                             .arg(problems.size());
    return makeError(head + u'\n' + lines.join(u'\n'), fileName, errorCode);
}

CalendarImporter::CalendarImporter(QString dataDir) : m_dataDir(std::move(dataDir)) { }

QString CalendarImporter::targetPath(int year) const
{
    return QDir(WorkCalendar::calendarsDir(m_dataDir)).filePath(CalendarFile::fileNameForYear(year));
}

CalendarValidation CalendarImporter::validateFile(const QString &path, bool replace) const
{
    QFile f(path);
    const QFileInfo info(path);
    auto failed = [&](const QString &message, int code) {
        CalendarValidation v;
        v.fileName = path;
        v.problems.append({0, message});
        v.errorCode = code;
        return v;
    };
    if (!info.exists())
        return failed(QCoreApplication::translate(
                          "CalendarImporter", "The file does not exist; expected the path of a calendar file."),
            3);
    if (!info.isFile())
        return failed(QCoreApplication::translate(
                          "CalendarImporter", "This is not a regular file; expected a calendar text file."),
            1);
    if (info.size() > kMaxFileSize)
        return failed(QCoreApplication::translate("CalendarImporter",
                          "The file is %1 bytes long; a calendar file is expected to be "
                          "at most %2 bytes.")
                          .arg(info.size())
                          .arg(kMaxFileSize),
            1);
    if (!f.open(QIODevice::ReadOnly))
        return failed(
            QCoreApplication::translate("CalendarImporter", "The file cannot be read: %1").arg(f.errorString()), 3);
    return validate(f.readAll(), path, replace);
}

CalendarValidation CalendarImporter::validate(const QByteArray &content, const QString &fileName, bool replace) const
{
    const CalendarParse parsed = CalendarFile::parse(content);
    CalendarValidation v;
    v.fileName = fileName;
    v.content = content;
    v.calendar = parsed.calendar;
    v.problems = parsed.problems;
    if (v.ok() && !replace) {
        const CalendarSource existing = WorkCalendar::load(m_dataDir).source(v.calendar.year);
        if (existing == CalendarSource::BuiltIn)
            v.problems.append({0,
                QCoreApplication::translate("CalendarImporter",
                    "A calendar for %1 is already built in; importing "
                    "another one for %1 must be asked for as a "
                    "replacement.")
                    .arg(v.calendar.year)});
        else if (existing == CalendarSource::Imported)
            v.problems.append({0,
                QCoreApplication::translate("CalendarImporter",
                    "A calendar for %1 has already been imported (%2); "
                    "importing it again must be asked for as a "
                    "replacement.")
                    .arg(v.calendar.year)
                    .arg(targetPath(v.calendar.year))});
    }
    return v;
}

Result<CalendarImport> CalendarImporter::importFile(const QString &path, bool replace) const
{
    const CalendarValidation v = validateFile(path, replace);
    if (!v.ok())
        return v.error();
    const QString dir = WorkCalendar::calendarsDir(m_dataDir);
    if (!QDir().mkpath(dir))
        return makeError(QCoreApplication::translate("CalendarImporter",
                             "The calendars directory cannot be created; check that the "
                             "data directory is writable."),
            dir, 3);
    const CalendarSource before = WorkCalendar::load(m_dataDir).source(v.calendar.year);
    const QString target = targetPath(v.calendar.year);
    if (const Status s = AtomicFile::write(target, v.content); !s.ok())
        return s.error();
    qCInfo(lcCalendar) << "imported calendar" << v.calendar.year << "to" << target;
    return CalendarImport {v.calendar, target, before};
}

} // namespace psv
