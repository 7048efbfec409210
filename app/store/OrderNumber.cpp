#include "OrderNumber.h"

#include "Sql.h"
#include "WriteScope.h"

#include <QSqlQuery>

namespace psv {

QString OrderNumber::format(const QString &deviceId, int year, qint64 sequence)
{
    return QStringLiteral("%1-%2-Z%3").arg(deviceId).arg(year).arg(sequence, 4, 10, QLatin1Char('0'));
}

Result<QString> OrderNumber::allocate(WriteScope &scope, int year)
{
    const QString key = scope.deviceId() + QStringLiteral("/order");
    QSqlQuery q(scope.sql());
    if (Status s = Sql::run(q,
            QStringLiteral("INSERT INTO number_sequences (device_id, year, last) VALUES (?, ?, 1) "
                           "ON CONFLICT (device_id, year) DO UPDATE SET last = last + 1"),
            {key, year});
        !s)
        return s.error();
    if (Status s = Sql::run(
            q, QStringLiteral("SELECT last FROM number_sequences WHERE device_id = ? AND year = ?"), {key, year});
        !s)
        return s.error();
    if (!q.next())
        return makeError(QStringLiteral("order number sequence missing"), {}, 3);
    return format(scope.deviceId(), year, q.value(0).toLongLong());
}

} // namespace psv
