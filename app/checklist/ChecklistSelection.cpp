#include "ChecklistSelection.h"

#include "Translator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace psv {

QString ChecklistSelection::applicabilityCode(Applicability a)
{
    switch (a) {
    case Applicability::Focus:
        return QStringLiteral("focus");
    case Applicability::NotMandatory:
        return QStringLiteral("not-mandatory");
    case Applicability::Mandatory:
        break;
    }
    return QStringLiteral("mandatory");
}

QStringList ChecklistSelection::placeCategories()
{
    return {QStringLiteral("art7-1"), QStringLiteral("art7-2-1"), QStringLiteral("art7-2-2"),
        QStringLiteral("art7-2-3"), QStringLiteral("art7-2-4"), QStringLiteral("art9")};
}

Result<ChecklistSelection> ChecklistSelection::build(const std::shared_ptr<const Checklist> &national,
    const QList<std::shared_ptr<const Checklist>> &localPacks, const QString &kind, const QString &placeCategory,
    const QString &divisionCode)
{
    if (!national)
        return makeError(QCoreApplication::translate("ChecklistSelection",
                             "The national checklist is not available, so no inspection items can be offered."),
            {}, 3);
    const Checklist::InspectionKind *rule = national->inspectionKind(kind);
    if (!rule) {
        QStringList kinds;
        for (const Checklist::InspectionKind &k : national->inspectionKinds())
            kinds << k.kind;
        return makeError(
            QCoreApplication::translate("ChecklistSelection", "Unknown inspection kind \"%1\"; expected one of: %2.")
                .arg(kind, kinds.join(QStringLiteral(", "))),
            QStringLiteral("kind"));
    }
    if (!placeCategories().contains(placeCategory))
        return makeError(
            QCoreApplication::translate("ChecklistSelection", "Unknown place category \"%1\"; expected one of: %2.")
                .arg(placeCategory, placeCategories().join(QStringLiteral(", "))),
            QStringLiteral("placeCategory"));
    if (!rule->placeCategories.isEmpty() && !rule->placeCategories.contains(placeCategory))
        return makeError(QCoreApplication::translate("ChecklistSelection",
                             "The inspection kind \"%1\" is only for sites of place category %2 (%3); this site's "
                             "category is %4.")
                             .arg(kind, rule->placeCategories.join(QStringLiteral(", ")),
                                 national->citeAll(rule->basis), placeCategory),
            QStringLiteral("kind"));
    static const QRegularExpression codeShape(QStringLiteral("^[0-9]{6}([0-9]{3}){0,2}$"));
    if (!divisionCode.isEmpty() && !codeShape.match(divisionCode).hasMatch())
        return makeError(QCoreApplication::translate("ChecklistSelection",
                             "\"%1\" is not an administrative division code; expected 6 digits (county level), 9 or 12 "
                             "digits, or nothing.")
                             .arg(divisionCode),
            QStringLiteral("divisionCode"));

    ChecklistSelection s;
    s.m_kind = kind;
    s.m_place = placeCategory;
    s.m_code = divisionCode;
    s.m_national = national;
    s.addItems(national, rule->modes, rule->focusItems, rule);
    for (const auto &pack : localPacks) {
        const auto j = pack->jurisdiction();
        if (pack->kind() == Checklist::Kind::Local && j && j->matches(divisionCode))
            s.m_locals << pack;
    }
    std::sort(s.m_locals.begin(), s.m_locals.end(), [](const auto &a, const auto &b) {
        return a->jurisdiction()->divisionCode.size() != b->jurisdiction()->divisionCode.size()
            ? a->jurisdiction()->divisionCode.size() < b->jurisdiction()->divisionCode.size()
            : a->id() < b->id();
    });
    for (const auto &pack : std::as_const(s.m_locals))
        s.addItems(pack, rule->modes, {}, nullptr);
    return s;
}

namespace {

// The place rule under which `item` is not mandatory at a place of this category: every provision the
// item enforces is among the rule's exempted ones (e.g. 条例第九条第二款 for Art. 9 places).
const Checklist::PlaceRule *exemptingRule(const Checklist &checklist, const ChecklistItem &item, const QString &place)
{
    for (const Checklist::PlaceRule &r : checklist.placeRules()) {
        if (!r.hasNotMandatory || !r.placeCategories.contains(place))
            continue;
        const bool all = std::all_of(item.enforces.begin(), item.enforces.end(), [&](const LawRef &ref) {
            return std::any_of(r.notMandatoryEnforcing.begin(), r.notMandatoryEnforcing.end(),
                [&](const LawRef &x) { return x.covers(ref); });
        });
        if (all)
            return &r;
    }
    return nullptr;
}

} // namespace

