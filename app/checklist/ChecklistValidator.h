#pragma once

#include "ChecklistProblem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace psv {

// Checks a checklist file completely: JSON syntax (line:column of the error), the schema
// (checklists/schema/checklist.schema.json, evaluated by ChecklistSchema) and the rules the schema
// cannot express (ChecklistRules). Every problem is reported, not only the first.
class ChecklistValidator
{
public:
    struct Report
    {
        QJsonObject document; // the parsed file (empty when it is not a JSON object)
        QList<ChecklistProblem> problems;
        bool ok() const { return problems.isEmpty(); }
    };

    static Report validate(const QByteArray &bytes, const QString &file);
    static Report validateFile(const QString &path); // file: the path as given
    static QList<ChecklistProblem> validateDocument(const QJsonValue &document, const QString &file);

    // "line:column" (1-based; the column counts characters, not bytes) of a byte offset in UTF-8 text.
    static QString lineColumn(const QByteArray &bytes, qsizetype offset);
};

} // namespace psv
