// ChecklistValidator against the schema file: the built-in checklists pass; every rule the schema
// states (required keys, enums, closed objects, types) is enforced at the right JSON pointer; the
// broken packs (tests/app/checklist/data) are refused with precise messages; JSON syntax errors get line:column.
#include "ChecklistLimits.h"
#include "ChecklistSchema.h"
#include "ChecklistValidator.h"
#include "JsonPointer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;
using namespace Qt::StringLiterals;

namespace {

const QString kSchemaFile = QStringLiteral(PSV_SOURCE_DIR "/checklists/schema/checklist.schema.json");
const QString kChecklistDir = QStringLiteral(PSV_SOURCE_DIR "/checklists");
const QString kData = QStringLiteral(PSV_TEST_DATA);

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

QString dump(const QList<ChecklistProblem> &problems)
{
    QStringList lines;
    for (const ChecklistProblem &p : problems)
        lines << p.text();
    return lines.join(u'\n');
}

bool hasProblem(const QList<ChecklistProblem> &problems, const QString &location, const QString &fragment)
{
    return std::any_of(problems.begin(), problems.end(),
        [&](const ChecklistProblem &p) { return p.location == location && p.message.contains(fragment); });
}

// Walks a document together with the schema file (following $ref, properties, items) and calls
// visit(schemaPath, resolvedSchema, value, pointer) at every value the schema describes.
struct SchemaWalker
{
    QJsonObject root;
    std::function<void(const QString &, const QJsonObject &, const QJsonValue &, const QString &)> visit;

    void walk(QJsonObject schema, QString schemaPath, const QJsonValue &value, const QString &ptr) const
    {
        while (schema.contains(QLatin1String("$ref"))) {
            for (const QString &k : schema.keys())
                QVERIFY2(
                    k == QLatin1String("$ref") || k == QLatin1String("description") || k == QLatin1String("$comment"),
                    qPrintable(schemaPath + QStringLiteral(": keywords beside $ref are not walked: ") + k));
            const QString name = schema.value(QLatin1String("$ref")).toString().mid(8); // "#/$defs/"
            schemaPath = QStringLiteral("/$defs/") + name;
            schema = root.value(QLatin1String("$defs")).toObject().value(name).toObject();
        }
        visit(schemaPath, schema, value, ptr);
        if (value.isObject()) {
            const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
            const QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                if (props.contains(it.key()))
                    walk(props.value(it.key()).toObject(), schemaPath + QStringLiteral("/properties/") + it.key(),
                        it.value(), ptr + u'/' + ChecklistSchema::escapePointerToken(it.key()));
        } else if (value.isArray() && schema.value(QLatin1String("items")).isObject()) {
            const QJsonArray a = value.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                walk(schema.value(QLatin1String("items")).toObject(), schemaPath + QStringLiteral("/items"), a.at(i),
                    ptr + u'/' + QString::number(i));
        }
    }
};

// (schema path, key) of every unconditional "required" in the schema file; those inside if/then/else
// are conditions or conditional requirements and are tested separately.
void collectRequired(
    const QJsonValue &v, const QString &path, QSet<QString> &out, QSet<QString> &conditional, bool inCondition)
{
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString here = path + u'/' + it.key();
        if (it.key() == QLatin1String("required")) {
            for (const QJsonValue &k : it.value().toArray())
                (inCondition ? conditional : out).insert(path + u'#' + k.toString());
        } else if (it.value().isArray()) {
            const QJsonArray a = it.value().toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                collectRequired(a.at(i), here + u'/' + QString::number(i), out, conditional, inCondition);
        } else {
            const bool cond = inCondition || it.key() == QLatin1String("if") || it.key() == QLatin1String("then")
                || it.key() == QLatin1String("else") || it.key() == QLatin1String("not");
            collectRequired(it.value(), here, out, conditional, cond);
        }
    }
}

