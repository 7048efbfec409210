#pragma once

#include "Codes.h"
#include "EvidenceLink.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace psv {

// The result of one checklist item in one inspection. Its identity is (inspection, item key); the
// item key is the checklist's item reference: "4" for item 4 of the national list, "PACK/N" for a
// local pack's item.
struct ItemResult
{
    QString inspectionId;
    QString itemKey;
    ItemStatus status = ItemStatus::NotChecked;
    QString observation; // what the officer saw, as text
    QJsonObject observations; // structured: e.g. {"cameras_seen": 12, "retention_days_found": 21}
    QList<EvidenceLink> evidence;
    QDateTime updatedAt;

    static bool isValidItemKey(const QString &key);
    Result<ItemResult> validated() const;
    QJsonObject toJson() const;
    static Result<ItemResult> fromJson(const QJsonObject &json);
};

} // namespace psv
