#include "ChecklistSchema.h"

#include "ChecklistLogging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace psv {

namespace {

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::trunc(d);
}

bool hasType(const QJsonValue &v, const QString &type)
{
    if (type == QLatin1String("object"))
        return v.isObject();
    if (type == QLatin1String("array"))
        return v.isArray();
    if (type == QLatin1String("string"))
        return v.isString();
    if (type == QLatin1String("integer"))
        return isInteger(v);
    if (type == QLatin1String("number"))
        return v.isDouble();
    if (type == QLatin1String("boolean"))
        return v.isBool();
    if (type == QLatin1String("null"))
        return v.isNull();
    return false;
}

QString typeName(const QString &type)
{
    if (type == QLatin1String("object"))
        return QCoreApplication::translate("ChecklistSchema", "an object {…}");
    if (type == QLatin1String("array"))
        return QCoreApplication::translate("ChecklistSchema", "an array […]");
    if (type == QLatin1String("string"))
        return QCoreApplication::translate("ChecklistSchema", "a text in double quotes");
    if (type == QLatin1String("integer"))
        return QCoreApplication::translate("ChecklistSchema", "a whole number");
    if (type == QLatin1String("number"))
        return QCoreApplication::translate("ChecklistSchema", "a number");
    if (type == QLatin1String("boolean"))
        return QCoreApplication::translate("ChecklistSchema", "true or false");
    return QCoreApplication::translate("ChecklistSchema", "null");
}

// A short rendering of a value for messages: "general", 3, true, an object {…}.
QString render(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: {
        const QString s = v.toString();
        return u'"' + (s.size() > 60 ? s.left(57) + QStringLiteral("...") : s) + u'"';
    }
    case QJsonValue::Double:
        return isInteger(v) ? QString::number(qint64(v.toDouble())) : QString::number(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object:
        return typeName(QStringLiteral("object"));
    case QJsonValue::Array:
        return typeName(QStringLiteral("array"));
    default:
        return QStringLiteral("null");
    }
}

QString renderList(const QJsonArray &values)
{
    QStringList parts;
    for (const QJsonValue &v : values)
        parts << render(v);
    return parts.join(QStringLiteral(", "));
}

// What a value validated by a named $defs entry with a pattern or length rule should look like.
QString expectation(const QString &defName)
{
    if (defName == QLatin1String("identifier"))
        return QCoreApplication::translate("ChecklistSchema",
            "an identifier of lowercase letters, digits and single hyphens that starts with a letter "
            "(e.g. mps-2025)");
    if (defName == QLatin1String("date"))
        return QCoreApplication::translate("ChecklistSchema", "a date written YYYY-MM-DD");
    if (defName == QLatin1String("text"))
        return QCoreApplication::translate("ChecklistSchema", "a text that is not empty or blank");
    if (defName == QLatin1String("divisionPrefix"))
        return QCoreApplication::translate("ChecklistSchema",
            "the leading 2, 4, 6, 9 or 12 digits of an administrative division code (e.g. 11 for Beijing, "
            "5405 for Shannan)");
    return {};
}

const QSet<QString> &keywords()
{
    static const QSet<QString> k {QStringLiteral("$schema"), QStringLiteral("$id"), QStringLiteral("$comment"),
        QStringLiteral("$defs"), QStringLiteral("$ref"), QStringLiteral("title"), QStringLiteral("description"),
        QStringLiteral("type"), QStringLiteral("enum"), QStringLiteral("const"), QStringLiteral("properties"),
        QStringLiteral("required"), QStringLiteral("additionalProperties"), QStringLiteral("items"),
        QStringLiteral("minItems"), QStringLiteral("maxItems"), QStringLiteral("uniqueItems"),
        QStringLiteral("minLength"), QStringLiteral("pattern"), QStringLiteral("minimum"), QStringLiteral("maximum"),
        QStringLiteral("allOf"), QStringLiteral("if"), QStringLiteral("then"), QStringLiteral("else"),
        QStringLiteral("not")};
    return k;
}

} // namespace

