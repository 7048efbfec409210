#include "AuditEntry.h"
#include "IsoTime.h"

#include <QCryptographicHash>
#include <QTest>

using namespace psv;

class TestAuditEntry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hashIsOverPrevHashAndCanonicalContent()
    {
        AuditEntry e;
        e.seq = 1;
        e.at = IsoTime::parseTime(QStringLiteral("2026-03-01T01:02:03.004Z"));
        e.actorId = QStringLiteral("o1");
        e.actorName = QStringLiteral("张三 (012345)");
        e.action = QStringLiteral("create");
        e.entityType = QStringLiteral("unit");
        e.entityId = QStringLiteral("u1");
        e.details = {{QStringLiteral("name"), QStringLiteral("单位")}, {QStringLiteral("a"), 1}};
        e.prevHash = AuditEntry::genesisHash();
        // Independent computation (QCryptographicHash), canonical JSON written out by hand.
        const QByteArray canonical = QStringLiteral(
            "{\"action\":\"create\",\"actor\":\"张三 "
            "(012345)\",\"actor_id\":\"o1\",\"at\":\"2026-03-01T01:02:03.004Z\","
            "\"details\":{\"a\":1,\"name\":\"单位\"},\"entity_id\":\"u1\",\"entity_type\":\"unit\",\"seq\":1}")
                                         .toUtf8();
        const QByteArray expected
            = QCryptographicHash::hash(QByteArray(QByteArray(64, '0') + canonical), QCryptographicHash::Sha256).toHex();
        QCOMPARE(e.computeHash(), QString::fromLatin1(expected));
        QCOMPARE(AuditEntry::genesisHash(), QString(64, u'0'));
    }

    void everyFieldIsCovered()
    {
        AuditEntry e;
        e.seq = 7;
        e.at = IsoTime::nowUtc();
        e.actorName = QStringLiteral("cli:alice");
        e.action = QStringLiteral("seal");
        e.entityType = QStringLiteral("inspection");
        e.entityId = QStringLiteral("i1");
        e.prevHash = QString(64, u'1');
        const QString h = e.computeHash();
        AuditEntry f = e;
        f.seq = 8;
        QVERIFY(f.computeHash() != h);
        f = e;
        f.actorName = QStringLiteral("cli:bob");
        QVERIFY(f.computeHash() != h);
        f = e;
        f.details.insert(QStringLiteral("x"), 1);
        QVERIFY(f.computeHash() != h);
        f = e;
        f.prevHash = QString(64, u'2');
        QVERIFY(f.computeHash() != h);
        f = e;
        f.at = e.at.addMSecs(1);
        QVERIFY(f.computeHash() != h);
    }

    void jsonRoundTrip()
    {
        AuditEntry e;
        e.seq = 3;
        e.at = IsoTime::nowUtc();
        e.actorName = QStringLiteral("cli:alice");
        e.action = QStringLiteral("view");
        e.entityType = QStringLiteral("inspection");
        e.prevHash = AuditEntry::genesisHash();
        e.hash = e.computeHash();
        auto back = AuditEntry::fromJson(e.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value().computeHash(), e.hash);
    }
};

QTEST_GUILESS_MAIN(TestAuditEntry)
#include "TestAuditEntry.moc"
