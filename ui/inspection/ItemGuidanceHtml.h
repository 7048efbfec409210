#pragma once

#include "ChecklistSelection.h"

#include <QCoreApplication>
#include <QString>

namespace psv::ui {

// The walkthrough's reference pane for one checklist item, as rich text: the item and its source,
// why it is focus or not mandatory at this place, the quoted legal text (with the English gloss
// when the UI is not Chinese), what to look at, ask for and film, and the provisions it enforces.
class ItemGuidanceHtml
{
    Q_DECLARE_TR_FUNCTIONS(ItemGuidanceHtml)
public:
    static QString render(const ChecklistSelection::Entry &entry);
};

} // namespace psv::ui
