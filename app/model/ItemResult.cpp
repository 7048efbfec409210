#include "ItemResult.h"

#include "IsoTime.h"
#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace psv {

bool ItemResult::isValidItemKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$"));
    return re.match(key).hasMatch();
}

Result<ItemResult> ItemResult::validated() const
{
    ItemResult r = *this;
    r.observation = observation.trimmed();
    if (inspectionId.isEmpty())
        return makeError(QCoreApplication::translate("ItemResult", "The item result names no inspection."),
            QStringLiteral("inspection_id"));
    if (!isValidItemKey(itemKey))
        return makeError(QCoreApplication::translate("ItemResult",
                             "'%1' is not a checklist item reference; expected the item number "
                             "(e.g. 4) or PACK/NUMBER, at most 64 letters, digits and . _ : / -.")
                             .arg(itemKey),
            QStringLiteral("item_key"));
    for (qsizetype i = 0; i < evidence.size(); ++i) {
        if (Status s = evidence[i].validate(); !s) {
            Error e = s.error();
            e.where = QStringLiteral("evidence/%1/%2").arg(i).arg(e.where);
            return e;
        }
    }
    return r;
}

QJsonObject ItemResult::toJson() const
{
    QJsonArray links;
    for (const EvidenceLink &l : evidence)
        links.append(l.toJson());
    return {{QStringLiteral("inspection_id"), inspectionId}, {QStringLiteral("item_key"), itemKey},
        {QStringLiteral("status"), toCode(status)}, {QStringLiteral("observation"), observation},
        {QStringLiteral("observations"), observations}, {QStringLiteral("evidence"), links},
        {QStringLiteral("updated_at"), IsoTime::json(updatedAt)}};
}

Result<ItemResult> ItemResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json, QStringLiteral("item_result"));
    ItemResult i;
    i.inspectionId = r.string(QStringLiteral("inspection_id"), true);
    i.itemKey = r.string(QStringLiteral("item_key"), true);
    i.status = r.code<ItemStatus>(QStringLiteral("status"), ItemStatus::NotChecked);
    i.observation = r.string(QStringLiteral("observation"));
    i.observations = r.object(QStringLiteral("observations"));
    const QJsonArray links = r.array(QStringLiteral("evidence"));
    i.updatedAt = r.time(QStringLiteral("updated_at"));
    if (!r.ok())
        return r.error();
    for (const QJsonValue &v : links) {
        auto l = EvidenceLink::fromJson(v.toObject());
        if (!l)
            return l.error();
        i.evidence.append(l.value());
    }
    return i;
}

} // namespace psv
