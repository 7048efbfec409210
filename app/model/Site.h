#pragma once

#include "Codes.h"
#include "FilingDeadline.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace psv {

// 公共安全视频系统: one video system of a unit, with what was declared when it was filed (备案),
// so that "the filing information is true" (Rules Art. 10 item 4) can be compared on site.
struct Site
{
    QString id; // UUID
    QString unitId;
    QString name;
    QString address;
    std::optional<double> latitude; // WGS-84 degrees
    std::optional<double> longitude;
    PlaceCategory category = PlaceCategory::Art7_2_1;
    QDate inUseSince; // put into use (投入使用); invalid when unknown
    int cameraCount = 0;
    QStringList cameraTypes;
    std::optional<int> retentionDays; // declared storage period
    FilingStatus filingStatus = FilingStatus::NotFiled;
    QString filingNumber;
    QDate filingDate;
    std::optional<int> filedCameraCount;
    std::optional<int> filedRetentionDays;
    QString jurisdiction; // administrative division (e.g. "500000" or "重庆市"); selects local checklist packs
    QDateTime createdAt;
    QDateTime updatedAt;
    QString hlc;

    FilingDeadline filingDeadline(const std::function<QDate(QDate)> &rollForward = {}) const
    {
        return FilingDeadline::compute(inUseSince, category, rollForward);
    }

    Result<Site> validated() const; // trimmed copy, or the first problem with its field
    QJsonObject toJson() const;
    static Result<Site> fromJson(const QJsonObject &json);
};

} // namespace psv
