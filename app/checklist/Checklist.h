#pragma once

#include "ChecklistItem.h"
#include "LawRef.h"
#include "LocalizedText.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace psv {

// A validated checklist (national or local pack), immutable once built. Identified by id + version;
// contentHash() is the SHA-256 of the canonical JSON of the whole file (psv::CanonicalJson), which an
// inspection stores so that an old record can be shown with the exact text it used.
class Checklist
{
public:
    enum class Kind { National, Local };

    struct Law
    {
        QString id;
        LocalizedText shortName; // 条例 / Regulation
        LocalizedText title;
        LocalizedText citation; // may be empty
        QDate effective;
        bool partial = false;
        LocalizedText note;
    };
    struct Jurisdiction
    {
        QString divisionCode; // significant digits of the GB/T 2260 code, e.g. "11", "5405"
        LocalizedText name;
        bool matches(const QString &siteDivisionCode) const;
    };
    struct InspectionKind
    {
        QString kind; // "general", "professional", "art12-focus"
        LocalizedText label;
        QStringList modes;
        QList<int> focusItems;
        LocalizedText focusReason;
        QStringList placeCategories; // empty: any place
        QList<LawRef> basis;
    };
    struct PlaceRule
    {
        QStringList placeCategories;
        bool hasNotMandatory = false;
        QList<LawRef> notMandatoryEnforcing;
        LocalizedText notMandatoryReason;
        QList<LawRef> notMandatoryBasis;
        QList<int> focusItems; // empty: no focus rule
        LocalizedText focusReason;
        QList<LawRef> focusBasis;
    };
    struct ReinspectionRule
    {
        QString order; // order kind code
        QString from; // "order-date" or "deadline"
        int workingDays = 0;
        QList<LawRef> basis;
    };

    static QString nationalId() { return QStringLiteral("mps-2025"); }
    static QString hashOf(const QJsonObject &document); // hex SHA-256 of CanonicalJson::serialize(document)
    // Builds the model from a document that ChecklistValidator accepted. origin: resource or file path.
    static Checklist fromValidatedJson(const QJsonObject &document, const QString &origin, bool builtIn);

    QString id() const { return m_id; }
    int version() const { return m_version; }
    QString contentHash() const { return m_hash; }
    Kind kind() const { return m_kind; }
    QString kindCode() const { return m_kind == Kind::National ? QStringLiteral("national") : QStringLiteral("local"); }
    LocalizedText title() const { return m_title; }
    LocalizedText sourceCitation() const { return m_sourceCitation; }
    QList<LawRef> sourceRefs() const { return m_sourceRefs; }
    QDate effective() const { return m_effective; }
    std::optional<Jurisdiction> jurisdiction() const { return m_jurisdiction; }
    LocalizedText precedence() const { return m_precedence; }
    QList<LocalizedText> notes() const { return m_notes; }
    const QList<Law> &laws() const { return m_laws; }
    const QList<InspectionKind> &inspectionKinds() const { return m_kinds; }
    const QList<PlaceRule> &placeRules() const { return m_placeRules; }
    const QList<ReinspectionRule> &reinspectionRules() const { return m_reinspection; }
    const QList<ChecklistItem> &items() const { return m_items; }

    const ChecklistItem *item(int number) const;
    const Law *law(const QString &id) const;
    const InspectionKind *inspectionKind(const QString &kind) const;
    // "《条例》第十六条第二款" / "Regulation Art. 16 ¶2"; language "zh…" or "en", default: the UI language.
    QString cite(const LawRef &ref, const QString &language = {}) const;
    QString citeAll(const QList<LawRef> &refs, const QString &language = {}) const;

    const QJsonObject &document() const { return m_document; } // the file's JSON, as hashed
    QByteArray canonicalJson() const;
    QString origin() const { return m_origin; }
    bool builtIn() const { return m_builtIn; }

private:
    QString m_id;
    int m_version = 0;
    QString m_hash;
    Kind m_kind = Kind::National;
    LocalizedText m_title, m_sourceCitation, m_precedence;
    QList<LawRef> m_sourceRefs;
    QDate m_effective;
    std::optional<Jurisdiction> m_jurisdiction;
    QList<LocalizedText> m_notes;
    QList<Law> m_laws;
    QList<InspectionKind> m_kinds;
    QList<PlaceRule> m_placeRules;
    QList<ReinspectionRule> m_reinspection;
    QList<ChecklistItem> m_items;
    QJsonObject m_document;
    QString m_origin;
    bool m_builtIn = false;
};

} // namespace psv