QStringList ChecklistSchema::supportedKeywords()
{
    QStringList list = keywords().values();
    list.sort();
    return list;
}

QString ChecklistSchema::escapePointerToken(const QString &key)
{
    QString k = key;
    return k.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
}

// Returns a description of the first problem in a subschema, or an empty string.
QString ChecklistSchema::checkSubschema(const QJsonValue &value, const QString &path)
{
    if (value.isBool())
        return {};
    if (!value.isObject())
        return path + QStringLiteral(": ")
            + QCoreApplication::translate("ChecklistSchema", "a schema must be an object or true/false");
    const QJsonObject s = value.toObject();
    for (auto it = s.begin(); it != s.end(); ++it) {
        const QString key = it.key();
        const QString here = path + u'/' + escapePointerToken(key);
        if (!keywords().contains(key))
            return here + QStringLiteral(": ")
                + QCoreApplication::translate(
                    "ChecklistSchema", "this keyword is not supported by the checklist validator");
        QString problem;
        if (key == QLatin1String("$ref")) {
            QString name;
            if (resolve(it.value().toString(), &name).isEmpty())
                problem = here + QStringLiteral(": ")
                    + QCoreApplication::translate("ChecklistSchema", "the reference does not name an entry of $defs");
        } else if (key == QLatin1String("pattern")) {
            const QRegularExpression re(it.value().toString());
            if (!re.isValid())
                problem = here + QStringLiteral(": ")
                    + QCoreApplication::translate("ChecklistSchema", "the pattern is not a valid regular expression");
            m_patterns.insert(it.value().toString(), re);
        } else if (key == QLatin1String("$defs") || key == QLatin1String("properties")) {
            const QJsonObject defs = it.value().toObject();
            for (auto d = defs.begin(); d != defs.end() && problem.isEmpty(); ++d)
                problem = checkSubschema(d.value(), here + u'/' + escapePointerToken(d.key()));
        } else if (key == QLatin1String("allOf")) {
            const QJsonArray all = it.value().toArray();
            for (qsizetype i = 0; i < all.size() && problem.isEmpty(); ++i)
                problem = checkSubschema(all.at(i), here + u'/' + QString::number(i));
        } else if (key == QLatin1String("items") || key == QLatin1String("additionalProperties")
            || key == QLatin1String("if") || key == QLatin1String("then") || key == QLatin1String("else")
            || key == QLatin1String("not")) {
            problem = checkSubschema(it.value(), here);
        }
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

Result<ChecklistSchema> ChecklistSchema::fromJson(const QByteArray &json, const QString &where)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(
            QCoreApplication::translate("ChecklistSchema", "The checklist schema is not a JSON object."), where, 3);
    ChecklistSchema schema(doc.object());
    const QString problem = schema.checkSubschema(schema.m_doc, QString());
    if (!problem.isEmpty())
        return makeError(
            QCoreApplication::translate("ChecklistSchema", "The checklist schema cannot be used: %1").arg(problem),
            where, 3);
    return schema;
}

const Result<ChecklistSchema> &ChecklistSchema::builtIn()
{
    static const Result<ChecklistSchema> schema = [] {
        const QString path = QStringLiteral(":/checklists/schema/checklist.schema.json");
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Result<ChecklistSchema>(makeError(
                QCoreApplication::translate("ChecklistSchema", "The built-in checklist schema is missing."), path, 3));
        Result<ChecklistSchema> r = fromJson(f.readAll(), path);
        if (!r)
            qCCritical(lcChecklist) << "built-in schema unusable:" << r.error().text();
        return r;
    }();
    return schema;
}

QJsonObject ChecklistSchema::resolve(const QString &ref, QString *defName) const
{
    static const QString prefix = QStringLiteral("#/$defs/");
    if (!ref.startsWith(prefix))
        return {};
    *defName = ref.mid(prefix.size());
    return m_doc.value(QLatin1String("$defs")).toObject().value(*defName).toObject();
}

QList<ChecklistSchema::Issue> ChecklistSchema::validate(const QJsonValue &instance) const
{
    QList<Issue> out;
    evaluate(m_doc, instance, QString(), QString(), out);
    return out;
}

void ChecklistSchema::evaluate(
    const QJsonObject &s, const QJsonValue &v, const QString &ptr, const QString &defName, QList<Issue> &out) const
{
    if (s.contains(QLatin1String("$ref"))) {
        QString name;
        const QJsonObject target = resolve(s.value(QLatin1String("$ref")).toString(), &name);
        evaluate(target, v, ptr, name, out);
    }
    if (s.contains(QLatin1String("type"))) {
        const QJsonValue t = s.value(QLatin1String("type"));
        const QJsonArray types = t.isArray() ? t.toArray() : QJsonArray {t};
        bool ok = false;
        QStringList names;
        for (const QJsonValue &type : types) {
            ok = ok || hasType(v, type.toString());
            names << typeName(type.toString());
        }
        if (!ok) {
            out << Issue {ptr,
                QCoreApplication::translate("ChecklistSchema", "expected %1, found %2")
                    .arg(names.join(QCoreApplication::translate("ChecklistSchema", " or ")), render(v))};
            return;
        }
    }
    if (s.contains(QLatin1String("const")) && v != s.value(QLatin1String("const")))
        out << Issue {ptr,
            QCoreApplication::translate("ChecklistSchema", "expected %1, found %2")
                .arg(render(s.value(QLatin1String("const"))), render(v))};
    if (s.contains(QLatin1String("enum")) && !s.value(QLatin1String("enum")).toArray().contains(v))
        out << Issue {ptr,
            QCoreApplication::translate("ChecklistSchema", "%1 is not allowed here; expected one of: %2")
                .arg(render(v), renderList(s.value(QLatin1String("enum")).toArray()))};
    if (v.isObject())
        evaluateObject(s, v.toObject(), ptr, out);
    if (v.isArray())
        evaluateArray(s, v.toArray(), ptr, out);
    if (v.isString()) {
        const QString text = v.toString();
        const QString expected = expectation(defName);
        if (s.contains(QLatin1String("minLength"))
            && text.toUcs4().size() < s.value(QLatin1String("minLength")).toInt())
            out << Issue {ptr,
                expected.isEmpty() ? QCoreApplication::translate(
                                         "ChecklistSchema", "the text is too short; expected at least %1 character(s)")
                                         .arg(s.value(QLatin1String("minLength")).toInt())
                                   : QCoreApplication::translate("ChecklistSchema", "%1 is not valid here; expected %2")
                                         .arg(render(v), expected)};
        else if (s.contains(QLatin1String("pattern"))
            && !m_patterns.value(s.value(QLatin1String("pattern")).toString()).match(text).hasMatch())
            out << Issue {ptr,
                QCoreApplication::translate("ChecklistSchema", "%1 is not valid here; expected %2")
                    .arg(render(v),
                        expected.isEmpty() ? QCoreApplication::translate("ChecklistSchema", "a text matching %1")
                                                 .arg(s.value(QLatin1String("pattern")).toString())
                                           : expected)};
    }
    if (v.isDouble()) {
        if (s.contains(QLatin1String("minimum")) && v.toDouble() < s.value(QLatin1String("minimum")).toDouble())
            out << Issue {ptr,
                QCoreApplication::translate("ChecklistSchema", "%1 is too small; expected at least %2")
                    .arg(render(v), render(s.value(QLatin1String("minimum"))))};
        if (s.contains(QLatin1String("maximum")) && v.toDouble() > s.value(QLatin1String("maximum")).toDouble())
            out << Issue {ptr,
                QCoreApplication::translate("ChecklistSchema", "%1 is too large; expected at most %2")
                    .arg(render(v), render(s.value(QLatin1String("maximum"))))};
    }
    for (const QJsonValue &sub : s.value(QLatin1String("allOf")).toArray())
        evaluate(sub.toObject(), v, ptr, defName, out);
    if (s.contains(QLatin1String("if"))) {
        QList<Issue> scratch;
        evaluate(s.value(QLatin1String("if")).toObject(), v, ptr, defName, scratch);
        const char *branch = scratch.isEmpty() ? "then" : "else";
        if (s.contains(QLatin1String(branch)))
            evaluate(s.value(QLatin1String(branch)).toObject(), v, ptr, defName, out);
    }
    if (s.contains(QLatin1String("not"))) {
        QList<Issue> scratch;
        evaluate(s.value(QLatin1String("not")).toObject(), v, ptr, defName, scratch);
        if (scratch.isEmpty())
            out << Issue {
                ptr, QCoreApplication::translate("ChecklistSchema", "this value has a form that is not allowed here")};
    }
}

void ChecklistSchema::evaluateObject(
    const QJsonObject &s, const QJsonObject &o, const QString &ptr, QList<Issue> &out) const
{
    for (const QJsonValue &key : s.value(QLatin1String("required")).toArray())
        if (!o.contains(key.toString()))
            out << Issue {ptr,
                QCoreApplication::translate("ChecklistSchema", "the required property \"%1\" is missing")
                    .arg(key.toString())};
    const QJsonObject props = s.value(QLatin1String("properties")).toObject();
    const QJsonValue additional = s.value(QLatin1String("additionalProperties"));
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString child = ptr + u'/' + escapePointerToken(it.key());
        if (props.contains(it.key())) {
            const QJsonValue sub = props.value(it.key());
            if (sub.isObject())
                evaluate(sub.toObject(), it.value(), child, QString(), out);
        } else if (additional.isBool() && !additional.toBool()) {
            out << Issue {child,
                QCoreApplication::translate("ChecklistSchema", "unknown property \"%1\"; expected one of: %2")
                    .arg(it.key(), props.keys().join(QStringLiteral(", ")))};
        } else if (additional.isObject()) {
            evaluate(additional.toObject(), it.value(), child, QString(), out);
        }
    }
}

