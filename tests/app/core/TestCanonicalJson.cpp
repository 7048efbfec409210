#include "CanonicalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace psv;

class TestCanonicalJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sortsKeysAndDropsWhitespace()
    {
        const auto doc = QJsonDocument::fromJson(R"({ "b": 1, "a": [true, null, "x"], "c": {"z": 2, "y": 1.5} })");
        QCOMPARE(
            CanonicalJson::serialize(doc.object()), QByteArray(R"({"a":[true,null,"x"],"b":1,"c":{"y":1.5,"z":2}})"));
    }

    void escapesMinimallyAndKeepsUtf8()
    {
        const QJsonObject o {{QStringLiteral("名称"), QStringLiteral("示例\"单位\"\n\\")}};
        QCOMPARE(CanonicalJson::serialize(o), QStringLiteral("{\"名称\":\"示例\\\"单位\\\"\\u000a\\\\\"}").toUtf8());
    }

    void integersHaveNoFraction()
    {
        QCOMPARE(
            CanonicalJson::serialize(QJsonArray {3.0, -0.25, 1e15, 12}), QByteArray("[3,-0.25,1000000000000000,12]"));
    }

    void sameValueSameBytes()
    {
        QJsonObject a {{QStringLiteral("x"), 1}, {QStringLiteral("y"), 2}};
        QJsonObject b;
        b.insert(QStringLiteral("y"), 2);
        b.insert(QStringLiteral("x"), 1);
        QCOMPARE(CanonicalJson::serialize(a), CanonicalJson::serialize(b));
        b.insert(QStringLiteral("y"), 3);
        QVERIFY(CanonicalJson::serialize(a) != CanonicalJson::serialize(b));
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "TestCanonicalJson.moc"
