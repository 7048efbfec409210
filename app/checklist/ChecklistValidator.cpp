#include "ChecklistValidator.h"

#include "ChecklistLimits.h"
#include "ChecklistRules.h"
#include "ChecklistSchema.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace psv {

namespace {

QString parseMessage(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return QCoreApplication::translate(
            "ChecklistValidator", "JSON syntax error: expected ',' before the next member or '}' to close the object");
    case QJsonParseError::MissingNameSeparator:
        return QCoreApplication::translate(
            "ChecklistValidator", "JSON syntax error: expected ':' after the member name");
    case QJsonParseError::UnterminatedArray:
        return QCoreApplication::translate(
            "ChecklistValidator", "JSON syntax error: expected ',' before the next element or ']' to close the array");
    case QJsonParseError::MissingValueSeparator:
        return QCoreApplication::translate("ChecklistValidator", "JSON syntax error: expected ',' between two values");
    case QJsonParseError::IllegalValue:
        return QCoreApplication::translate("ChecklistValidator",
            "JSON syntax error: expected a value (a text in double quotes, a number, true, false, null, "
            "an object or an array)");
    case QJsonParseError::TerminationByNumber:
        return QCoreApplication::translate("ChecklistValidator", "JSON syntax error: the file ends inside a number");
    case QJsonParseError::IllegalNumber:
        return QCoreApplication::translate("ChecklistValidator", "JSON syntax error: this number cannot be read");
    case QJsonParseError::IllegalEscapeSequence:
        return QCoreApplication::translate("ChecklistValidator",
            "JSON syntax error: invalid escape sequence in a text; expected \\\" \\\\ \\/ \\b \\f \\n \\r "
            "\\t or \\uXXXX");
    case QJsonParseError::IllegalUTF8String:
        return QCoreApplication::translate("ChecklistValidator", "the file is not valid UTF-8 text; save it as UTF-8");
    case QJsonParseError::UnterminatedString:
        return QCoreApplication::translate(
            "ChecklistValidator", "JSON syntax error: a text is not closed; expected a closing double quote");
    case QJsonParseError::MissingObject:
        return QCoreApplication::translate("ChecklistValidator",
            "JSON syntax error: expected a member name in double quotes after ',' (a trailing comma is "
            "not allowed)");
    case QJsonParseError::DeepNesting:
        return QCoreApplication::translate(
            "ChecklistValidator", "JSON syntax error: the document is nested too deeply");
    case QJsonParseError::DocumentTooLarge:
        return QCoreApplication::translate("ChecklistValidator", "the document is too large");
    case QJsonParseError::GarbageAtEnd:
        return QCoreApplication::translate(
            "ChecklistValidator", "JSON syntax error: unexpected text after the end of the document");
    case QJsonParseError::NoError:
        break;
    }
    return QCoreApplication::translate("ChecklistValidator", "JSON syntax error");
}

} // namespace

QString ChecklistValidator::lineColumn(const QByteArray &bytes, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, bytes.size());
    while (offset > 0 && offset < bytes.size() && (uchar(bytes.at(offset)) & 0xC0) == 0x80)
        --offset; // never point into the middle of a UTF-8 sequence
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i)
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i)
        if ((uchar(bytes.at(i)) & 0xC0) != 0x80)
            ++column;
    return QString::number(line) + u':' + QString::number(column);
}

ChecklistValidator::Report ChecklistValidator::validate(const QByteArray &bytes, const QString &file)
{
    Report report;
    report.problems = ChecklistLimits::checkSize(bytes, file);
    if (!report.ok())
        return report;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the offending character, except for text after the end.
        qsizetype at = error.offset;
        if (error.error != QJsonParseError::GarbageAtEnd && at > 0)
            --at;
        if (bytes.trimmed().isEmpty())
            report.problems << ChecklistProblem {file, QStringLiteral("1:1"),
                QCoreApplication::translate("ChecklistValidator", "the file is empty; expected a JSON object")};
        else
            report.problems << ChecklistProblem {file, lineColumn(bytes, at), parseMessage(error.error)};
        return report;
    }
    const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    report.problems = ChecklistLimits::checkShape(root, file);
    if (!report.ok())
        return report; // too large for the schema to be worth evaluating
    report.document = doc.object();
    report.problems = validateDocument(root, file);
    return report;
}

ChecklistValidator::Report ChecklistValidator::validateFile(const QString &path)
{
    Report report;
    const QByteArray bytes = ChecklistLimits::readFile(path, report.problems);
    if (!report.ok())
        return report;
    return validate(bytes, path);
}

QList<ChecklistProblem> ChecklistValidator::validateDocument(const QJsonValue &document, const QString &file)
{
    QList<ChecklistProblem> problems;
    const Result<ChecklistSchema> &schema = ChecklistSchema::builtIn();
    if (!schema) {
        problems << ChecklistProblem {file, QString(), schema.error().message};
        return problems;
    }
    for (const ChecklistSchema::Issue &issue : schema->validate(document))
        problems << ChecklistProblem {file, issue.pointer, issue.message};
    if (document.isObject())
        for (const ChecklistSchema::Issue &issue : ChecklistRules::check(document.toObject()))
            problems << ChecklistProblem {file, issue.pointer, issue.message};
    return problems;
}

} // namespace psv
