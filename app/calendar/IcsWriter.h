// iCalendar (RFC 5545) export of re-inspection dates for an officer's calendar: one all-day VEVENT per
// re-inspection, CRLF line endings, lines folded at 75 octets without splitting a UTF-8 sequence, TEXT
// values escaped (\\ ; , and newlines).
#pragma once

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace psv {

struct IcsEvent
{
    QString uid; // stable across exports, e.g. "reinspection-<order id>@psv-inspector"
    QString summary;
    QString description;
    QDate date; // all-day event on this date
    QString location;
};

class IcsWriter
{
public:
    // The VCALENDAR text; `stamp` (UTC) becomes every event's DTSTAMP (default: now).
    static QByteArray render(const QList<IcsEvent> &events, const QDateTime &stamp = {});
    // Refuses events without uid/summary/valid date (code 1); writes atomically (code 3 on IO errors).
    static Status write(const QString &path, const QList<IcsEvent> &events, const QDateTime &stamp = {});

    static QByteArray escapeText(const QString &text); // RFC 5545 §3.3.11
    static QByteArray fold(const QByteArray &line); // RFC 5545 §3.1, CRLF + space, ≤ 75 octets per line
};

} // namespace psv
