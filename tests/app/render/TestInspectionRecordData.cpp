#include "InspectionRecordData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace psv;

namespace {
QJsonObject sample(const QString &name)
{
    QFile f(QStringLiteral(PSV_SOURCE_DIR "/tests/data/records/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}
} // namespace

class TestInspectionRecordData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheSealedSample()
    {
        const auto d = InspectionRecordData::fromJson(sample(QStringLiteral("record-sealed.json")));
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().text()));
        QCOMPARE(d->number, QStringLiteral("A7F3-2026-0012"));
        QCOMPARE(d->items.size(), 13);
        QCOMPARE(d->evidence.size(), 20);
        QCOMPARE(d->officers.size(), 2);
        QCOMPARE(d->officers[0].policeNumber, QStringLiteral("012345"));
        QCOMPARE(d->outcomes.size(), 1);
        QCOMPARE(d->outcomes[0].orderKind, QStringLiteral("correction-deadline"));
        QVERIFY(d->sealed);
        QCOMPARE(d->sealHash.size(), 64);
    }

    void roundTripsThroughJson()
    {
        for (const QString &name : {QStringLiteral("record-sealed.json"), QStringLiteral("record-draft.json")}) {
            const auto d = InspectionRecordData::fromJson(sample(name));
            QVERIFY2(d.ok(), qPrintable(name));
            const QJsonObject once = d->toJson();
            const auto again = InspectionRecordData::fromJson(once);
            QVERIFY(again.ok());
            QCOMPARE(again->toJson(), once);
        }
    }

    void missingKeysReadAsEmpty()
    {
        const auto d = InspectionRecordData::fromJson(QJsonObject {{QStringLiteral("number"), QStringLiteral("X-1")}});
        QVERIFY(d.ok());
        QVERIFY(d->place.isEmpty());
        QVERIFY(d->items.isEmpty());
        QCOMPARE(d->kind, QStringLiteral("general"));
        QVERIFY(!d->sealed);
    }

    void refusesWrongTypesWithTheirPath()
    {
        QJsonObject o = sample(QStringLiteral("record-sealed.json"));
        QJsonArray items = o.value(QStringLiteral("items")).toArray();
        QJsonObject item = items[2].toObject();
        item.insert(QStringLiteral("text"), 5);
        items[2] = item;
        o.insert(QStringLiteral("items"), items);
        const auto d = InspectionRecordData::fromJson(o);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().where, QStringLiteral("/items/2/text"));
        QCOMPARE(d.error().code, 1);
    }

    void refusesUnknownCodes()
    {
        QJsonObject o = sample(QStringLiteral("record-draft.json"));
        o.insert(QStringLiteral("kind"), QStringLiteral("casual"));
        const auto d = InspectionRecordData::fromJson(o);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().where, QStringLiteral("/kind"));
        QVERIFY(d.error().message.contains(QStringLiteral("casual")));
    }

    void refusesInconsistentSeal_data()
    {
        QTest::addColumn<QJsonObject>("patch");
        QTest::addColumn<QString>("where");
        QTest::newRow("sealed without hash")
            << QJsonObject {{QStringLiteral("sealed"), true}, {QStringLiteral("sealHash"), QString()}}
            << QStringLiteral("/sealHash");
        QTest::newRow("sealed with short hash")
            << QJsonObject {{QStringLiteral("sealed"), true}, {QStringLiteral("sealHash"), QStringLiteral("abc")}}
            << QStringLiteral("/sealHash");
        QTest::newRow("draft with hash") << QJsonObject {{QStringLiteral("sealed"), false},
            {QStringLiteral("sealHash"), QString(64, u'a')}}
                                         << QStringLiteral("/sealHash");
        QTest::newRow("no number") << QJsonObject {{QStringLiteral("number"), QString()}} << QStringLiteral("/number");
    }

    void refusesInconsistentSeal()
    {
        QFETCH(QJsonObject, patch);
        QFETCH(QString, where);
        QJsonObject o = sample(QStringLiteral("record-sealed.json"));
        for (auto it = patch.begin(); it != patch.end(); ++it)
            o.insert(it.key(), it.value());
        const auto d = InspectionRecordData::fromJson(o);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().where, where);
    }

    void refusesABadEvidenceHash()
    {
        QJsonObject o = sample(QStringLiteral("record-sealed.json"));
        QJsonArray ev = o.value(QStringLiteral("evidence")).toArray();
        QJsonObject e = ev[7].toObject();
        e.insert(QStringLiteral("sha256"), QStringLiteral("not-a-hash"));
        ev[7] = e;
        o.insert(QStringLiteral("evidence"), ev);
        const auto d = InspectionRecordData::fromJson(o);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().where, QStringLiteral("/evidence/7/sha256"));
    }

    void refusesBrokenJson()
    {
        const auto d = InspectionRecordData::fromJson(QByteArray("{\"number\": "));
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, 1);
        QVERIFY(!InspectionRecordData::fromJson(QByteArray("[1,2]")).ok());
    }
};

QTEST_GUILESS_MAIN(TestInspectionRecordData)
#include "TestInspectionRecordData.moc"
