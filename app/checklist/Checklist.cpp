#include "Checklist.h"

#include "CanonicalJson.h"
#include "Sha256.h"
#include "Translator.h"

#include <QJsonArray>

namespace psv {

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

QList<int> ints(const QJsonValue &v)
{
    QList<int> out;
    for (const QJsonValue &n : v.toArray())
        out << n.toInt();
    return out;
}

LocalizedText lt(const QJsonObject &o, const char *key)
{
    return LocalizedText::fromJson(o.value(QLatin1String(key)));
}
QList<LawRef> refs(const QJsonObject &o, const char *key)
{
    return LawRef::listFromJson(o.value(QLatin1String(key)));
}
QJsonArray arr(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toArray();
}

} // namespace

bool Checklist::Jurisdiction::matches(const QString &siteDivisionCode) const
{
    return !divisionCode.isEmpty() && siteDivisionCode.startsWith(divisionCode);
}

QString Checklist::hashOf(const QJsonObject &document)
{
    return Sha256::hex(CanonicalJson::serialize(document));
}

QByteArray Checklist::canonicalJson() const
{
    return CanonicalJson::serialize(m_document);
}

Checklist Checklist::fromValidatedJson(const QJsonObject &doc, const QString &origin, bool builtIn)
{
    Checklist c;
    c.m_document = doc;
    c.m_hash = hashOf(doc);
    c.m_origin = origin;
    c.m_builtIn = builtIn;
    c.m_id = doc.value(QLatin1String("id")).toString();
    c.m_version = doc.value(QLatin1String("version")).toInt();
    c.m_kind = doc.value(QLatin1String("kind")).toString() == QLatin1String("local") ? Kind::Local : Kind::National;
    c.m_title = lt(doc, "title");
    const QJsonObject source = doc.value(QLatin1String("source")).toObject();
    c.m_sourceCitation = lt(source, "citation");
    c.m_sourceRefs = refs(source, "refs");
    c.m_effective = QDate::fromString(doc.value(QLatin1String("effective")).toString(), Qt::ISODate);
    if (doc.contains(QLatin1String("jurisdiction"))) {
        const QJsonObject j = doc.value(QLatin1String("jurisdiction")).toObject();
        c.m_jurisdiction = Jurisdiction {j.value(QLatin1String("divisionCode")).toString(), lt(j, "name")};
    }
    c.m_precedence = lt(doc, "precedence");
    for (const QJsonValue &v : arr(doc, "notes"))
        c.m_notes << LocalizedText::fromJson(v);
    for (const QJsonValue &v : arr(doc, "laws")) {
        const QJsonObject l = v.toObject();
        c.m_laws << Law {l.value(QLatin1String("id")).toString(), lt(l, "short"), lt(l, "title"), lt(l, "citation"),
            QDate::fromString(l.value(QLatin1String("effective")).toString(), Qt::ISODate),
            l.value(QLatin1String("partial")).toBool(), lt(l, "note")};
    }
    for (const QJsonValue &v : arr(doc, "inspectionKinds")) {
        const QJsonObject k = v.toObject();
        c.m_kinds << InspectionKind {k.value(QLatin1String("kind")).toString(), lt(k, "label"),
            strings(k.value(QLatin1String("modes"))), ints(k.value(QLatin1String("focusItems"))), lt(k, "focusReason"),
            strings(k.value(QLatin1String("placeCategories"))), refs(k, "basis")};
    }
    for (const QJsonValue &v : arr(doc, "placeRules")) {
        const QJsonObject p = v.toObject();
        PlaceRule rule;
        rule.placeCategories = strings(p.value(QLatin1String("placeCategories")));
        const QJsonObject nm = p.value(QLatin1String("notMandatory")).toObject();
        rule.hasNotMandatory = !nm.isEmpty();
        rule.notMandatoryEnforcing = refs(nm, "enforcing");
        rule.notMandatoryReason = lt(nm, "reason");
        rule.notMandatoryBasis = refs(nm, "basis");
        const QJsonObject focus = p.value(QLatin1String("focus")).toObject();
        rule.focusItems = ints(focus.value(QLatin1String("items")));
        rule.focusReason = lt(focus, "reason");
        rule.focusBasis = refs(focus, "basis");
        c.m_placeRules << rule;
    }
    for (const QJsonValue &v : arr(doc, "reinspection")) {
        const QJsonObject r = v.toObject();
        c.m_reinspection << ReinspectionRule {r.value(QLatin1String("order")).toString(),
            r.value(QLatin1String("from")).toString(), r.value(QLatin1String("workingDays")).toInt(), refs(r, "basis")};
    }
    for (const QJsonValue &v : arr(doc, "items"))
        c.m_items << ChecklistItem::fromJson(v.toObject());
    return c;
}

const ChecklistItem *Checklist::item(int number) const
{
    for (const ChecklistItem &it : m_items)
        if (it.number == number)
            return &it;
    return nullptr;
}

const Checklist::Law *Checklist::law(const QString &id) const
{
    for (const Law &l : m_laws)
        if (l.id == id)
            return &l;
    return nullptr;
}

const Checklist::InspectionKind *Checklist::inspectionKind(const QString &kind) const
{
    for (const InspectionKind &k : m_kinds)
        if (k.kind == kind)
            return &k;
    return nullptr;
}

QString Checklist::cite(const LawRef &ref, const QString &language) const
{
    const QString lang = language.isEmpty() ? Translator::current() : language;
    const Law *l = law(ref.law);
    const QString name = l ? l->shortName.text(lang) : ref.law;
    if (lang.startsWith(QLatin1String("zh")))
        return QStringLiteral("《") + name + QStringLiteral("》") + ref.provisionText(lang);
    return name + u' ' + ref.provisionText(lang);
}

QString Checklist::citeAll(const QList<LawRef> &refs, const QString &language) const
{
    const QString lang = language.isEmpty() ? Translator::current() : language;
    QStringList parts;
    for (const LawRef &r : refs)
        parts << cite(r, lang);
    return parts.join(lang.startsWith(QLatin1String("zh")) ? QStringLiteral("、") : QStringLiteral("; "));
}

} // namespace psv
