#include "BundleTestKit.h"
#include "EntryPath.h"
#include "ManifestSchema.h"

#include <QJsonArray>
#include <QTest>

using namespace psv;
using namespace psv::test;

class TestManifestSchema : public QObject
{
    Q_OBJECT

    BundleManifest sample() const
    {
        BundleManifest m = header(bundle::KindFull);
        m.generator = QStringLiteral("PSV Inspector test");
        m.changes.fromHlc = *HlcTimestamp::parse(QStringLiteral("1772415600000-00000-A7F3"));
        m.changes.toHlc = *HlcTimestamp::parse(QStringLiteral("1772415600999-00003-A7F3"));
        const QString blob = Sha256::hex("video");
        m.files = {{QStringLiteral("records/unit.jsonl.zst"), 100, Sha256::hex("z"), QStringLiteral("unit"), 3, 900,
                       Sha256::hex("c")},
            {QStringLiteral("blobs/sha256/") + blob, 5, blob, {}, 0, 0, {}}};
        m.bundleId = m.computeBundleId();
        return m;
    }
    Result<BundleManifest> parse(const QByteArray &bytes) const
    {
        return ManifestSchema::parse(bytes, created().addSecs(60), BundleLimits {});
    }
    // Edits the sample's JSON and re-signs it, so that only the edit can be the reason for a refusal.
    QString refusal(const std::function<void(QJsonObject &)> &edit) const
    {
        QJsonObject o = sample().toJson();
        edit(o);
        const Result<BundleManifest> r = parse(signManifest(o));
        return r.ok() ? QStringLiteral("accepted") : r.error().text();
    }

private Q_SLOTS:
    void roundTrip()
    {
        const BundleManifest m = sample();
        const Result<BundleManifest> r = parse(m.toCanonicalJson());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        QCOMPARE(r->toCanonicalJson(), m.toCanonicalJson());
        QCOMPARE(r->createdAt, created());
        QCOMPARE(r->changes.toHlc.counter, 3);
        QCOMPARE(r->officer.policeNumber, QStringLiteral("012345"));
        QCOMPARE(r->recordCounts().value(QStringLiteral("unit")), 3);
        QCOMPARE(r->blobBytes(), 5);
    }

    void refusesMalformedManifests()
    {
        QVERIFY(parse("{\"format\":").error().message.contains(QStringLiteral("not valid JSON")));
        QVERIFY(parse("[1]").error().message.contains(QStringLiteral("JSON object")));
        QVERIFY(refusal([](QJsonObject &o) {
            o.insert(QStringLiteral("format"), QStringLiteral("zip"));
        }).contains(QStringLiteral("not a PSV Inspector bundle")));
        QVERIFY(refusal([](QJsonObject &o) {
            o.insert(QStringLiteral("formatVersion"), 7);
        }).contains(QStringLiteral("Unknown bundle format version 7")));
        QVERIFY(refusal([](QJsonObject &o) {
            o.insert(QStringLiteral("formatVersion"), QStringLiteral("1"));
        }).contains(QStringLiteral("Unknown bundle format version")));
        QVERIFY(refusal([](QJsonObject &o) {
            o.insert(QStringLiteral("surprise"), 1);
        }).contains(QStringLiteral("Unknown member \"surprise\"")));
        QVERIFY(
            refusal([](QJsonObject &o) { o.remove(QStringLiteral("officer")); }).contains(QStringLiteral("officer")));
        QVERIFY(refusal([](QJsonObject &o) {
            o.insert(QStringLiteral("kind"), QStringLiteral("partial"));
        }).contains(QStringLiteral("\"metadata\" or \"full\"")));
        QVERIFY(refusal([](QJsonObject &o) {
            o.insert(QStringLiteral("kind"), QStringLiteral("metadata"));
        }).contains(QStringLiteral("must not carry evidence")));
        QVERIFY(refusal([](QJsonObject &o) {
            o.insert(QStringLiteral("createdAt"), QStringLiteral("2026-03-02 08:00"));
        }).contains(QStringLiteral("UTC time")));
        QVERIFY(refusal([](QJsonObject &o) {
            o.insert(QStringLiteral("deviceId"), QStringLiteral("A7 F3"));
        }).contains(QStringLiteral("deviceId")));
        QVERIFY(refusal([](QJsonObject &o) {
            o.insert(
                QStringLiteral("changes"), QJsonObject {{QStringLiteral("fromSeq"), 9}, {QStringLiteral("toSeq"), 3}});
        }).contains(QStringLiteral("fromSeq <= toSeq")));
    }

