#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace psv {

// The one text form of dates and times in the store, JSON and hashes: dates as YYYY-MM-DD, times
// in UTC with milliseconds and a Z ("2026-03-01T08:15:00.000Z"). Invalid values become null / "".
class IsoTime
{
public:
    static QString format(const QDateTime &time);
    static QString format(const QDate &date);
    static QJsonValue json(const QDateTime &time); // null when invalid
    static QJsonValue json(const QDate &date);
    static QDateTime parseTime(const QString &text); // invalid unless ISO 8601 with a time zone
    static QDate parseDate(const QString &text); // invalid unless YYYY-MM-DD
    static QDateTime nowUtc(); // truncated to milliseconds
};

} // namespace psv
