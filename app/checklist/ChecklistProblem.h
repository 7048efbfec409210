#pragma once

#include <QString>

namespace psv {

// One problem found in a checklist file: which file, where (a JSON pointer such as /items/3/mode, or
// line:column for a syntax error) and what is wrong and what was expected (translated).
struct ChecklistProblem
{
    QString file;
    QString location;
    QString message;

    // "file:location: message" (location "/" for the document itself)
    QString text() const
    {
        return file + u':' + (location.isEmpty() ? QStringLiteral("/") : location) + QStringLiteral(": ") + message;
    }
};

} // namespace psv
