#include "BundleTestKit.h"
#include "BundleWriter.h"
#include "SyntheticRecords.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include <KZip>
#include <sys/resource.h>

using namespace psv;
using namespace psv::test;

namespace {

long peakRssKiB()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

} // namespace

// Hostile bundles, made by hand with KTar/KZip or by editing bytes: each is refused with its
// specific reason, and nothing is written anywhere.
class TestBundleReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_valid;
    QByteArray m_bytes;
    QList<TarItem> m_items;
    QString m_blobPath;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Error refusal(const QString &file, const BundleReadOptions &options = readOptions())
    {
        const Result<ValidatedBundle> b = BundleReader::read(file, options);
        if (b.ok())
            return makeError(QStringLiteral("accepted"), {}, -1);
        return b.error();
    }
    Error refusalOfBytes(const QByteArray &bytes)
    {
        const QString file = path(QStringLiteral("edited.psvb"));
        writeBytes(file, bytes);
        return refusal(file);
    }
    Error refusalOfItems(const QList<TarItem> &items, const std::function<void(KTar &)> &extra = {})
    {
        const QString file = path(QStringLiteral("forged.psvb"));
        writeTar(file, items, extra);
        return refusal(file);
    }

#define EXPECT_REFUSED(error, needle)                                                                                  \
    do {                                                                                                               \
        const Error e_ = (error);                                                                                      \
        QVERIFY2(e_.code != -1, "the bundle was accepted");                                                            \
        QVERIFY2(e_.text().contains(QStringLiteral(needle)), qPrintable(e_.text()));                                   \
    } while (false)

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString blob = path(QStringLiteral("evidence.bin"));
        QByteArray data(1000, 'x');
        for (int i = 0; i < data.size(); ++i)
            data[i] = char(i * 7);
        QVERIFY(writeBytes(blob, data));
        BundleWriter w(header(bundle::KindFull));
        for (int i = 0; i < 5; ++i)
            QVERIFY(w.addRecord(sealedInspection(i)).ok());
        QVERIFY(w.addRecord(unitRecord(1)).ok());
        QVERIFY(w.addRecord(unitRecord(2)).ok());
        QVERIFY(w.addBlob(blob).ok());
        m_valid = path(QStringLiteral("valid.psvb"));
        QVERIFY(w.write(m_valid).ok());
        m_bytes = readBytes(m_valid);
        m_items = tarItems(m_valid);
        QCOMPARE(m_items.size(), 4);
        m_blobPath = m_items.at(3).name;
        QVERIFY(m_blobPath.startsWith(QStringLiteral("blobs/sha256/")));
        QVERIFY(BundleReader::read(m_valid, readOptions()).ok());
        // Taking it apart and putting it together with KTar gives a valid bundle again.
        QCOMPARE(refusalOfItems(m_items).code, -1);
    }

    void decompressionBombIsStoppedEarlyWithBoundedMemory()
    {
        const long before = peakRssKiB();
        // 2 MiB of RLE blocks inflating to 64 GiB, with a manifest that declares the real size of
        // the records it replaced: decompression stops one byte past the declared size.
        QList<TarItem> lying = m_items;
        const QByteArray bomb = zstdRleBomb(512 * 1024);
        replaceEntry(lying, m_items.at(1).name, bomb, "{}\n", 1000);
        EXPECT_REFUSED(refusalOfItems(lying), "decompression bomb");
        // Declaring the truth (64 GiB) is refused from the manifest, before inflating anything.
        QList<TarItem> honest = m_items;
        replaceEntry(honest, m_items.at(1).name, bomb, "{}\n", 64LL << 30);
        EXPECT_REFUSED(refusalOfItems(honest), "at most");
        // Within the size limit but beyond the compression-ratio limit (900 MiB from 28 KiB).
        QList<TarItem> ratio = m_items;
        replaceEntry(ratio, m_items.at(1).name, zstdRleBomb(7200), "{}\n", 900LL << 20);
        EXPECT_REFUSED(refusalOfItems(ratio), "decompression bomb");
        QVERIFY2(peakRssKiB() - before < 64 * 1024,
            qPrintable(QStringLiteral("peak memory grew by %1 KiB").arg(peakRssKiB() - before)));
    }

    void otherCompressedFilesAreNotBundles()
    {
        // A zip bomb: 64 MiB of zeros in about 64 KiB; refused from its first bytes.
        const QString zip = path(QStringLiteral("bomb.zip"));
        {
            KZip z(zip);
            QVERIFY(z.open(QIODevice::WriteOnly));
            QVERIFY(z.prepareWriting(QStringLiteral("zeros"), {}, {}, 64LL << 20));
            const QByteArray zeros(1 << 20, '\0');
            for (int i = 0; i < 64; ++i)
                QVERIFY(z.writeData(zeros.constData(), zeros.size()));
            QVERIFY(z.finishWriting(64LL << 20));
            QVERIFY(z.close());
        }
        EXPECT_REFUSED(refusal(zip), "ZIP");
        writeBytes(path(QStringLiteral("b.psvb.zst")), zstdOf(m_bytes));
        EXPECT_REFUSED(refusal(path(QStringLiteral("b.psvb.zst"))), "zstd");
        writeBytes(path(QStringLiteral("text.psvb")), QByteArray(2048, 'a'));
        EXPECT_REFUSED(refusal(path(QStringLiteral("text.psvb"))), "not a tar header");
    }

    void truncatedAtManyOffsets()
    {
        const qint64 n = m_bytes.size();
        const qint64 blobData = headerOf(m_bytes, m_blobPath) + 512;
        for (qint64 cut : {qint64(0), qint64(1), qint64(100), qint64(511), qint64(512), qint64(700), qint64(1536),
                 qint64(3000), blobData + 10, n - 1025, n - 1024, n - 700, n - 512, n - 1}) {
            const Error e = refusalOfBytes(m_bytes.left(cut));
            QVERIFY2(e.code != -1, qPrintable(QStringLiteral("cut at %1 accepted").arg(cut)));
            QVERIFY2(e.message.contains(QStringLiteral("truncated")),
                qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(e.text())));
        }
    }

    void aChangedByteInEachKindOfEntry()
    {
        const auto flipped = [&](qint64 at) {
            QByteArray b = m_bytes;
            b[at] = char(b.at(at) ^ 0x01);
            return b;
        };
        // manifest: "toSeq":120 becomes 121 — still valid JSON, canonical, within the schema
        const qint64 seq = m_bytes.indexOf("\"toSeq\":120") + 10;
        EXPECT_REFUSED(refusalOfBytes(flipped(seq)), "does not match its bundle id");
        for (const TarItem &item : std::as_const(m_items).mid(1)) {
            const qint64 data = headerOf(m_bytes, item.name) + 512;
            const Error e = refusalOfBytes(flipped(data + item.data.size() / 2));
            QVERIFY2(e.message.contains(QStringLiteral("does not match the SHA-256")), qPrintable(e.text()));
            QCOMPARE(e.where, item.name); // the message names the entry
        }
        EXPECT_REFUSED(refusalOfBytes(flipped(headerOf(m_bytes, m_blobPath) + 140)), "checksum"); // mtime
        for (const TarItem &item : std::as_const(m_items)) {
            const qint64 pad = (512 - item.data.size() % 512) % 512;
            if (pad < 4)
                continue;
            const qint64 end = headerOf(m_bytes, item.name) + 512 + item.data.size();
            EXPECT_REFUSED(refusalOfBytes(flipped(end + pad - 2)), "padding");
        }
        EXPECT_REFUSED(refusalOfBytes(flipped(m_bytes.size() - 3)), "end-of-archive marker");
    }

    void everySingleByteChangeIsRefused()
    {
        for (qint64 at = 0; at < m_bytes.size(); ++at) {
            for (const char mask : {char(0x01), char(0x80)}) {
                QByteArray b = m_bytes;
                b[at] = char(b.at(at) ^ mask);
                QBuffer buffer(&b);
                buffer.open(QIODevice::ReadOnly);
                if (BundleReader::read(&buffer, QStringLiteral("flip.psvb"), readOptions()).ok())
                    QFAIL(qPrintable(
                        QStringLiteral("changing byte %1 (mask %2) was not detected").arg(at).arg(int(uchar(mask)))));
            }
        }
    }

    void unsafeNames()
    {
        EXPECT_REFUSED(refusalOfItems(m_items + QList<TarItem> {{QStringLiteral("../x"), "evil"}}), "\"..\"");
        EXPECT_REFUSED(refusalOfItems(m_items + QList<TarItem> {{QStringLiteral("/etc/x"), "evil"}}), "absolute");
        const qint64 h = headerOf(m_bytes, m_blobPath);
        const QList<std::pair<QByteArray, QString>> names {{"blobs/../../../etc/passwd", QStringLiteral("\"..\"")},
            {"blobs\\sha256\\x", QStringLiteral("backslash")}, {"blobs//sha256/x", QStringLiteral("empty component")},
            {"./manifest.json", QStringLiteral("\".\" component")}, {"C:/x", QStringLiteral("drive letter")},
            {"blobs/\x1b[31mx", QStringLiteral("control character")}, {"blobs/\xff\xfe", QStringLiteral("UTF-8")},
            {QByteArray("blobs/a\0../../x", 15), QStringLiteral("NUL")}};
        for (const auto &[name, why] : names) {
            QByteArray b = m_bytes;
            setHeaderField(b, h, 0, name, 100);
            const Error e = refusalOfBytes(b);
            QVERIFY2(e.code != -1 && e.text().contains(why), qPrintable(QString::fromUtf8(name) + u' ' + e.text()));
        }
    }

    void linksDevicesAndDirectories()
    {
        EXPECT_REFUSED(
            refusalOfItems(
                m_items, [](KTar &t) { t.writeSymLink(QStringLiteral("blobs/link"), QStringLiteral("/etc/passwd")); }),
            "symbolic link");
        EXPECT_REFUSED(refusalOfItems(m_items, [](KTar &t) { t.writeDir(QStringLiteral("blobs")); }), "directory");
        const qint64 h = headerOf(m_bytes, m_blobPath);
        QByteArray hard = m_bytes;
        setHeaderField(hard, h, 156, "1", 1);
        setHeaderField(hard, h, 157, "/etc/passwd", 100);
        EXPECT_REFUSED(refusalOfBytes(hard), "hard link");
        for (const char *type : {"3", "4", "6"}) {
            QByteArray dev = m_bytes;
            setHeaderField(dev, h, 156, type, 1);
            const Error e = refusalOfBytes(dev);
            QVERIFY2(e.text().contains(QStringLiteral("device")) || e.text().contains(QStringLiteral("FIFO")),
                qPrintable(e.text()));
        }
        QByteArray pax = m_bytes;
        setHeaderField(pax, h, 156, "x", 1);
        EXPECT_REFUSED(refusalOfBytes(pax), "extended header");
        QByteArray modeLink = m_bytes;
        setHeaderField(modeLink, h, 100, "0120777", 8);
        EXPECT_REFUSED(refusalOfBytes(modeLink), "special file");
    }

    void entriesMustMatchTheManifest()
    {
        EXPECT_REFUSED(refusalOfItems(m_items + QList<TarItem> {{QStringLiteral("notes.txt"), "hello"}}),
            "\"notes.txt\" is not listed in the manifest");
        const QByteArray extra("more evidence");
        EXPECT_REFUSED(
            refusalOfItems(m_items + QList<TarItem> {{QStringLiteral("blobs/sha256/") + Sha256::hex(extra), extra}}),
            "is not listed in the manifest");
        EXPECT_REFUSED(refusalOfItems(m_items.mid(0, 3)), "does not contain it");
        EXPECT_REFUSED(refusalOfItems(m_items + m_items.mid(2, 1)), "appears twice");
        EXPECT_REFUSED(
            refusalOfItems({m_items.at(1), m_items.at(0), m_items.at(2), m_items.at(3)}), "starts with manifest.json");
        QList<TarItem> wrongSize = m_items;
        wrongSize[3].data.chop(1);
        EXPECT_REFUSED(refusalOfItems(wrongSize), "but the manifest lists");
        EXPECT_REFUSED(refusalOfItems({}), "empty");
    }

    void manifestVersionAndTime()
    {
        QJsonObject m = manifestObject(m_items);
        m.insert(QStringLiteral("formatVersion"), 2);
        QList<TarItem> v2 = m_items;
        v2[0].data = signManifest(m);
        EXPECT_REFUSED(refusalOfItems(v2), "Unknown bundle format version 2");

        // Created in the future of the reader's clock: refused beyond the allowed skew.
        for (const auto &[offset, accepted] :
            {std::pair {3600 + 5 * 60, true}, std::pair {3600 + 11 * 60, false}, std::pair {86400 * 365, false}}) {
            BundleWriter w(header(bundle::KindMetadata, created().addSecs(offset)));
            QVERIFY(w.addRecord(unitRecord(1)).ok());
            const QString file = path(QStringLiteral("future.psvb"));
            QVERIFY(w.write(file).ok());
            const Error e = refusal(file);
            if (accepted)
                QCOMPARE(e.code, -1);
            else
                EXPECT_REFUSED(e, "in the future");
            BundleReadOptions later = readOptions();
            later.clock = [offset] {
                return created().addSecs(offset);
            };
            QCOMPARE(refusal(file, later).code, -1); // the same bundle, read when its time has come
        }
        // An edited creation time (not re-signed) is still reported as being in the future.
        QJsonObject edited = manifestObject(m_items);
        edited.insert(QStringLiteral("createdAt"), QStringLiteral("2030-01-01T00:00:00.000Z"));
        QList<TarItem> future = m_items;
        future[0].data = CanonicalJson::serialize(edited);
        EXPECT_REFUSED(refusalOfItems(future), "in the future");
    }

    void recordsAreCheckedAgainstTheStoreValidators()
    {
        BundleReadOptions o = readOptions();
        const QString refusedId = unitRecord(2).id;
        o.validators.insert(QStringLiteral("unit"), [&](const BundleRecord &r) -> Status {
            if (r.id == refusedId)
                return makeError(QStringLiteral("unit name is not allowed"), QStringLiteral("data.name"));
            return {};
        });
        const Error e = refusal(m_valid, o);
        QVERIFY2(e.message.contains(QStringLiteral("unit name is not allowed")), qPrintable(e.text()));
        QVERIFY(e.where.contains(refusedId));
        QVERIFY(e.where.contains(QStringLiteral("data.name")));
        o.validators.insert(QStringLiteral("unit"), [](const BundleRecord &) { return Status(); });
        QCOMPARE(refusal(m_valid, o).code, -1);
        o.refuseUnknownTypes = true;
        EXPECT_REFUSED(refusal(m_valid, o), "does not know records of type \"inspection\"");
    }

    void duplicateRecordsAndBadEnvelopes()
    {
        const QString unitPath = m_items.at(2).name;
        const QByteArray line = CanonicalJson::serialize(unitRecord(1).toEnvelope()) + '\n';
        QList<TarItem> twice = m_items;
        replaceEntry(twice, unitPath, zstdOf(line + line), line + line);
        EXPECT_REFUSED(refusalOfItems(twice), "appears twice");
        QJsonObject env = unitRecord(1).toEnvelope();
        env.insert(QStringLiteral("extra"), 1);
        const QByteArray unknown = CanonicalJson::serialize(env) + '\n';
        QList<TarItem> bad = m_items;
        replaceEntry(bad, unitPath, zstdOf(unknown), unknown);
        EXPECT_REFUSED(refusalOfItems(bad), "unknown member \"extra\"");
    }

    void extractionNoticesAChangedBundle()
    {
        const QString copy = path(QStringLiteral("copy.psvb"));
        QVERIFY(writeBytes(copy, m_bytes));
        const Result<ValidatedBundle> b = BundleReader::read(copy, readOptions());
        QVERIFY(b.ok());
        QByteArray changed = m_bytes;
        changed[b->blobs.at(0).dataOffset + 5] = 'Z';
        QVERIFY(writeBytes(copy, changed));
        const QString target = path(QStringLiteral("extracted.bin"));
        QVERIFY(writeBytes(target, "before"));
        const Status s = BundleReader::extractBlob(*b, b->blobs.at(0), target);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("changed since it was verified")));
        QCOMPARE(readBytes(target), QByteArray("before"));
    }
};

QTEST_GUILESS_MAIN(TestBundleReader)
#include "TestBundleReader.moc"
