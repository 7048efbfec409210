#pragma once

#include "Codes.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace psv {

// A police officer who signs in on this device and inspects. The sign-in secret is stored only as
// an Argon2id hash by the store (never in this value, never in JSON).
struct Officer
{
    QString id; // UUID
    QString name;
    QString policeNumber; // 警号
    QString unitName; // the officer's police unit (e.g. a police station)
    OfficerRole role = OfficerRole::Station;
    bool active = true;
    bool hasSecret = false; // read from the store; whether sign-in needs a secret
    QDateTime createdAt;
    QDateTime updatedAt;
    QString hlc;

    Result<Officer> validated() const;
    QJsonObject toJson() const;
    static Result<Officer> fromJson(const QJsonObject &json);
};

} // namespace psv
