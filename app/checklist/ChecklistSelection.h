#pragma once

#include "Checklist.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace psv {

// The items an inspection offers: the national items of the inspection kind's modes plus the items of
// every local pack whose jurisdiction contains the site, each with its applicability — focus (重点检查),
// mandatory, or not mandatory with the reason and basis (e.g. 条例第九条第二款 for Art. 9 places). A local
// item that only supplements national items which are not mandatory at the place is not mandatory
// either (the national regulation prevails, as each pack's precedence note says).
class ChecklistSelection
{
public:
    enum class Applicability { Focus, Mandatory, NotMandatory };
    struct Entry
    {
        std::shared_ptr<const Checklist> checklist; // keeps `item` alive
        const ChecklistItem *item = nullptr;
        Applicability applicability = Applicability::Mandatory;
        LocalizedText reason; // empty for plain mandatory items
        QList<LawRef> basis;
    };

    static QString applicabilityCode(Applicability a); // "focus", "mandatory", "not-mandatory"
    static QStringList placeCategories(); // the PlaceCategory codes of Codes.h
    // kind: "general", "professional" or "art12-focus"; divisionCode: the site's 6, 9 or 12 digit
    // administrative division code, or empty (then no local pack applies).
    static Result<ChecklistSelection> build(const std::shared_ptr<const Checklist> &national,
        const QList<std::shared_ptr<const Checklist>> &localPacks, const QString &kind, const QString &placeCategory,
        const QString &divisionCode);

    QString kind() const { return m_kind; }
    QString placeCategory() const { return m_place; }
    QString divisionCode() const { return m_code; }
    std::shared_ptr<const Checklist> national() const { return m_national; }
    const QList<std::shared_ptr<const Checklist>> &localPacks() const { return m_locals; }
    const QList<Entry> &entries() const { return m_entries; }
    const Entry *entry(const QString &checklistId, int number) const;

    QJsonObject toJson(const QString &language = {}) const;

private:
    void addItems(const std::shared_ptr<const Checklist> &checklist, const QStringList &modes,
        const QList<int> &kindFocus, const Checklist::InspectionKind *kindRule);

    QString m_kind, m_place, m_code;
    std::shared_ptr<const Checklist> m_national;
    QList<std::shared_ptr<const Checklist>> m_locals;
    QList<Entry> m_entries;
};

} // namespace psv
