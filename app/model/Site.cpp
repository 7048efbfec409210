#include "Site.h"

#include "IsoTime.h"
#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace psv {

namespace {
QJsonValue opt(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
QJsonValue opt(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
std::optional<int> optInt(JsonReader &r, const QString &key)
{
    const auto v = r.integer(key);
    return v ? std::optional<int>(int(*v)) : std::nullopt;
}
} // namespace

Result<Site> Site::validated() const
{
    Site s = *this;
    s.name = name.trimmed();
    s.address = address.trimmed();
    s.filingNumber = filingNumber.trimmed();
    s.jurisdiction = jurisdiction.trimmed();
    for (QString &t : s.cameraTypes)
        t = t.trimmed();
    s.cameraTypes.removeAll(QString());
    if (s.unitId.isEmpty())
        return makeError(QCoreApplication::translate(
                             "Site", "The video system has no unit; every system belongs to the unit that manages it."),
            QStringLiteral("unit_id"));
    if (s.name.isEmpty())
        return makeError(QCoreApplication::translate("Site", "The video system's name is missing; it is required."),
            QStringLiteral("name"));
    if (latitude.has_value() != longitude.has_value())
        return makeError(QCoreApplication::translate(
                             "Site", "Only one GPS coordinate is given; give both latitude and longitude, or neither."),
            QStringLiteral("latitude"));
    if (latitude && (*latitude < -90 || *latitude > 90))
        return makeError(
            QCoreApplication::translate("Site", "The latitude %1 is out of range; expected -90 to 90 degrees.")
                .arg(*latitude),
            QStringLiteral("latitude"));
    if (longitude && (*longitude < -180 || *longitude > 180))
        return makeError(
            QCoreApplication::translate("Site", "The longitude %1 is out of range; expected -180 to 180 degrees.")
                .arg(*longitude),
            QStringLiteral("longitude"));
    if (cameraCount < 0)
        return makeError(QCoreApplication::translate("Site", "The camera count %1 is negative; expected 0 or more.")
                             .arg(cameraCount),
            QStringLiteral("camera_count"));
    if (retentionDays && *retentionDays < 0)
        return makeError(QCoreApplication::translate(
                             "Site", "The retention period %1 is negative; expected a number of days, 0 or more.")
                             .arg(*retentionDays),
            QStringLiteral("retention_days"));
    if (filedCameraCount && *filedCameraCount < 0)
        return makeError(
            QCoreApplication::translate("Site", "The filed camera count %1 is negative; expected 0 or more.")
                .arg(*filedCameraCount),
            QStringLiteral("filed_camera_count"));
    if (filedRetentionDays && *filedRetentionDays < 0)
        return makeError(
            QCoreApplication::translate("Site", "The filed retention period %1 is negative; expected 0 or more days.")
                .arg(*filedRetentionDays),
            QStringLiteral("filed_retention_days"));
    if (filingStatus == FilingStatus::NotFiled
        && (!s.filingNumber.isEmpty() || filingDate.isValid() || filedCameraCount || filedRetentionDays))
        return makeError(QCoreApplication::translate("Site",
                             "Filing details are given but the filing status is 'not-filed'; set the status to "
                             "'filed' or leave the filing details out."),
            QStringLiteral("filing_status"));
    return s;
}

QJsonObject Site::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("unit_id"), unitId},
        {QStringLiteral("name"), name},
        {QStringLiteral("address"), address},
        {QStringLiteral("latitude"), opt(latitude)},
        {QStringLiteral("longitude"), opt(longitude)},
        {QStringLiteral("category"), toCode(category)},
        {QStringLiteral("in_use_since"), IsoTime::json(inUseSince)},
        {QStringLiteral("camera_count"), cameraCount},
        {QStringLiteral("camera_types"), QJsonArray::fromStringList(cameraTypes)},
        {QStringLiteral("retention_days"), opt(retentionDays)},
        {QStringLiteral("filing_status"), toCode(filingStatus)},
        {QStringLiteral("filing_number"), filingNumber},
        {QStringLiteral("filing_date"), IsoTime::json(filingDate)},
        {QStringLiteral("filed_camera_count"), opt(filedCameraCount)},
        {QStringLiteral("filed_retention_days"), opt(filedRetentionDays)},
        {QStringLiteral("jurisdiction"), jurisdiction},
        {QStringLiteral("created_at"), IsoTime::json(createdAt)},
        {QStringLiteral("updated_at"), IsoTime::json(updatedAt)},
        {QStringLiteral("hlc"), hlc},
    };
}

Result<Site> Site::fromJson(const QJsonObject &json)
{
    JsonReader r(json, QStringLiteral("site"));
    Site s;
    s.id = r.string(QStringLiteral("id"));
    s.unitId = r.string(QStringLiteral("unit_id"), true);
    s.name = r.string(QStringLiteral("name"), true);
    s.address = r.string(QStringLiteral("address"));
    s.latitude = r.number(QStringLiteral("latitude"));
    s.longitude = r.number(QStringLiteral("longitude"));
    s.category = r.code<PlaceCategory>(QStringLiteral("category"), PlaceCategory::Art7_2_1);
    s.inUseSince = r.date(QStringLiteral("in_use_since"));
    s.cameraCount = int(r.integer(QStringLiteral("camera_count")).value_or(0));
    s.cameraTypes = r.stringList(QStringLiteral("camera_types"));
    s.retentionDays = optInt(r, QStringLiteral("retention_days"));
    s.filingStatus = r.code<FilingStatus>(QStringLiteral("filing_status"), FilingStatus::NotFiled, false);
    s.filingNumber = r.string(QStringLiteral("filing_number"));
    s.filingDate = r.date(QStringLiteral("filing_date"));
    s.filedCameraCount = optInt(r, QStringLiteral("filed_camera_count"));
    s.filedRetentionDays = optInt(r, QStringLiteral("filed_retention_days"));
    s.jurisdiction = r.string(QStringLiteral("jurisdiction"));
    s.createdAt = r.time(QStringLiteral("created_at"));
    s.updatedAt = r.time(QStringLiteral("updated_at"));
    s.hlc = r.string(QStringLiteral("hlc"));
    if (!r.ok())
        return r.error();
    return s;
}

} // namespace psv
