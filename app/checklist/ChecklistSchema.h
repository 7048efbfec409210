#pragma once

#include "Result.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace psv {

// Evaluates a JSON Schema (draft 2020-12) restricted to the keywords listed by supportedKeywords():
// the checklist schema in checklists/schema/checklist.schema.json is evaluated as it is, so the C++
// validator and the schema file cannot drift apart. Every failing keyword is reported, with the JSON
// pointer of the offending value and a translated message saying what was expected.
class ChecklistSchema
{
public:
    struct Issue
    {
        QString pointer; // "" for the document itself, else "/items/3/mode"
        QString message;
    };

    // Refuses a schema that uses a keyword outside the supported subset, a $ref that does not resolve
    // within the document, or a pattern that does not compile.
    static Result<ChecklistSchema> fromJson(const QByteArray &json, const QString &where);
    // The schema embedded in the binary (:/checklists/schema/checklist.schema.json).
    static const Result<ChecklistSchema> &builtIn();
    static QStringList supportedKeywords();

    QList<Issue> validate(const QJsonValue &instance) const;
    const QJsonObject &document() const { return m_doc; }

    static QString escapePointerToken(const QString &key);

private:
    explicit ChecklistSchema(QJsonObject doc) : m_doc(std::move(doc)) { }
    void evaluate(const QJsonObject &schema, const QJsonValue &value, const QString &pointer, const QString &defName,
        QList<Issue> &out) const;
    void evaluateObject(
        const QJsonObject &schema, const QJsonObject &object, const QString &pointer, QList<Issue> &out) const;
    void evaluateArray(
        const QJsonObject &schema, const QJsonArray &array, const QString &pointer, QList<Issue> &out) const;
    QJsonObject resolve(const QString &ref, QString *defName) const;
    QString checkSubschema(const QJsonValue &schema, const QString &path); // also compiles the patterns

    QJsonObject m_doc;
    QHash<QString, QRegularExpression> m_patterns; // read-only after fromJson(): safe to share between threads
};

} // namespace psv
