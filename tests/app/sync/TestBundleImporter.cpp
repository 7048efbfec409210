// Two laptops as two data directories: a round trip of sealed inspections, re-imports that change
// nothing, a sealed inspection that differs, and hostile bundles made by hand that must leave the
// store file and the evidence store exactly as they were.
#include "BundleTestKit.h"
#include "BundleWriter.h"
#include "Sha256.h"
#include "SyncTestKit.h"

#include <QTest>

using namespace psv;
using namespace psv::synctest;

class TestBundleImporter : public QObject
{
    Q_OBJECT

    StoreFixture a; // laptop A (A7F3)
    Inspection sealed;
    QTemporaryDir work;

    QString path(const QString &name) const { return work.filePath(name); }

    // A fresh laptop B; the test owns it.
    static std::unique_ptr<StoreFixture> laptopB()
    {
        auto b = std::make_unique<StoreFixture>();
        if (!b->open(false, QStringLiteral("B2C4")))
            return {};
        return b;
    }

    // Imports file into a fresh store that already holds A's bundle; checks it is refused with
    // `expected` in the message and that nothing changed.
    void expectRefused(const QString &file, const char *expected)
    {
        auto b = laptopB();
        QVERIFY(b);
        QVERIFY(importInto(*b, path(QStringLiteral("a.psvbundle"))));
        const QString before = deviceState(*b);
        const int changes = StoreFixture::count(*b->db, QStringLiteral("change_log"));
        auto r = importInto(*b, file);
        QVERIFY2(!r, qPrintable(file));
        QVERIFY2(r.error().message.contains(QLatin1String(expected)), qPrintable(r.error().text()));
        QCOMPARE(deviceState(*b), before);
        QCOMPARE(StoreFixture::count(*b->db, QStringLiteral("change_log")), changes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(a.open());
        sealed = sealedInspection(a, QStringLiteral("A 的检查"));
        QVERIFY(!sealed.sealHash.isEmpty());
        auto m = exportFrom(a, path(QStringLiteral("a.psvbundle")));
        QVERIFY2(m, m ? "" : qPrintable(m.error().text()));
        QCOMPARE(m.value().recordCounts().value(QStringLiteral("inspection")), 1);
        QCOMPARE(m.value().recordCounts().value(QStringLiteral("officer")), 2);
        QVERIFY(m.value().changes.toSeq.has_value());
    }

    void roundTripKeepsTheSeal()
    {
        auto b = laptopB();
        QVERIFY(b);
        auto r = importInto(*b, path(QStringLiteral("a.psvbundle")));
        QVERIFY2(r, r ? "" : qPrintable(r.error().text()));
        QVERIFY(!r.value().alreadyApplied);
        QCOMPARE(r.value().conflicts, 0);
        QCOMPARE(StoreFixture::count(*b->db, QStringLiteral("units")), 1);
        QCOMPARE(StoreFixture::count(*b->db, QStringLiteral("sites")), 1);
        QCOMPARE(StoreFixture::count(*b->db, QStringLiteral("officers")), 2);
        QCOMPARE(StoreFixture::count(*b->db, QStringLiteral("item_results")), 2);
        QCOMPARE(StoreFixture::count(*b->db, QStringLiteral("orders")), 1);
        QCOMPARE(StoreFixture::count(*b->db, QStringLiteral("item_evidence")), 1);
        auto got = InspectionRepository(*b->db).byNumber(sealed.number);
        QVERIFY(got);
        QCOMPARE(got.value().id, sealed.id);
        QCOMPARE(got.value().sealHash, sealed.sealHash);
        QCOMPARE(got.value().status, InspectionStatus::Submitted);
        auto check = SealService(*b->db).verify(sealed.id);
        QVERIFY(check);
        QVERIFY2(check.value().intact(), qPrintable(check.value().message));
        // Officers arrive without their sign-in secret.
        QCOMPARE(one(*b->db, QStringLiteral("SELECT COUNT(*) FROM officers WHERE secret_hash IS NOT NULL")),
            QStringLiteral("0"));
        QCOMPARE(one(*b->db, QStringLiteral("SELECT last_received_seq > 0 FROM sync_peers WHERE peer_id = 'A7F3'")),
            QStringLiteral("1"));
    }

    void reimportChangesNothing()
    {
        auto b = laptopB();
        QVERIFY(b);
        QVERIFY(importInto(*b, path(QStringLiteral("a.psvbundle"))));
        // (sqlite3 checkpoints the WAL when it closes: dump first, then take the file state.)
        const QString dump = StoreFixture::sqlite3(b->path(), QStringLiteral(".dump"));
        const QString before = deviceState(*b);
        auto again = importInto(*b, path(QStringLiteral("a.psvbundle")));
        QVERIFY(again);
        QVERIFY(again.value().alreadyApplied);
        QVERIFY(again.value().text().contains(QLatin1String("already applied")));
        QCOMPARE(deviceState(*b), before);
        QCOMPARE(StoreFixture::sqlite3(b->path(), QStringLiteral(".dump")), dump);
        // The same content exported again (a new bundle id) applies without changing any record.
        QVERIFY(exportFrom(a, path(QStringLiteral("a2.psvbundle"))));
        auto second = importInto(*b, path(QStringLiteral("a2.psvbundle")));
        QVERIFY(second);
        QVERIFY(!second.value().alreadyApplied);
        QCOMPARE(second.value().inserted, 0);
        QCOMPARE(second.value().updated, 0);
        QCOMPARE(StoreFixture::count(*b->db, QStringLiteral("inspections")), 1);
    }

    void ownBundleIsRefused()
    {
        const QString before = deviceState(a);
        auto r = importInto(a, path(QStringLiteral("a.psvbundle")));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QLatin1String("this computer")));
        QCOMPARE(deviceState(a), before);
    }

    void chosenInspectionsBringWhatTheyReferTo()
    {
        auto m = exportFrom(a, path(QStringLiteral("chosen.psvbundle")), {}, {sealed.number});
        QVERIFY2(m, m ? "" : qPrintable(m.error().text()));
        QVERIFY(m.value().changes.isEmpty());
        QCOMPARE(m.value().recordCounts().value(QStringLiteral("unit")), 1);
        QCOMPARE(m.value().recordCounts().value(QStringLiteral("site")), 1);
        auto b = laptopB();
        QVERIFY(b);
        QVERIFY(importInto(*b, path(QStringLiteral("chosen.psvbundle"))));
        QCOMPARE(StoreFixture::count(*b->db, QStringLiteral("inspections")), 1);
        QVERIFY(!exportFrom(a, path(QStringLiteral("none.psvbundle")), {}, {QStringLiteral("A7F3-2020-9999")}));
    }

    void hostileBundlesChangeNothing()
    {
        const QByteArray good = test::readBytes(path(QStringLiteral("a.psvbundle")));
        QVERIFY(good.size() > 2048);
        // Truncated.
        QVERIFY(test::writeBytes(path(QStringLiteral("cut.psvbundle")), good.left(good.size() - 700)));
        expectRefused(path(QStringLiteral("cut.psvbundle")), "");
        // One changed byte in a records entry.
        QByteArray flipped = good;
        flipped[1536 + 40] = char(flipped[1536 + 40] ^ 0x01);
        QVERIFY(test::writeBytes(path(QStringLiteral("flip.psvbundle")), flipped));
        expectRefused(path(QStringLiteral("flip.psvbundle")), "");
        // Path traversal and a link, in otherwise valid bundles.
        const QList<test::TarItem> items = test::tarItems(path(QStringLiteral("a.psvbundle")));
        QVERIFY(items.size() >= 2);
        QVERIFY(test::writeTar(path(QStringLiteral("link.psvbundle")), items,
            [](KTar &t) { t.writeSymLink(QStringLiteral("blobs/link"), QStringLiteral("/etc/passwd")); }));
        expectRefused(path(QStringLiteral("link.psvbundle")), "");
        QList<test::TarItem> traversal = items;
        traversal.append({QStringLiteral("../../outside"), QByteArray("x")});
        QVERIFY(test::writeTar(path(QStringLiteral("dots.psvbundle")), traversal));
        expectRefused(path(QStringLiteral("dots.psvbundle")), "");
        QVERIFY(!QFile::exists(work.filePath(QStringLiteral("../../outside"))));
        // Unknown format version, correctly re-signed.
        QList<test::TarItem> v2 = items;
        QJsonObject m = test::manifestObject(v2);
        m.insert(QStringLiteral("formatVersion"), 2);
        v2[0].data = test::signManifest(m);
        QVERIFY(test::writeTar(path(QStringLiteral("v2.psvbundle")), v2));
        expectRefused(path(QStringLiteral("v2.psvbundle")), "version 2");
        // A decompression bomb in place of a records file.
        QList<test::TarItem> bomb = items;
        test::replaceEntry(bomb, bomb.at(1).name, test::zstdRleBomb(512 * 1024), "{}\n", 1000);
        QVERIFY(test::writeTar(path(QStringLiteral("bomb.psvbundle")), bomb));
        expectRefused(path(QStringLiteral("bomb.psvbundle")), "");
    }

    void bundleFromTheFutureIsRefused()
    {
        auto b = laptopB();
        QVERIFY(b);
        const QString before = deviceState(*b);
        BundleImporter importer(*b->db);
        importer.setClock([] { return QDateTime::currentDateTimeUtc().addDays(-2); });
        auto r = importer.importFile(path(QStringLiteral("a.psvbundle")), b->actor);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("future")), qPrintable(r.error().text()));
        QCOMPARE(deviceState(*b), before);
    }

    void tamperedSealedInspectionIsRefused()
    {
        // A forger rewrites the inspection's notes and writes a well-formed bundle: the rows no
        // longer hash to the seal, so nothing is applied.
        auto plan = BundleExporter(a.db.operator*()).plan(ExportRequest {}, a.actor);
        QVERIFY(plan);
        BundleManifest header = plan.value().header;
        header.deviceId = QStringLiteral("C0DE");
        BundleWriter w(header);
        for (BundleRecord r : plan.value().records) {
            if (r.type == QLatin1String("inspection")) {
                QJsonObject row = r.data.value(QStringLiteral("inspection")).toObject();
                row.insert(QStringLiteral("notes"), QStringLiteral("改过的"));
                r.data.insert(QStringLiteral("inspection"), row);
            }
            QVERIFY(w.addRecord(r));
        }
        QVERIFY(w.write(path(QStringLiteral("forged.psvbundle"))));
        auto b = laptopB();
        QVERIFY(b);
        const QString before = deviceState(*b);
        auto r = importInto(*b, path(QStringLiteral("forged.psvbundle")));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("does not match its seal")), qPrintable(r.error().text()));
        QCOMPARE(deviceState(*b), before);
    }

    void fullBundleCarriesTheEvidence()
    {
        StoreFixture c;
        QVERIFY(c.open(true, QStringLiteral("D00D")));
        QByteArray video;
        for (int i = 0; i < 4000; ++i)
            video += "frame " + QByteArray::number(i) + '\n';
        const QString sha = Sha256::hex(video);
        {
            auto store = EvidenceStore::open(c.dir.path());
            QVERIFY(store);
            const QString blob = store.value().pathFor(sha);
            QVERIFY(QDir().mkpath(QFileInfo(blob).absolutePath()));
            QVERIFY(test::writeBytes(blob, video));
        }
        const Inspection i = sealedInspection(c, {}, sha, video.size());
        QVERIFY(!i.sealHash.isEmpty());
        auto meta = exportFrom(c, path(QStringLiteral("c-meta.psvbundle")));
        QVERIFY(meta);
        QCOMPARE(meta.value().blobCount(), 0);
        auto full = exportFrom(c, path(QStringLiteral("c-full.psvbundle")), {}, {}, true);
        QVERIFY2(full, full ? "" : qPrintable(full.error().text()));
        QCOMPARE(full.value().blobCount(), 1);

        // One changed byte inside the evidence: refused, nothing in either store.
        QByteArray bytes = test::readBytes(path(QStringLiteral("c-full.psvbundle")));
        const qsizetype at = bytes.indexOf(video.left(64));
        QVERIFY(at > 0);
        bytes[at + 100] = char(bytes[at + 100] ^ 0x20);
        QVERIFY(test::writeBytes(path(QStringLiteral("c-bad.psvbundle")), bytes));
        auto b = laptopB();
        QVERIFY(b);
        const QString before = deviceState(*b);
        QVERIFY(!importInto(*b, path(QStringLiteral("c-bad.psvbundle"))));
        QCOMPARE(deviceState(*b), before);

        auto r = importInto(*b, path(QStringLiteral("c-full.psvbundle")));
        QVERIFY2(r, r ? "" : qPrintable(r.error().text()));
        QCOMPARE(r.value().blobs, 1);
        auto store = EvidenceStore::open(b->dir.path());
        QVERIFY(store);
        QVERIFY(store.value().contains(sha));
        QCOMPARE(test::readBytes(store.value().pathFor(sha)), video);
        QVERIFY(store.value().verifyAll().ok());
    }

    void differentSealIsKeptAsConflict()
    {
        auto b = laptopB();
        QVERIFY(b);
        QVERIFY(importInto(*b, path(QStringLiteral("a.psvbundle"))));
        // Device C claims the same inspection with another seal.
        auto plan = BundleExporter(*a.db).plan(ExportRequest {}, a.actor);
        QVERIFY(plan);
        BundleManifest header = plan.value().header;
        header.deviceId = QStringLiteral("C0DE");
        BundleWriter w(header);
        for (BundleRecord r : plan.value().records) {
            if (r.type == QLatin1String("inspection")) {
                QJsonObject row = r.data.value(QStringLiteral("inspection")).toObject();
                row.insert(QStringLiteral("seal_hash"), QString(64, u'e'));
                r.data.insert(QStringLiteral("inspection"), row);
            }
            QVERIFY(w.addRecord(r));
        }
        QVERIFY(w.write(path(QStringLiteral("other-seal.psvbundle"))));
        auto r = importInto(*b, path(QStringLiteral("other-seal.psvbundle")));
        QVERIFY2(r, r ? "" : qPrintable(r.error().text()));
        QCOMPARE(r.value().conflicts, 1);
        QCOMPARE(one(*b->db, QStringLiteral("SELECT seal_hash FROM inspections")), sealed.sealHash);
        QCOMPARE(one(*b->db, QStringLiteral("SELECT kind || ' ' || local FROM sync_conflicts")),
            QStringLiteral("sealed \"%1\"").arg(sealed.sealHash));
        QVERIFY(one(*b->db, QStringLiteral("SELECT remote FROM sync_conflicts")).contains(QString(64, u'e')));
    }
};

QTEST_GUILESS_MAIN(TestBundleImporter)
#include "TestBundleImporter.moc"
