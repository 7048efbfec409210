#include "BundleTestKit.h"
#include "RecordDecoder.h"
#include "RecordEncoder.h"
#include "SyntheticRecords.h"

#include <QTest>

using namespace psv;
using namespace psv::test;

class TestRecordDecoder : public QObject
{
    Q_OBJECT

    static ManifestFile fileFor(
        const QByteArray &stored, const QByteArray &content, qint64 count, const QString &type = QStringLiteral("unit"))
    {
        return {QStringLiteral("records/%1.jsonl.zst").arg(type), stored.size(), Sha256::hex(stored), type, count,
            content.size(), Sha256::hex(content)};
    }
    static QString refusal(const QByteArray &content, qint64 count)
    {
        const QByteArray stored = zstdOf(content);
        const auto r = RecordDecoder::decode(stored, fileFor(stored, content, count), BundleLimits {}, {});
        return r.ok() ? QStringLiteral("accepted") : r.error().text();
    }

private Q_SLOTS:
    void inflateStopsAtTheDeclaredSize()
    {
        const QByteArray bomb = zstdRleBomb(512 * 1024); // 64 GiB
        const Result<QByteArray> r = RecordDecoder::inflate(bomb, 5000, QStringLiteral("records/x.jsonl.zst"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("decompression bomb")));
        QCOMPARE(r.error().where, QStringLiteral("records/x.jsonl.zst"));
        const Result<QByteArray> exact = RecordDecoder::inflate(zstdRleBomb(3), 3 * 128 * 1024, {});
        QVERIFY(exact.ok());
        QCOMPARE(exact->size(), 3 * 128 * 1024);
        QCOMPARE(exact->count('a'), 3 * 128 * 1024);
    }

    void inflateRefusesDamagedStreams()
    {
        const QByteArray text = QByteArray("hello world, hello records\n").repeated(1000);
        const QByteArray z = zstdOf(text);
        QCOMPARE(RecordDecoder::inflate(z, text.size()).value(), text);
        QVERIFY(RecordDecoder::inflate(z.left(z.size() / 2), text.size())
                .error()
                .message.contains(QStringLiteral("cut short")));
        QVERIFY(RecordDecoder::inflate(z, text.size() + 1).error().message.contains(QStringLiteral("declares")));
        QVERIFY(RecordDecoder::inflate("not zstd at all", 100)
                .error()
                .message.contains(QStringLiteral("not a valid zstd")));
    }

    void encoderAndDecoderRoundTrip()
    {
        RecordEncoder enc(QStringLiteral("inspection"));
        QList<BundleRecord> in;
        for (int i = 0; i < 300; ++i) // more than one 1 MiB piece
            in << sealedInspection(i);
        for (const auto &r : std::as_const(in))
            QVERIFY(enc.add(r).ok());
        const Result<EncodedRecords> e = enc.finish();
        QVERIFY(e.ok());
        QVERIFY(e->contentSize > (1 << 20));
        QVERIFY2(e->stored.size() * 4 < e->contentSize, "records should compress well");
        const ManifestFile f {QStringLiteral("records/inspection.jsonl.zst"), e->stored.size(), e->sha256,
            QStringLiteral("inspection"), e->count, e->contentSize, e->contentSha256};
        const auto out = RecordDecoder::decode(e->stored, f, BundleLimits {}, {});
        QVERIFY(out.ok());
        QCOMPARE(out->size(), in.size());
        QCOMPARE(out->last().data, in.last().data);
        QCOMPARE(out->first().hlc, in.first().hlc);
    }

    void refusesBadLines()
    {
        const QByteArray good = CanonicalJson::serialize(unitRecord(1).toEnvelope()) + '\n';
        QCOMPARE(refusal(good, 1), QStringLiteral("accepted"));
        QVERIFY(refusal(good, 2).contains(QStringLiteral("holds 1 records")));
        QVERIFY(refusal(good + good, 1).contains(QStringLiteral("more records")));
        QVERIFY(refusal(good.chopped(1), 1).contains(QStringLiteral("line break")));
        QVERIFY(refusal("{\"id\":1,\"type\":\"unit\"}\n", 1).contains(QStringLiteral("\"type\" and \"id\"")));
        QVERIFY(refusal("not json\n", 1).contains(QStringLiteral("line 1")));
        QByteArray spaced = good;
        spaced.replace(",\"id\"", ", \"id\"");
        QVERIFY(refusal(spaced, 1).contains(QStringLiteral("canonical")));
        QByteArray wrongType = CanonicalJson::serialize(sealedInspection(1).toEnvelope()) + '\n';
        QVERIFY(refusal(wrongType, 1).contains(QStringLiteral("is in the file for type \"unit\"")));
        QJsonObject badHlc = unitRecord(1).toEnvelope();
        badHlc.insert(QStringLiteral("hlc"), QStringLiteral("yesterday"));
        QVERIFY(refusal(CanonicalJson::serialize(badHlc) + '\n', 1).contains(QStringLiteral("hlc")));
    }
};

QTEST_GUILESS_MAIN(TestRecordDecoder)
#include "TestRecordDecoder.moc"
