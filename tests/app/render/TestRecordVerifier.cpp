#include "RecordVerifier.h"

#include <QTest>

using namespace psv;

class TestRecordVerifier : public QObject
{
    Q_OBJECT
    const QString m_hash = QStringLiteral("4e868cc046a272442b7b2b3a6360ab50b50a0c81b336879a7e8d554e932592cc");

private Q_SLOTS:
    void roundTrips()
    {
        const QString payload = RecordVerifier::qrPayload(QStringLiteral("A7F3-2026-0012"), m_hash.toUpper());
        QCOMPARE(payload, QStringLiteral("PSV1|A7F3-2026-0012|") + m_hash);
        const auto p = RecordVerifier::parseQrPayload(payload + u'\n');
        QVERIFY(p.ok());
        QCOMPARE(p->number, QStringLiteral("A7F3-2026-0012"));
        QCOMPARE(p->sealHash, m_hash);
        QVERIFY(RecordVerifier::matches(*p, QStringLiteral("A7F3-2026-0012"), m_hash).ok());
        QVERIFY(RecordVerifier::matches(*p, QStringLiteral("A7F3-2026-0012"), m_hash.toUpper()).ok());
    }

    void refusesForeignOrDamagedCodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("url") << QStringLiteral("https://example.org/");
        QTest::newRow("other version") << QStringLiteral("PSV2|A7F3-2026-0012|") + m_hash;
        QTest::newRow("no number") << QStringLiteral("PSV1||") + m_hash;
        QTest::newRow("short hash") << QStringLiteral("PSV1|A7F3-2026-0012|4e868cc0");
        QTest::newRow("not hex") << QStringLiteral("PSV1|A7F3-2026-0012|") + QString(64, u'z');
        QTest::newRow("extra part") << QStringLiteral("PSV1|A7F3-2026-0012|") + m_hash + QStringLiteral("|x");
    }

    void refusesForeignOrDamagedCodes()
    {
        QFETCH(QString, text);
        const auto p = RecordVerifier::parseQrPayload(text);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, 1);
    }

    void saysWhichPartDiffers()
    {
        const RecordVerifier::Payload p {QStringLiteral("A7F3-2026-0012"), m_hash};
        const Status otherNumber = RecordVerifier::matches(p, QStringLiteral("A7F3-2026-0013"), m_hash);
        QVERIFY(!otherNumber.ok());
        QCOMPARE(otherNumber.error().where, QStringLiteral("number"));
        QString changed = m_hash;
        changed[10] = u'0';
        const Status otherHash = RecordVerifier::matches(p, QStringLiteral("A7F3-2026-0012"), changed);
        QVERIFY(!otherHash.ok());
        QCOMPARE(otherHash.error().where, QStringLiteral("sealHash"));
        QVERIFY(otherHash.error().message.contains(changed));
    }
};

QTEST_GUILESS_MAIN(TestRecordVerifier)
#include "TestRecordVerifier.moc"
