#include "InspectionNumber.h"

#include "Sql.h"
#include "WriteScope.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace psv {

QString InspectionNumber::format(const QString &deviceId, int year, qint64 sequence)
{
    return QStringLiteral("%1-%2-%3").arg(deviceId).arg(year).arg(sequence, 4, 10, QLatin1Char('0'));
}

Result<QString> InspectionNumber::allocate(WriteScope &scope, int year)
{
    QSqlQuery q(scope.sql());
    if (Status s = Sql::run(q,
            QStringLiteral("INSERT INTO number_sequences (device_id, year, last) VALUES (?, ?, 1) "
                           "ON CONFLICT (device_id, year) DO UPDATE SET last = last + 1"),
            {scope.deviceId(), year});
        !s)
        return s.error();
    if (Status s = Sql::run(q, QStringLiteral("SELECT last FROM number_sequences WHERE device_id = ? AND year = ?"),
            {scope.deviceId(), year});
        !s)
        return s.error();
    if (!q.next())
        return makeError(QStringLiteral("number sequence missing"), {}, 3);
    return format(scope.deviceId(), year, q.value(0).toLongLong());
}

bool InspectionNumber::looksLikeNumber(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-F]{4}-\\d{4}-\\d{4,}$"));
    return re.match(text).hasMatch();
}

bool InspectionNumber::looksLikePrefix(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-F]{4}(-(\\d{1,4}(-\\d*)?)?)?$"));
    return re.match(text).hasMatch();
}

} // namespace psv
