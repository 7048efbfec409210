#include "Unit.h"

#include "IsoTime.h"
#include "JsonReader.h"
#include "Uscc.h"

#include <QCoreApplication>

namespace psv {

Result<Unit> Unit::validated() const
{
    Unit u = *this;
    u.name = name.trimmed();
    u.address = address.trimmed();
    u.contactPerson = contactPerson.trimmed();
    u.contactPhone = contactPhone.trimmed();
    u.policeStation = policeStation.trimmed();
    u.countyOrgan = countyOrgan.trimmed();
    if (u.name.isEmpty())
        return makeError(
            QCoreApplication::translate("Unit", "The unit's name is missing; it is required."), QStringLiteral("name"));
    auto code = Uscc::validateForUnit(uscc, type, QStringLiteral("uscc"));
    if (!code)
        return code.error();
    u.uscc = code.value();
    return u;
}

QJsonObject Unit::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), toCode(type)},
        {QStringLiteral("uscc"), uscc},
        {QStringLiteral("address"), address},
        {QStringLiteral("contact_person"), contactPerson},
        {QStringLiteral("contact_phone"), contactPhone},
        {QStringLiteral("police_station"), policeStation},
        {QStringLiteral("county_organ"), countyOrgan},
        {QStringLiteral("created_at"), IsoTime::json(createdAt)},
        {QStringLiteral("updated_at"), IsoTime::json(updatedAt)},
        {QStringLiteral("hlc"), hlc},
    };
}

Result<Unit> Unit::fromJson(const QJsonObject &json)
{
    JsonReader r(json, QStringLiteral("unit"));
    Unit u;
    u.id = r.string(QStringLiteral("id"));
    u.name = r.string(QStringLiteral("name"), true);
    u.type = r.code<UnitType>(QStringLiteral("type"), UnitType::Enterprise);
    u.uscc = r.string(QStringLiteral("uscc"));
    u.address = r.string(QStringLiteral("address"));
    u.contactPerson = r.string(QStringLiteral("contact_person"));
    u.contactPhone = r.string(QStringLiteral("contact_phone"));
    u.policeStation = r.string(QStringLiteral("police_station"));
    u.countyOrgan = r.string(QStringLiteral("county_organ"));
    u.createdAt = r.time(QStringLiteral("created_at"));
    u.updatedAt = r.time(QStringLiteral("updated_at"));
    u.hlc = r.string(QStringLiteral("hlc"));
    if (!r.ok())
        return r.error();
    return u;
}

} // namespace psv