void ChecklistSelection::addItems(const std::shared_ptr<const Checklist> &checklist, const QStringList &modes,
    const QList<int> &kindFocus, const Checklist::InspectionKind *kindRule)
{
    // A focus rule of the place replaces the kind's focus (规定第十二条 for Art. 9 places).
    const Checklist::PlaceRule *focusRule = nullptr;
    for (const Checklist::PlaceRule &r : checklist->placeRules())
        if (r.placeCategories.contains(m_place) && !r.focusItems.isEmpty() && !focusRule)
            focusRule = &r;
    const bool local = checklist != m_national;
    for (const ChecklistItem &item : checklist->items()) {
        if (!modes.contains(item.mode))
            continue;
        Entry e {checklist, &item, Applicability::Mandatory, {}, {}};
        const Checklist::PlaceRule *exempt = exemptingRule(*checklist, item, m_place);
        // A local item that only supplements national items which are not mandatory here is not
        // mandatory either: the national regulation prevails (the pack's precedence note).
        if (!exempt && local && !item.relatesTo.isEmpty()) {
            const Checklist::PlaceRule *national = nullptr;
            for (int n : item.relatesTo) {
                const ChecklistItem *related = m_national->item(n);
                national = related ? exemptingRule(*m_national, *related, m_place) : nullptr;
                if (!national)
                    break;
            }
            exempt = national;
        }
        if (exempt) {
            e.applicability = Applicability::NotMandatory;
            e.reason = exempt->notMandatoryReason;
            e.basis = exempt->notMandatoryBasis;
        } else if (focusRule ? focusRule->focusItems.contains(item.number) : kindFocus.contains(item.number)) {
            e.applicability = Applicability::Focus;
            e.reason = focusRule ? focusRule->focusReason : kindRule->focusReason;
            e.basis = focusRule ? focusRule->focusBasis : kindRule->basis;
        }
        m_entries << e;
    }
}

const ChecklistSelection::Entry *ChecklistSelection::entry(const QString &checklistId, int number) const
{
    for (const Entry &e : m_entries)
        if (e.checklist->id() == checklistId && e.item->number == number)
            return &e;
    return nullptr;
}

QJsonObject ChecklistSelection::toJson(const QString &language) const
{
    const QString lang = language.isEmpty() ? Translator::current() : language;
    QJsonArray lists;
    QList<std::shared_ptr<const Checklist>> all {m_national};
    all += m_locals;
    for (const auto &c : std::as_const(all)) {
        QJsonObject o {{QStringLiteral("id"), c->id()}, {QStringLiteral("version"), c->version()},
            {QStringLiteral("hash"), c->contentHash()}, {QStringLiteral("kind"), c->kindCode()},
            {QStringLiteral("title"), c->title().text(lang)}};
        if (const auto j = c->jurisdiction()) {
            o.insert(QStringLiteral("jurisdiction"),
                QJsonObject {
                    {QStringLiteral("divisionCode"), j->divisionCode}, {QStringLiteral("name"), j->name.text(lang)}});
            o.insert(QStringLiteral("precedence"), c->precedence().text(lang));
        }
        lists.append(o);
    }
    QJsonArray items;
    for (const Entry &e : m_entries) {
        QJsonObject o {{QStringLiteral("checklist"), e.checklist->id()},
            {QStringLiteral("version"), e.checklist->version()}, {QStringLiteral("number"), e.item->number},
            {QStringLiteral("mode"), e.item->mode}, {QStringLiteral("text"), e.item->text.zh},
            {QStringLiteral("textEn"), e.item->text.en},
            {QStringLiteral("applicability"), applicabilityCode(e.applicability)}};
        if (!e.reason.isEmpty())
            o.insert(QStringLiteral("reason"), e.reason.text(lang));
        if (!e.basis.isEmpty())
            o.insert(QStringLiteral("basis"), e.checklist->citeAll(e.basis, lang));
        items.append(o);
    }
    return {{QStringLiteral("kind"), m_kind}, {QStringLiteral("placeCategory"), m_place},
        {QStringLiteral("divisionCode"), m_code}, {QStringLiteral("checklists"), lists},
        {QStringLiteral("items"), items}};
}

} // namespace psv
