#include "IsoTime.h"

#include "Clock.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace psv {

QString IsoTime::format(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString IsoTime::format(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue IsoTime::json(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(format(time)) : QJsonValue();
}

QJsonValue IsoTime::json(const QDate &date)
{
    return date.isValid() ? QJsonValue(format(date)) : QJsonValue();
}

QDateTime IsoTime::parseTime(const QString &text)
{
    // A time without an explicit zone would depend on the machine's zone: refuse it.
    static const QRegularExpression zone(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    if (!zone.match(text).hasMatch())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QDate IsoTime::parseDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

QDateTime IsoTime::nowUtc()
{
    return Clock::nowUtc();
}

} // namespace psv
