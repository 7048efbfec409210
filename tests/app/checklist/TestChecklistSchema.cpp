// The JSON Schema subset evaluator on small schemas with known verdicts.
#include "ChecklistSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace psv;

namespace {

ChecklistSchema schema(const char *json)
{
    auto s = ChecklistSchema::fromJson(QByteArray(json), QStringLiteral("test"));
    if (!s)
        qFatal("schema refused: %s", qPrintable(s.error().text()));
    return s.value();
}

QJsonValue value(const char *json)
{
    return QJsonDocument::fromJson(QByteArray("[") + json + "]").array().at(0);
}

QStringList issues(const ChecklistSchema &s, const char *json)
{
    QStringList out;
    for (const auto &i : s.validate(value(json)))
        out << (i.pointer.isEmpty() ? QStringLiteral("/") : i.pointer) + QStringLiteral(": ") + i.message;
    return out;
}

} // namespace

class TestChecklistSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void types()
    {
        const auto s = schema("{\"type\": \"integer\"}");
        QVERIFY(issues(s, "3").isEmpty());
        QVERIFY(issues(s, "3.0").isEmpty()); // 2020-12: a number with a zero fraction is an integer
        QCOMPARE(issues(s, "3.5"), QStringList {QStringLiteral("/: expected a whole number, found 3.5")});
        QCOMPARE(issues(s, "\"3\""), QStringList {QStringLiteral("/: expected a whole number, found \"3\"")});
        const auto multi = schema("{\"type\": [\"string\", \"null\"]}");
        QVERIFY(issues(multi, "null").isEmpty());
        QCOMPARE(issues(multi, "true").size(), 1);
    }

    void objects()
    {
        const auto s = schema(
            "{\"type\": \"object\", \"required\": [\"a\", \"b\"], \"additionalProperties\": false, \"properties\": "
            "{\"a\": {\"type\": \"string\"}, \"b\": {\"type\": \"boolean\"}, \"c/d\": {\"type\": \"integer\"}}}");
        QVERIFY(issues(s, "{\"a\": \"x\", \"b\": true}").isEmpty());
        QCOMPARE(issues(s, "{\"a\": 1, \"zz\": 2, \"c/d\": \"n\"}"),
            QStringList({QStringLiteral("/: the required property \"b\" is missing"),
                QStringLiteral("/a: expected a text in double quotes, found 1"),
                QStringLiteral("/c~1d: expected a whole number, found \"n\""),
                QStringLiteral("/zz: unknown property \"zz\"; expected one of: a, b, c/d")}));
    }

    void arrays()
    {
        const auto s = schema("{\"type\": \"array\", \"minItems\": 2, \"maxItems\": 3, \"uniqueItems\": true, "
                              "\"items\": {\"minimum\": 1, \"maximum\": 9}}");
        QVERIFY(issues(s, "[1, 2]").isEmpty());
        QCOMPARE(issues(s, "[0]"),
            QStringList({QStringLiteral("/: expected at least 2 element(s), found 1"),
                QStringLiteral("/0: 0 is too small; expected at least 1")}));
        QCOMPARE(issues(s, "[1, 2, 3, 2]"),
            QStringList({QStringLiteral("/: expected at most 3 element(s), found 4"),
                QStringLiteral("/3: 2 appears more than once (also at /1); each value may appear only once")}));
        QCOMPARE(issues(s, "[1, 10]"), QStringList {QStringLiteral("/1: 10 is too large; expected at most 9")});
    }

    void enumsConstsAndStrings()
    {
        const auto e = schema("{\"enum\": [\"general\", \"professional\"]}");
        QCOMPARE(issues(e, "\"expert\""),
            QStringList {
                QStringLiteral("/: \"expert\" is not allowed here; expected one of: \"general\", \"professional\"")});
        QCOMPARE(issues(schema("{\"const\": 1}"), "2"), QStringList {QStringLiteral("/: expected 1, found 2")});
        const auto p = schema("{\"type\": \"string\", \"minLength\": 2, \"pattern\": \"^[a-z]+$\"}");
        QVERIFY(issues(p, "\"ab\"").isEmpty());
        QCOMPARE(issues(p, "\"a\""),
            QStringList {QStringLiteral("/: the text is too short; expected at least 2 character(s)")});
        QCOMPARE(issues(p, "\"aB\""),
            QStringList {QStringLiteral("/: \"aB\" is not valid here; expected a text matching ^[a-z]+$")});
        QVERIFY(issues(p, "\"中文\"").size() == 1); // two characters, but not [a-z]
    }

    void referencesNameTheExpectation()
    {
        const auto s = schema(
            "{\"properties\": {\"d\": {\"$ref\": \"#/$defs/date\"}, \"id\": {\"$ref\": \"#/$defs/identifier\"}}, "
            "\"$defs\": {\"date\": {\"type\": \"string\", \"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\"}, "
            "\"identifier\": {\"type\": \"string\", \"pattern\": \"^[a-z][a-z0-9]*(-[a-z0-9]+)*$\"}}}");
        QCOMPARE(issues(s, "{\"d\": \"1.4.2025\", \"id\": \"Mps_2025\"}"),
            QStringList({QStringLiteral("/d: \"1.4.2025\" is not valid here; expected a date written YYYY-MM-DD"),
                QStringLiteral("/id: \"Mps_2025\" is not valid here; expected an identifier of lowercase letters, "
                               "digits and single hyphens that starts with a letter (e.g. mps-2025)")}));
    }

    void conditionals()
    {
        const auto s = schema("{\"allOf\": [{\"if\": {\"required\": [\"kind\"], \"properties\": {\"kind\": {\"const\": "
                              "\"local\"}}}, \"then\": {\"required\": [\"jurisdiction\"]}}], \"if\": {\"not\": "
                              "{\"required\": [\"order\"]}}, \"then\": {\"required\": [\"note\"]}}");
        QVERIFY(issues(s, "{\"kind\": \"national\", \"order\": \"x\"}").isEmpty());
        QCOMPARE(issues(s, "{\"kind\": \"local\", \"order\": \"x\"}"),
            QStringList {QStringLiteral("/: the required property \"jurisdiction\" is missing")});
        QCOMPARE(issues(s, "{\"kind\": \"national\"}"),
            QStringList {QStringLiteral("/: the required property \"note\" is missing")});
        QVERIFY(issues(s, "{\"note\": \"n\"}").isEmpty());
        QCOMPARE(issues(schema("{\"not\": {\"type\": \"string\"}}"), "\"s\"").size(), 1);
    }

    void unsupportedSchemasAreRefused()
    {
        QVERIFY(!ChecklistSchema::fromJson("{\"oneOf\": [{\"type\": \"string\"}]}", QStringLiteral("t")));
        QVERIFY(!ChecklistSchema::fromJson(
            "{\"properties\": {\"a\": {\"$ref\": \"#/$defs/missing\"}}}", QStringLiteral("t")));
        QVERIFY(!ChecklistSchema::fromJson("{\"pattern\": \"(\"}", QStringLiteral("t")));
        QVERIFY(!ChecklistSchema::fromJson("{\"$defs\": {\"x\": {\"format\": \"date\"}}}", QStringLiteral("t")));
        const auto refused = ChecklistSchema::fromJson("{\"items\": {\"prefixItems\": []}}", QStringLiteral("t"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("/items/prefixItems")),
            qPrintable(refused.error().message));
        QVERIFY(ChecklistSchema::builtIn().ok());
    }
};

QTEST_GUILESS_MAIN(TestChecklistSchema)
#include "TestChecklistSchema.moc"
