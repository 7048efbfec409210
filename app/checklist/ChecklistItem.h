#pragma once

#include "LawRef.h"
#include "LocalizedText.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace psv {

// One checklist item as the data states it (see checklists/schema/checklist.schema.json, $defs/item).
struct ChecklistItem
{
    struct Quote
    {
        LawRef ref;
        LocalizedText text; // zh verbatim from the provision
    };
    struct Guidance
    {
        QList<LocalizedText> look, ask, film, notes;
    };
    struct Observation
    {
        QString key; // stored with the inspection's structured observations
        LocalizedText label;
        QString type; // "integer", "text", "date", "boolean", "days"
        LocalizedText unit; // may be empty
    };
    struct Outcome
    {
        QString order; // order kind code (OrderKind in Codes.h), empty when the law prescribes none
        QList<LawRef> basis; // provisions prescribing the outcome
        QList<LocalizedText> measures;
        std::optional<int> periodDays; // default correction period where the law implies one
        QString periodDayKind; // "calendar" or "working"
        LocalizedText periodNote;
        LocalizedText penalty; // quoted from penaltySource; empty when none
        std::optional<LawRef> penaltySource;
        LocalizedText note;
    };
    struct Finding
    {
        QString key;
        LocalizedText label;
        QList<LawRef> violates;
        Outcome outcome;
    };

    int number = 0;
    QString mode; // "general" or "professional"
    LocalizedText text;
    LawRef source;
    QList<LawRef> enforces;
    QList<int> relatesTo; // local packs: national item numbers this item supplements
    QList<Quote> legalText;
    Guidance guidance;
    QList<Observation> observations;
    QList<Finding> findings;
    QJsonObject json; // the item as in the file

    const Observation *observation(const QString &key) const;
    const Finding *finding(const QString &key) const;

    static ChecklistItem fromJson(const QJsonObject &json); // expects a validated item
};

} // namespace psv
