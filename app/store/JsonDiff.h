#pragma once

#include <QJsonObject>
#include <QStringList>

namespace psv {

// The fields that differ between two JSON objects, as {"field": {"from": old, "to": new}} — the
// details of an "update" audit entry.
class JsonDiff
{
public:
    static QJsonObject changes(const QJsonObject &before, const QJsonObject &after,
        const QStringList &ignore = {QStringLiteral("updated_at"), QStringLiteral("hlc")});
};

} // namespace psv
