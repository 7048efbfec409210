#pragma once

#include "ChecklistSchema.h"

#include <QJsonObject>
#include <QList>

namespace psv {

// The rules of a checklist that JSON Schema cannot express (listed in the schema's top-level
// $comment): unique and gap-free item numbers, law references that resolve, unique keys, focus items
// that exist, real calendar dates, jurisdiction prefixes without trailing 00. Tolerates documents
// that fail the schema (it skips what it cannot read), so both kinds of problems are reported at once.
class ChecklistRules
{
public:
    static QList<ChecklistSchema::Issue> check(const QJsonObject &document);
};

} // namespace psv