    void refusesBadFileEntries()
    {
        const auto withFile = [&](const QJsonObject &file) {
            return refusal([&](QJsonObject &o) {
                QJsonArray files = o.value(QStringLiteral("files")).toArray();
                files.append(file);
                o.insert(QStringLiteral("files"), files);
            });
        };
        const QString h = Sha256::hex("x");
        QVERIFY(withFile({{QStringLiteral("path"), QStringLiteral("../etc/passwd")}, {QStringLiteral("size"), 1},
                             {QStringLiteral("sha256"), h}})
                .contains(QStringLiteral("\"..\"")));
        QVERIFY(withFile({{QStringLiteral("path"), QStringLiteral("notes.txt")}, {QStringLiteral("size"), 1},
                             {QStringLiteral("sha256"), h}})
                .contains(QStringLiteral("neither records")));
        QVERIFY(withFile({{QStringLiteral("path"), EntryPath::blobPath(Sha256::hex("y"))}, {QStringLiteral("size"), 1},
                             {QStringLiteral("sha256"), h}})
                .contains(QStringLiteral("its own SHA-256")));
        QVERIFY(withFile({{QStringLiteral("path"), EntryPath::blobPath(Sha256::hex("video"))},
                             {QStringLiteral("size"), 5}, {QStringLiteral("sha256"), Sha256::hex("video")}})
                .contains(QStringLiteral("listed twice")));
        QVERIFY(withFile({{QStringLiteral("path"), EntryPath::blobPath(h)}, {QStringLiteral("size"), -1},
                             {QStringLiteral("sha256"), h}})
                .contains(QStringLiteral("whole number")));
    }

    void limitsAndCompressionRatio()
    {
        BundleManifest m = sample();
        BundleLimits limits;
        QVERIFY(ManifestSchema::check(m, limits).ok());
        m.files[0].contentSize = 100 * 300; // ratio 300:1, but tiny
        QVERIFY(ManifestSchema::check(m, limits).ok());
        m.files[0].size = 10'000;
        m.files[0].contentSize = 10'000LL * 300;
        QVERIFY(ManifestSchema::check(m, limits).error().message.contains(QStringLiteral("decompression bomb")));
        m.files[0].contentSize = 10'000LL * 150;
        QVERIFY(ManifestSchema::check(m, limits).ok());
        BundleLimits few;
        few.maxEntries = 1;
        QVERIFY(ManifestSchema::check(m, few).error().message.contains(QStringLiteral("at most 1")));
        BundleLimits small;
        small.maxBundleBytes = 10'000;
        QVERIFY(ManifestSchema::check(m, small).error().message.contains(QStringLiteral("add up to 10005 bytes")));
        BundleLimits tight;
        tight.maxInflatedBytes = 1'000'000;
        m.files.append({QStringLiteral("records/site.jsonl.zst"), 10'000, Sha256::hex("s"), QStringLiteral("site"), 1,
            900'000, Sha256::hex("t")});
        m.files[0].contentSize = 900'000;
        QVERIFY(ManifestSchema::check(m, tight).error().message.contains(QStringLiteral("together")));
        m.files.removeLast();
        limits.maxBlobBytes = 4;
        m.bundleId = m.computeBundleId();
        QVERIFY(ManifestSchema::parse(m.toCanonicalJson(), created(), limits)
                .error()
                .text()
                .contains(QStringLiteral("files[1]")));
    }

    void futureAndTampering()
    {
        const BundleManifest m = sample();
        QVERIFY(ManifestSchema::parse(m.toCanonicalJson(), created().addSecs(-9 * 60), {}).ok());
        QVERIFY(ManifestSchema::parse(m.toCanonicalJson(), created().addSecs(-11 * 60), {})
                .error()
                .message.contains(QStringLiteral("in the future")));
        BundleLimits lenient;
        lenient.maxClockSkewMs = 3600 * 1000;
        QVERIFY(ManifestSchema::parse(m.toCanonicalJson(), created().addSecs(-59 * 60), lenient).ok());
        QByteArray spaced = m.toCanonicalJson();
        spaced.replace(",\"kind\"", ", \"kind\"");
        QVERIFY(parse(spaced).error().message.contains(QStringLiteral("canonical")));
        QByteArray renamed = m.toCanonicalJson();
        renamed.replace("王警官", "张警官");
        QVERIFY(parse(renamed).error().message.contains(QStringLiteral("bundle id")));
    }
};

QTEST_GUILESS_MAIN(TestManifestSchema)
#include "TestManifestSchema.moc"