QList<QJsonObject> builtInDocuments()
{
    QList<QJsonObject> docs;
    for (const QString &name : QDir(kChecklistDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        docs << readJson(kChecklistDir + u'/' + name);
    return docs;
}

} // namespace

class TestChecklistValidator : public QObject
{
    Q_OBJECT

    QJsonObject m_schema;

private Q_SLOTS:
    void initTestCase()
    {
        m_schema = readJson(kSchemaFile);
        QVERIFY(!m_schema.isEmpty());
        const auto &schema = ChecklistSchema::builtIn();
        QVERIFY2(schema.ok(), qPrintable(schema.ok() ? QString() : schema.error().text()));
    }

    void embeddedFilesAreTheSourceFiles()
    {
        QCOMPARE(readFile(QStringLiteral(":/checklists/schema/checklist.schema.json")), readFile(kSchemaFile));
        const QStringList names = QDir(kChecklistDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QCOMPARE(
            QDir(QStringLiteral(":/checklists")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name), names);
        for (const QString &name : names)
            QCOMPARE(readFile(QStringLiteral(":/checklists/") + name), readFile(kChecklistDir + u'/' + name));
    }

    void builtInChecklistsAreValid()
    {
        for (const QString &name : QDir(kChecklistDir).entryList({QStringLiteral("*.json")}, QDir::Files)) {
            const auto report = ChecklistValidator::validateFile(kChecklistDir + u'/' + name);
            QVERIFY2(report.ok(), qPrintable(dump(report.problems)));
        }
        QVERIFY(ChecklistValidator::validateFile(kData + QStringLiteral("/valid/test-local.json")).ok());
    }

    void everyRequiredKeyOfTheSchemaIsEnforced()
    {
        QSet<QString> required, conditional, tested;
        collectRequired(m_schema, QString(), required, conditional, false);
        QVERIFY(required.size() > 30);
        SchemaWalker walker {m_schema, {}};
        int mutations = 0;
        for (const QJsonObject &doc : builtInDocuments()) {
            QSet<QString> testedHere; // each schema location once per document keeps the test fast
            walker.visit = [&](const QString &schemaPath, const QJsonObject &schema, const QJsonValue &value,
                               const QString &ptr) {
                if (!value.isObject())
                    return;
                for (const QJsonValue &k : schema.value(QLatin1String("required")).toArray()) {
                    const QString key = k.toString();
                    if (testedHere.contains(schemaPath + u'#' + key))
                        continue;
                    testedHere.insert(schemaPath + u'#' + key);
                    const QJsonObject broken
                        = jsonptr::remove(doc, ptr + u'/' + ChecklistSchema::escapePointerToken(key));
                    const auto problems = ChecklistValidator::validateDocument(broken, QStringLiteral("t.json"));
                    QVERIFY2(hasProblem(problems, ptr, QStringLiteral("\"%1\"").arg(key)),
                        qPrintable(ptr + u' ' + key + u'\n' + dump(problems)));
                    tested.insert(schemaPath + u'#' + key);
                    ++mutations;
                }
            };
            walker.walk(m_schema, QString(), doc, QString());
        }
        QVERIFY(mutations > 100);
        const QSet<QString> untested = required - tested;
        QVERIFY2(untested.isEmpty(), qPrintable(QStringList(untested.begin(), untested.end()).join(u' ')));
        // The conditional requirements are the ones conditionalRequirements() tests.
        QCOMPARE(conditional,
            (QSet<QString> {QStringLiteral("/allOf/0/if#kind"), QStringLiteral("/allOf/0/then#jurisdiction"),
                QStringLiteral("/allOf/0/then#precedence"), QStringLiteral("/allOf/1/if#kind"),
                QStringLiteral("/allOf/1/then#inspectionKinds"), QStringLiteral("/allOf/2/if#id"),
                QStringLiteral("/$defs/outcome/if/not#order"), QStringLiteral("/$defs/outcome/then#note")}));
    }

    void everyEnumTypeAndClosedObjectIsEnforced()
    {
        int enums = 0, types = 0, closed = 0;
        SchemaWalker walker {m_schema, {}};
        for (const QJsonObject &doc : builtInDocuments()) {
            QSet<QString> testedHere; // each schema location once per document keeps the test fast
            walker.visit = [&](const QString &schemaPath, const QJsonObject &schema, const QJsonValue &value,
                               const QString &ptr) {
                if (testedHere.contains(schemaPath))
                    return;
                testedHere.insert(schemaPath);
                const auto check = [&](const QJsonObject &broken, const QString &at, const QString &fragment) {
                    const auto problems = ChecklistValidator::validateDocument(broken, QStringLiteral("t.json"));
                    QVERIFY2(hasProblem(problems, at, fragment),
                        qPrintable(schemaPath + u' ' + at + u'\n' + dump(problems)));
                };
                if (schema.contains(QLatin1String("enum"))) {
                    check(jsonptr::set(doc, ptr, QStringLiteral("no-such-value")), ptr,
                        QStringLiteral("expected one of"));
                    ++enums;
                }
                if (schema.contains(QLatin1String("const"))) {
                    check(jsonptr::set(doc, ptr, 999), ptr, QStringLiteral("expected"));
                    ++enums;
                }
                if (schema.contains(QLatin1String("type")) && !ptr.isEmpty()) {
                    const bool wantsString = schema.value(QLatin1String("type")) == QLatin1String("string");
                    check(jsonptr::set(doc, ptr, wantsString ? QJsonValue(42) : QJsonValue(QStringLiteral("x"))), ptr,
                        QStringLiteral("expected"));
                    ++types;
                }
                if (value.isObject() && schema.value(QLatin1String("additionalProperties")) == QJsonValue(false)) {
                    check(jsonptr::set(doc, ptr + QStringLiteral("/zzUnknown"), 1), ptr + QStringLiteral("/zzUnknown"),
                        QStringLiteral("unknown property \"zzUnknown\""));
                    ++closed;
                }
            };
            walker.walk(m_schema, QString(), doc, QString());
        }
        QVERIFY(enums > 20);
        QVERIFY(types > 50);
        QVERIFY(closed > 20);
    }

    void conditionalRequirements()
    {
        const QJsonObject local = readJson(kData + QStringLiteral("/valid/test-local.json"));
        auto problems = ChecklistValidator::validateDocument(
            jsonptr::remove(jsonptr::remove(local, QStringLiteral("/jurisdiction")), QStringLiteral("/precedence")),
            QStringLiteral("t.json"));
        QVERIFY2(hasProblem(problems, QString(), QStringLiteral("\"jurisdiction\"")), qPrintable(dump(problems)));
        QVERIFY(hasProblem(problems, QString(), QStringLiteral("\"precedence\"")));
        QCOMPARE(problems.size(), 2);

        const QJsonObject national = readJson(kChecklistDir + QStringLiteral("/mps-2025.json"));
        problems = ChecklistValidator::validateDocument(
            jsonptr::remove(national, QStringLiteral("/inspectionKinds")), QStringLiteral("t.json"));
        QVERIFY(hasProblem(problems, QString(), QStringLiteral("\"inspectionKinds\"")));

        // mps-2025 must have exactly 13 items (规定第十条).
        problems = ChecklistValidator::validateDocument(
            jsonptr::remove(national, QStringLiteral("/items/12")), QStringLiteral("t.json"));
        QVERIFY2(
            hasProblem(problems, QStringLiteral("/items"), QStringLiteral("at least 13")), qPrintable(dump(problems)));

        // An outcome without an order must say why (note).
        const QString outcome = QStringLiteral("/items/0/findings/0/outcome");
        problems = ChecklistValidator::validateDocument(
            jsonptr::remove(local, outcome + QStringLiteral("/order")), QStringLiteral("t.json"));
        QVERIFY2(hasProblem(problems, outcome, QStringLiteral("\"note\"")), qPrintable(dump(problems)));
        QCOMPARE(problems.size(), 1);
    }

    void rulesBeyondTheSchema()
    {
        const QJsonObject local = readJson(kData + QStringLiteral("/valid/test-local.json"));
        QJsonObject d = jsonptr::set(local, QStringLiteral("/items/0/enforces/0/law"), QStringLiteral("no-such-law"));
        d = jsonptr::set(d, QStringLiteral("/items/1/observations/1"),
            local.value(QLatin1String("items"))
                .toArray()
                .at(1)
                .toObject()
                .value(QLatin1String("observations"))
                .toArray()
                .at(0));
        d = jsonptr::set(d, QStringLiteral("/effective"), QStringLiteral("2025-02-30"));
        d = jsonptr::set(d, QStringLiteral("/jurisdiction/divisionCode"), QStringLiteral("440100"));
        d = jsonptr::set(d, QStringLiteral("/items/1/number"), 3);
        const auto problems = ChecklistValidator::validateDocument(d, QStringLiteral("t.json"));
        QVERIFY2(hasProblem(problems, QStringLiteral("/items/0/enforces/0/law"),
                     QStringLiteral("\"no-such-law\" is not listed in \"laws\"")),
            qPrintable(dump(problems)));
        QVERIFY(hasProblem(problems, QStringLiteral("/items/1/observations/1/key"),
            QStringLiteral("used twice (also at /items/1/observations/0/key)")));
        QVERIFY(hasProblem(problems, QStringLiteral("/effective"), QStringLiteral("not a real calendar date")));
        QVERIFY(hasProblem(problems, QStringLiteral("/jurisdiction/divisionCode"), QStringLiteral("ends in 00")));
        QVERIFY(
            hasProblem(problems, QStringLiteral("/items"), QStringLiteral("numbered 1 to 2 without gaps; missing: 2")));
        QCOMPARE(problems.size(), 5);

        const QJsonObject national = readJson(kChecklistDir + QStringLiteral("/mps-2025.json"));
        const auto focus = ChecklistValidator::validateDocument(
            jsonptr::set(national, QStringLiteral("/placeRules/0/focus/items/2"), 99), QStringLiteral("t.json"));
        QVERIFY2(hasProblem(focus, QStringLiteral("/placeRules/0/focus/items/2"), QStringLiteral("no item 99")),
            qPrintable(dump(focus)));
    }

    // The broken packs under tests/app/checklist/data: refused with every problem and a precise location.
    void badJsonGivesLineAndColumn()
    {
        const QString file = kData + QStringLiteral("/broken/bad-json.json");
        const auto report = ChecklistValidator::validateFile(file);
        QCOMPARE(report.problems.size(), 1);
        const ChecklistProblem p = report.problems.first();
        QCOMPARE(p.file, file);
        QCOMPARE(p.location, QStringLiteral("6:3")); // "title" begins where a ',' after "kind": "local" was expected
        QVERIFY2(p.message.contains(QStringLiteral("expected ','")), qPrintable(p.message));
        QCOMPARE(p.text(), file + QStringLiteral(":6:3: ") + p.message);
    }

    void syntaxErrorPositions_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("missing comma") << QByteArray("{\n  \"id\": \"x\"\n  \"version\": 1\n}") << "3:3"
                                       << "expected ','";
        QTest::newRow("after CJK text") << QByteArray("{\n \"中文\": \"值\" \"b\": 1}") << "2:12" << "expected ','";
        QTest::newRow("double comma") << QByteArray("{\n  \"a\": [1, 2,, 3]\n}") << "2:14" << "expected a value";
        QTest::newRow("bad literal") << QByteArray("{\"a\": tru}") << "1:7" << "expected a value";
        QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,}") << "1:9" << "trailing comma";
        QTest::newRow("garbage at end") << QByteArray("{\"a\": 1}\n x") << "2:2" << "after the end";
        QTest::newRow("unterminated text") << QByteArray("{\"a\": \"abc") << "1:11" << "not closed";
        QTest::newRow("empty") << QByteArray("\n") << "1:1" << "empty";
    }
    void syntaxErrorPositions()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, location);
        QFETCH(QString, fragment);
        const auto report = ChecklistValidator::validate(json, QStringLiteral("x.json"));
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().location, location);
        QVERIFY2(report.problems.first().message.contains(fragment), qPrintable(report.problems.first().message));
    }

    void missingFieldsAreAllReported()
    {
        const auto report = ChecklistValidator::validateFile(kData + QStringLiteral("/broken/missing-fields.json"));
        QVERIFY(hasProblem(report.problems, QString(), QStringLiteral("required property \"title\" is missing")));
        QVERIFY(hasProblem(
            report.problems, QStringLiteral("/items/0"), QStringLiteral("required property \"text\" is missing")));
        QVERIFY(hasProblem(
            report.problems, QStringLiteral("/items/0"), QStringLiteral("required property \"mode\" is missing")));
        QVERIFY(hasProblem(report.problems, QStringLiteral("/items/1/guidance"),
            QStringLiteral("required property \"film\" is missing")));
        QVERIFY(hasProblem(report.problems, QStringLiteral("/items/0/findings/0/outcome"),
            QStringLiteral("required property \"basis\" is missing")));
        QCOMPARE(report.problems.size(), 5);
    }

    void duplicateItemNumbersAreRefused()
    {
        const auto report = ChecklistValidator::validateFile(kData + QStringLiteral("/broken/duplicate-numbers.json"));
        QVERIFY2(hasProblem(report.problems, QStringLiteral("/items/1/number"),
                     QStringLiteral("the item number \"1\" is used twice (also at /items/0/number)")),
            qPrintable(dump(report.problems)));
        QCOMPARE(report.problems.size(), 1);
    }

    void unknownModeIsRefused()
    {
        const auto report = ChecklistValidator::validateFile(kData + QStringLiteral("/broken/unknown-mode.json"));
        QVERIFY2(hasProblem(report.problems, QStringLiteral("/items/1/mode"),
                     QStringLiteral("\"expert\" is not allowed here; expected one of: \"general\", \"professional\"")),
            qPrintable(dump(report.problems)));
        QCOMPARE(report.problems.size(), 1);
    }

    void notAnObjectOrNotAFile()
    {
        auto report = ChecklistValidator::validate("[1, 2]", QStringLiteral("a.json"));
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(report.problems.first().message.contains(QStringLiteral("expected an object")));
        report = ChecklistValidator::validateFile(QStringLiteral("/nonexistent/x.json"));
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(report.problems.first().message.contains(QStringLiteral("does not exist")));
        // A device never ends: refused by what it is, before anything is read.
        report = ChecklistValidator::validateFile(QStringLiteral("/dev/zero"));
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().message.contains(QStringLiteral("not a regular file")),
            qPrintable(dump(report.problems)));
        QTemporaryDir dir;
        report = ChecklistValidator::validateFile(dir.path());
        QVERIFY(report.problems.first().message.contains(QStringLiteral("not a regular file")));
    }

    // A crafted pack that would make the schema evaluator take gigabytes is refused by its shape
    // before the schema runs; the national pack is far inside every limit.
    void oversizedPacksAreRefusedBeforeTheSchema()
    {
        QJsonObject national = readJson(kChecklistDir + QStringLiteral("/mps-2025.json"));
        QVERIFY(ChecklistLimits::checkShape(national, QStringLiteral("mps-2025.json")).isEmpty());

        // 5,000 items, well under the size limit: one problem at /items, and no schema problems.
        QByteArray many = QJsonDocument(national).toJson(QJsonDocument::Compact);
        const qsizetype itemsAt = many.indexOf("\"items\":[") + 9;
        QVERIFY(itemsAt > 9);
        QByteArray extra;
        for (int i = 0; i < 5000; ++i)
            extra += "{\"number\":1},";
        many.insert(itemsAt, extra);
        QVERIFY(many.size() < ChecklistLimits::MaxFileBytes);
        auto report = ChecklistValidator::validate(many, u"many.json"_s);
        QVERIFY2(hasProblem(report.problems, QStringLiteral("/items"),
                     QStringLiteral("the pack has 5013 items; at most 200 are allowed")),
            qPrintable(dump(report.problems)));
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(report.document.isEmpty());

        // Nested deeper than any real pack.
        QJsonValue deep = QStringLiteral("x");
        for (int i = 0; i < 40; ++i)
            deep = QJsonArray {deep};
        QJsonObject nested = national;
        nested.insert(QStringLiteral("notes"), deep);
        report = ChecklistValidator::validate(QJsonDocument(nested).toJson(), u"deep.json"_s);
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(report.problems.first().message.contains(QStringLiteral("nested more than 24 levels")));

        // Larger than 1 MiB, as bytes and as a file.
        QByteArray big = QJsonDocument(national).toJson();
        big.insert(big.indexOf('{') + 1, "\"pad\": \"" + QByteArray(ChecklistLimits::MaxFileBytes, 'a') + "\",");
        report = ChecklistValidator::validate(big, u"big.json"_s);
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(report.problems.first().message.contains(QStringLiteral("larger than 1048576 bytes")));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("big.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(big);
        f.close();
        report = ChecklistValidator::validateFile(file);
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(
            report.problems.first().message.contains(QStringLiteral("a checklist pack may have at most 1048576 bytes")),
            qPrintable(dump(report.problems)));
    }
};

QTEST_GUILESS_MAIN(TestChecklistValidator)
#include "TestChecklistValidator.moc"
