#include "Officer.h"

#include "IsoTime.h"
#include "JsonReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace psv {

Result<Officer> Officer::validated() const
{
    Officer o = *this;
    o.name = name.trimmed();
    o.policeNumber = policeNumber.trimmed();
    o.unitName = unitName.trimmed();
    if (o.name.isEmpty())
        return makeError(QCoreApplication::translate("Officer", "The officer's name is missing; it is required."),
            QStringLiteral("name"));
    static const QRegularExpression number(QStringLiteral("^[0-9A-Za-z-]{1,20}$"));
    if (o.policeNumber.isEmpty())
        return makeError(QCoreApplication::translate("Officer", "The police number is missing; it is required."),
            QStringLiteral("police_number"));
    if (!number.match(o.policeNumber).hasMatch())
        return makeError(QCoreApplication::translate("Officer",
                             "The police number '%1' is not valid; expected up to 20 digits or "
                             "Latin letters (and '-').")
                             .arg(o.policeNumber),
            QStringLiteral("police_number"));
    return o;
}

QJsonObject Officer::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("police_number"), policeNumber},
        {QStringLiteral("unit_name"), unitName},
        {QStringLiteral("role"), toCode(role)},
        {QStringLiteral("active"), active},
        {QStringLiteral("has_secret"), hasSecret},
        {QStringLiteral("created_at"), IsoTime::json(createdAt)},
        {QStringLiteral("updated_at"), IsoTime::json(updatedAt)},
        {QStringLiteral("hlc"), hlc},
    };
}

Result<Officer> Officer::fromJson(const QJsonObject &json)
{
    JsonReader r(json, QStringLiteral("officer"));
    Officer o;
    o.id = r.string(QStringLiteral("id"));
    o.name = r.string(QStringLiteral("name"), true);
    o.policeNumber = r.string(QStringLiteral("police_number"), true);
    o.unitName = r.string(QStringLiteral("unit_name"));
    o.role = r.code<OfficerRole>(QStringLiteral("role"), OfficerRole::Station);
    o.active = r.boolean(QStringLiteral("active"), true);
    o.hasSecret = r.boolean(QStringLiteral("has_secret"), false);
    o.createdAt = r.time(QStringLiteral("created_at"));
    o.updatedAt = r.time(QStringLiteral("updated_at"));
    o.hlc = r.string(QStringLiteral("hlc"));
    if (!r.ok())
        return r.error();
    return o;
}

} // namespace psv
