#include "BundleRecord.h"

#include "EntryPath.h"

#include <QJsonValue>

namespace psv {

QJsonObject BundleRecord::toEnvelope() const
{
    QJsonObject o {{QStringLiteral("type"), type}, {QStringLiteral("id"), id}, {QStringLiteral("data"), data}};
    if (!hlc.isNull())
        o.insert(QStringLiteral("hlc"), hlc.toString());
    if (!stamps.isEmpty()) {
        QJsonObject s;
        for (auto it = stamps.constBegin(); it != stamps.constEnd(); ++it)
            s.insert(it.key(), it.value().toString());
        o.insert(QStringLiteral("stamps"), s);
    }
    return o;
}

Status BundleRecord::checkKey(const QString &type, const QString &id, const QString &where)
{
    if (!EntryPath::isValidRecordType(type))
        return makeError(tr("The record type \"%1\" is not valid: expected 1 to 32 of a-z, 0-9 and '-', starting "
                            "with a letter.")
                             .arg(type),
            where);
    if (id.isEmpty() || id.size() > 128)
        return makeError(tr("The record id must have 1 to 128 characters."), where);
    for (const QChar c : id) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return makeError(tr("The record id contains a control character."), where);
    }
    return {};
}

Result<BundleRecord> BundleRecord::fromEnvelope(const QJsonObject &e, const QString &where)
{
    static const QStringList allowed {QStringLiteral("data"), QStringLiteral("hlc"), QStringLiteral("id"),
        QStringLiteral("stamps"), QStringLiteral("type")};
    for (auto it = e.constBegin(); it != e.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return makeError(tr("The record has an unknown member \"%1\"; expected type, id, data and optionally "
                                "hlc and stamps.")
                                 .arg(it.key()),
                where);
    }
    const QJsonValue type = e.value(QStringLiteral("type")), id = e.value(QStringLiteral("id"));
    if (!type.isString() || !id.isString())
        return makeError(tr("The record needs \"type\" and \"id\" as strings."), where);
    BundleRecord r;
    r.type = type.toString();
    r.id = id.toString();
    if (Status s = checkKey(r.type, r.id, where); !s)
        return s.error();
    const QString at = where + QStringLiteral(" (%1)").arg(r.id);
    if (!e.value(QStringLiteral("data")).isObject())
        return makeError(tr("The record's \"data\" must be a JSON object."), at);
    r.data = e.value(QStringLiteral("data")).toObject();
    if (e.contains(QStringLiteral("hlc"))) {
        const auto t = HlcTimestamp::parse(e.value(QStringLiteral("hlc")).toString());
        if (!t)
            return makeError(tr("The record's \"hlc\" is not a hybrid logical clock stamp "
                                "(13 digits, '-', 5 digits, '-', device id)."),
                at);
        r.hlc = *t;
    }
    if (e.contains(QStringLiteral("stamps"))) {
        const QJsonValue sv = e.value(QStringLiteral("stamps"));
        if (!sv.isObject())
            return makeError(tr("The record's \"stamps\" must be a JSON object of field names and stamps."), at);
        const QJsonObject so = sv.toObject();
        for (auto it = so.constBegin(); it != so.constEnd(); ++it) {
            const auto t = HlcTimestamp::parse(it.value().toString());
            if (!t)
                return makeError(
                    tr("The stamp of field \"%1\" is not a hybrid logical clock stamp.").arg(it.key()), at);
            r.stamps.insert(it.key(), *t);
        }
    }
    return r;
}

} // namespace psv
