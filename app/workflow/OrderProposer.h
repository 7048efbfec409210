#pragma once

#include "OrderDraft.h"
#include "Result.h"

#include <QList>
#include <QString>

namespace psv {

class ChecklistRegistry;
class Database;

// Proposes the orders (处理) of an inspection from its non-compliant items and the checklist's
// outcome rules: one proposal per finding. The finding of an item is the one the officer named in
// the item's structured observations ("finding": KEY or "findings": [KEY, …]); when none is named,
// the item's first finding whose outcome is a correction order (else its first finding) is proposed
// and findingChosen is false. An item without findings in the checklist gets the default of 规定
// Art. 14: 责令改正 on that article. The texts are the document's (Chinese) wording.
class OrderProposer
{
public:
    struct Proposal
    {
        OrderDraft draft;
        QString itemKey;
        QString itemText; // the item as the checklist states it (zh)
        QString findingKey; // empty: the item has no finding in the checklist
        QString findingLabel; // zh
        bool findingChosen = false; // named by the officer
        QString penalty; // the penalty the law provides if the order is not obeyed (zh), may be empty
        QString note; // the outcome's note (zh), may be empty
    };

    // Suggested period of a 责令限期改正 when the checklist gives none: 15 calendar days ("15日内").
    // No provision fixes it; the officer confirms or changes it.
    static constexpr int kDefaultPeriodDays = 15;

    OrderProposer(Database &db, const ChecklistRegistry &checklists) : m_db(db), m_checklists(checklists) { }

    Result<QList<Proposal>> propose(const QString &inspectionId) const;

private:
    Database &m_db;
    const ChecklistRegistry &m_checklists;
};

} // namespace psv
