#include "ItemResult.h"

#include <QJsonArray>
#include <QTest>

using namespace psv;

class TestItemResult : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void itemKeys()
    {
        QVERIFY(ItemResult::isValidItemKey(QStringLiteral("4")));
        QVERIFY(ItemResult::isValidItemKey(QStringLiteral("cq-2009/3")));
        QVERIFY(!ItemResult::isValidItemKey(QString()));
        QVERIFY(!ItemResult::isValidItemKey(QStringLiteral("4 ")));
        QVERIFY(!ItemResult::isValidItemKey(QStringLiteral("/4")));
        QVERIFY(!ItemResult::isValidItemKey(QString(65, u'1')));
    }

    void jsonRoundTripWithStructuredObservationsAndLinks()
    {
        ItemResult r;
        r.inspectionId = QStringLiteral("i1");
        r.itemKey = QStringLiteral("7");
        r.status = ItemStatus::NonCompliant;
        r.observation = QStringLiteral("录像仅保存 12 天");
        r.observations = {{QStringLiteral("retention_days_found"), 12}, {QStringLiteral("cameras_seen"), 40}};
        r.evidence = {EvidenceLink {QStringLiteral("e1"), 1000, 5000, QStringLiteral("回放界面")},
            EvidenceLink {QStringLiteral("e2"), std::nullopt, std::nullopt, QString()}};
        QVERIFY(r.validated().ok());
        const QJsonObject j = r.toJson();
        QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("non-compliant"));
        QCOMPARE(j.value(QStringLiteral("evidence")).toArray().size(), 2);
        auto back = ItemResult::fromJson(j);
        QVERIFY(back.ok());
        QCOMPARE(back.value().toJson(), j);
        QCOMPARE(back.value().evidence[0].startMs, std::optional<qint64>(1000));
        QVERIFY(!back.value().evidence[1].endMs);
    }

    void badLinkIsLocated()
    {
        ItemResult r;
        r.inspectionId = QStringLiteral("i1");
        r.itemKey = QStringLiteral("7");
        r.evidence = {EvidenceLink {QStringLiteral("e1"), 5000, 1000, QString()}};
        auto v = r.validated();
        QVERIFY(!v.ok());
        QCOMPARE(v.error().where, QStringLiteral("evidence/0/end_ms"));
    }
};

QTEST_GUILESS_MAIN(TestItemResult)
#include "TestItemResult.moc"
