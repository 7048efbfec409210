#include "JsonDiff.h"

#include <QSet>

namespace psv {

QJsonObject JsonDiff::changes(const QJsonObject &before, const QJsonObject &after, const QStringList &ignore)
{
    QSet<QString> keys;
    for (auto it = before.begin(); it != before.end(); ++it)
        keys.insert(it.key());
    for (auto it = after.begin(); it != after.end(); ++it)
        keys.insert(it.key());
    QJsonObject out;
    for (const QString &k : std::as_const(keys)) {
        if (ignore.contains(k))
            continue;
        const QJsonValue a = before.value(k);
        const QJsonValue b = after.value(k);
        if (a != b)
            out.insert(k, QJsonObject {{QStringLiteral("from"), a}, {QStringLiteral("to"), b}});
    }
    return out;
}

} // namespace psv
