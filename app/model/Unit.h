#pragma once

#include "Codes.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace psv {

// 公共安全视频系统管理单位: the unit that runs one or more video systems.
struct Unit
{
    QString id; // UUID
    QString name;
    UnitType type = UnitType::Enterprise;
    QString uscc; // 统一社会信用代码, normalised; empty only for an individual
    QString address;
    QString contactPerson;
    QString contactPhone;
    QString policeStation; // the police station responsible (派出所)
    QString countyOrgan; // the county-level public-security organ responsible (备案机关)
    QDateTime createdAt;
    QDateTime updatedAt;
    QString hlc; // hybrid logical clock of the last change (for sync)

    // Checks the fields a person enters; returns the copy to store (USCC normalised, text trimmed).
    Result<Unit> validated() const;
    QJsonObject toJson() const;
    static Result<Unit> fromJson(const QJsonObject &json);
};

} // namespace psv
