#include "ChecklistItem.h"

#include <QJsonArray>

namespace psv {

namespace {

QList<LocalizedText> texts(const QJsonValue &value)
{
    QList<LocalizedText> out;
    for (const QJsonValue &v : value.toArray())
        out << LocalizedText::fromJson(v);
    return out;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

ChecklistItem::Outcome outcomeFromJson(const QJsonObject &o)
{
    ChecklistItem::Outcome out;
    out.order = str(o, "order");
    out.basis = LawRef::listFromJson(o.value(QLatin1String("basis")));
    out.measures = texts(o.value(QLatin1String("measures")));
    const QJsonObject period = o.value(QLatin1String("period")).toObject();
    if (!period.isEmpty()) {
        out.periodDays = period.value(QLatin1String("days")).toInt();
        out.periodDayKind = str(period, "dayKind");
        out.periodNote = LocalizedText::fromJson(period.value(QLatin1String("note")));
    }
    const QJsonObject penalty = o.value(QLatin1String("penalty")).toObject();
    if (!penalty.isEmpty()) {
        out.penalty = LocalizedText::fromJson(penalty.value(QLatin1String("text")));
        out.penaltySource = LawRef::fromJson(penalty.value(QLatin1String("source")));
    }
    out.note = LocalizedText::fromJson(o.value(QLatin1String("note")));
    return out;
}

} // namespace

const ChecklistItem::Observation *ChecklistItem::observation(const QString &key) const
{
    for (const Observation &o : observations)
        if (o.key == key)
            return &o;
    return nullptr;
}

const ChecklistItem::Finding *ChecklistItem::finding(const QString &key) const
{
    for (const Finding &f : findings)
        if (f.key == key)
            return &f;
    return nullptr;
}

ChecklistItem ChecklistItem::fromJson(const QJsonObject &json)
{
    ChecklistItem it;
    it.json = json;
    it.number = json.value(QLatin1String("number")).toInt();
    it.mode = str(json, "mode");
    it.text = LocalizedText::fromJson(json.value(QLatin1String("text")));
    it.source = LawRef::fromJson(json.value(QLatin1String("source")));
    it.enforces = LawRef::listFromJson(json.value(QLatin1String("enforces")));
    for (const QJsonValue &v : json.value(QLatin1String("relatesTo")).toArray())
        it.relatesTo << v.toInt();
    for (const QJsonValue &v : json.value(QLatin1String("legalText")).toArray()) {
        const QJsonObject q = v.toObject();
        it.legalText << Quote {
            LawRef::fromJson(q.value(QLatin1String("ref"))), LocalizedText::fromJson(q.value(QLatin1String("text")))};
    }
    const QJsonObject g = json.value(QLatin1String("guidance")).toObject();
    it.guidance = {texts(g.value(QLatin1String("look"))), texts(g.value(QLatin1String("ask"))),
        texts(g.value(QLatin1String("film"))), texts(g.value(QLatin1String("notes")))};
    for (const QJsonValue &v : json.value(QLatin1String("observations")).toArray()) {
        const QJsonObject o = v.toObject();
        it.observations << Observation {str(o, "key"), LocalizedText::fromJson(o.value(QLatin1String("label"))),
            str(o, "type"), LocalizedText::fromJson(o.value(QLatin1String("unit")))};
    }
    for (const QJsonValue &v : json.value(QLatin1String("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        it.findings << Finding {str(f, "key"), LocalizedText::fromJson(f.value(QLatin1String("label"))),
            LawRef::listFromJson(f.value(QLatin1String("violates"))),
            outcomeFromJson(f.value(QLatin1String("outcome")).toObject())};
    }
    return it;
}

} // namespace psv
