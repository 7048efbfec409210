#include "IcsWriter.h"

#include "AppInfo.h"
#include "AtomicFile.h"

#include <QCoreApplication>
#include <QSet>

namespace psv {

namespace {

constexpr qsizetype kMaxOctets = 75; // RFC 5545 §3.1, excluding the CRLF

QByteArray property(const char *name, const QByteArray &value)
{
    return IcsWriter::fold(QByteArray(name) + ':' + value);
}

QByteArray icsDate(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

} // namespace

QByteArray IcsWriter::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == u'\t' || c.unicode() >= 0x20) {
            if (c.unicode() != 0x7f)
                out += c;
        }
    }
    return out.toUtf8();
}

QByteArray IcsWriter::fold(const QByteArray &line)
{
    QByteArray out;
    qsizetype pos = 0;
    qsizetype room = kMaxOctets;
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        // Never split a UTF-8 sequence: back off while the byte at the cut continues a character.
        while (cut > pos && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        room = kMaxOctets - 1; // the leading space counts
    }
    out += line.mid(pos);
    out += "\r\n";
    return out;
}

QByteArray IcsWriter::render(const QList<IcsEvent> &events, const QDateTime &stamp)
{
    const QDateTime when = (stamp.isValid() ? stamp : QDateTime::currentDateTimeUtc()).toUTC();
    const QByteArray dtstamp = when.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    QByteArray out;
    out += property("BEGIN", "VCALENDAR");
    out += property("VERSION", "2.0");
    out += property("PRODID",
        escapeText(QStringLiteral("-//PSV Inspector//PSV Inspector ") + AppInfo::version() + QStringLiteral("//ZH")));
    out += property("CALSCALE", "GREGORIAN");
    out += property("METHOD", "PUBLISH");
    out += property("X-WR-CALNAME", escapeText(QCoreApplication::translate("IcsWriter", "Re-inspections")));
    for (const IcsEvent &e : events) {
        out += property("BEGIN", "VEVENT");
        out += property("UID", escapeText(e.uid));
        out += property("DTSTAMP", dtstamp);
        out += property("DTSTART;VALUE=DATE", icsDate(e.date));
        out += property("DTEND;VALUE=DATE", icsDate(e.date.addDays(1)));
        out += property("SUMMARY", escapeText(e.summary));
        if (!e.description.isEmpty())
            out += property("DESCRIPTION", escapeText(e.description));
        if (!e.location.isEmpty())
            out += property("LOCATION", escapeText(e.location));
        out += property("TRANSP", "TRANSPARENT");
        out += property("END", "VEVENT");
    }
    out += property("END", "VCALENDAR");
    return out;
}

Status IcsWriter::write(const QString &path, const QList<IcsEvent> &events, const QDateTime &stamp)
{
    QSet<QString> uids;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const IcsEvent &e = events[i];
        const QString where = QStringLiteral("events[%1]").arg(i);
        if (e.uid.trimmed().isEmpty())
            return makeError(
                QCoreApplication::translate("IcsWriter", "The event has no UID; expected a stable unique id."), where);
        if (uids.contains(e.uid))
            return makeError(QCoreApplication::translate("IcsWriter",
                                 "The UID '%1' is used by more than one event; expected "
                                 "each event to have its own.")
                                 .arg(e.uid),
                where);
        uids.insert(e.uid);
        if (e.summary.trimmed().isEmpty())
            return makeError(
                QCoreApplication::translate("IcsWriter", "The event has no summary; expected a title."), where);
        if (!e.date.isValid())
            return makeError(QCoreApplication::translate("IcsWriter",
                                 "The event has no valid date; expected the re-inspection "
                                 "date."),
                where);
    }
    return AtomicFile::write(path, render(events, stamp));
}

} // namespace psv
