#include "EvidenceLink.h"

#include <QTest>

using namespace psv;

class TestEvidenceLink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesTheCliSyntax()
    {
        auto a = EvidenceLink::parse(QStringLiteral("abc"));
        QVERIFY(a.ok());
        QCOMPARE(a.value().evidenceId, QStringLiteral("abc"));
        QVERIFY(!a.value().startMs);
        auto b = EvidenceLink::parse(QStringLiteral("abc@1500-9000"));
        QVERIFY(b.ok());
        QCOMPARE(*b.value().startMs, qint64(1500));
        QCOMPARE(*b.value().endMs, qint64(9000));
        auto c = EvidenceLink::parse(QStringLiteral("abc@1500"));
        QVERIFY(c.ok());
        QVERIFY(!c.value().endMs);
    }

    void refusesBadRanges()
    {
        QVERIFY(!EvidenceLink::parse(QStringLiteral("abc@9000-1500")).ok());
        QVERIFY(!EvidenceLink::parse(QStringLiteral("abc@x-1")).ok());
        QVERIFY(!EvidenceLink::parse(QString()).ok());
        EvidenceLink l {QStringLiteral("e"), std::nullopt, 100, QString()};
        QCOMPARE(l.validate().error().where, QStringLiteral("start_ms"));
        l = EvidenceLink {QStringLiteral("e"), -1, std::nullopt, QString()};
        QVERIFY(!l.validate().ok());
    }

    void jsonRoundTrip()
    {
        const EvidenceLink l {QStringLiteral("e"), 0, 1, QStringLiteral("n")};
        auto back = EvidenceLink::fromJson(l.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value().toJson(), l.toJson());
    }
};

QTEST_GUILESS_MAIN(TestEvidenceLink)
#include "TestEvidenceLink.moc"
