#pragma once

#include "ChecklistProblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace psv {

// What a checklist pack may be, checked before the schema: the schema evaluator's cost grows with
// the document, so a crafted pack (megabytes, hundreds of thousands of items, deep nesting) is
// refused in milliseconds instead of taking gigabytes. The largest real pack (the national
// mps-2025.json) is 80 KB with 13 items nested 8 deep; the limits leave ample room for local packs.
class ChecklistLimits
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistLimits)

public:
    static constexpr qint64 MaxFileBytes = 1024 * 1024;
    static constexpr int MaxItems = 200;
    static constexpr int MaxDepth = 24;
    static constexpr int MaxValues = 100000; // every object, array, string, number… in the document

    // The bytes of a pack file: a regular file (not a device, pipe or folder) of at most
    // MaxFileBytes; otherwise one problem saying which and what was expected.
    static QByteArray readFile(const QString &path, QList<ChecklistProblem> &problems);
    // Problems when bytes is larger than MaxFileBytes.
    static QList<ChecklistProblem> checkSize(const QByteArray &bytes, const QString &file);
    // Problems when the parsed document is deeper, larger or has more items than allowed.
    static QList<ChecklistProblem> checkShape(const QJsonValue &document, const QString &file);
};

} // namespace psv