void ChecklistSchema::evaluateArray(
    const QJsonObject &s, const QJsonArray &a, const QString &ptr, QList<Issue> &out) const
{
    if (s.contains(QLatin1String("minItems")) && a.size() < s.value(QLatin1String("minItems")).toInt())
        out << Issue {ptr,
            QCoreApplication::translate("ChecklistSchema", "expected at least %1 element(s), found %2")
                .arg(s.value(QLatin1String("minItems")).toInt())
                .arg(a.size())};
    if (s.contains(QLatin1String("maxItems")) && a.size() > s.value(QLatin1String("maxItems")).toInt())
        out << Issue {ptr,
            QCoreApplication::translate("ChecklistSchema", "expected at most %1 element(s), found %2")
                .arg(s.value(QLatin1String("maxItems")).toInt())
                .arg(a.size())};
    if (s.value(QLatin1String("uniqueItems")).toBool()) {
        for (qsizetype i = 1; i < a.size(); ++i)
            for (qsizetype j = 0; j < i; ++j)
                if (a.at(i) == a.at(j)) {
                    out << Issue {ptr + u'/' + QString::number(i),
                        QCoreApplication::translate("ChecklistSchema",
                            "%1 appears more than once (also at %2); each value may appear only once")
                            .arg(render(a.at(i)), ptr + u'/' + QString::number(j))};
                    break;
                }
    }
    if (s.value(QLatin1String("items")).isObject()) {
        const QJsonObject items = s.value(QLatin1String("items")).toObject();
        for (qsizetype i = 0; i < a.size(); ++i)
            evaluate(items, a.at(i), ptr + u'/' + QString::number(i), QString(), out);
    }
}

} // namespace psv
