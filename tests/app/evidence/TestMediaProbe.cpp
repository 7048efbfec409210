#include "EvidenceTestMedia.h"
#include "MediaProbe.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;

class TestMediaProbe : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!testmedia::ffmpegPath().isEmpty(), "ffmpeg is needed to make the test videos");
        QCOMPARE(testmedia::makeMp4(path(QStringLiteral("clip.mp4")), 3, QStringLiteral("2026-03-05T06:30:12Z"), true),
            QString());
        QCOMPARE(
            testmedia::makeMkv(path(QStringLiteral("clip.mkv")), 2, QStringLiteral("2026-03-05T06:40:00Z")), QString());
        QCOMPARE(testmedia::makeMp4(path(QStringLiteral("nodate.mp4")), 2), QString());
        QCOMPARE(testmedia::makeWav(path(QStringLiteral("voice.wav")), 2), QString());
        // a creation date only ffprobe shows (Qt Multimedia reads creation_time/date only)
        QCOMPARE(testmedia::makeVideo(path(QStringLiteral("phone.mov")),
                     {QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-movflags"),
                         QStringLiteral("use_metadata_tags"), QStringLiteral("-metadata"),
                         QStringLiteral("com.apple.quicktime.creationdate=2026-03-05T14:34:00+0800")},
                     2),
            QString());
        QVERIFY(testmedia::picture(640, 480).save(path(QStringLiteral("photo.png"))));
        QVERIFY(testmedia::picture(640, 480).save(path(QStringLiteral("plain.jpg"))));
        QFile plain(path(QStringLiteral("plain.jpg")));
        QVERIFY(plain.open(QIODevice::ReadOnly));
        QVERIFY(testmedia::writeFile(
            path(QStringLiteral("exif.jpg")), testmedia::exifJpeg(plain.readAll(), "2026:03:05 14:45:00", "+08:00")));
        // a recording cut off before its index (camera unplugged while writing), and noise
        QFile whole(path(QStringLiteral("clip.mp4")));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        QVERIFY(testmedia::writeFile(path(QStringLiteral("truncated.mp4")), bytes.left(bytes.size() * 2 / 5)));
        QVERIFY(testmedia::writeRandom(path(QStringLiteral("noise.mp4")), 200000, 3));
        QVERIFY(testmedia::writeRandom(path(QStringLiteral("noise.jpg")), 50000, 4));
        QVERIFY(testmedia::writeFile(path(QStringLiteral("empty.mp4")), QByteArray()));
    }

    void readsAnH264Mp4()
    {
        const MediaFacts f = MediaProbe::probe(path(QStringLiteral("clip.mp4")), MediaKind::Video);
        QVERIFY2(f.metadataReadable, qPrintable(f.problem));
        QCOMPARE(f.kind, MediaKind::Video);
        QVERIFY2(qAbs(f.durationMs - 3000) <= 100, qPrintable(QString::number(f.durationMs)));
        QCOMPARE(f.resolution, QSize(320, 240));
        QCOMPARE(f.videoCodec, QStringLiteral("H264"));
        QCOMPARE(f.audioCodec, QStringLiteral("AAC"));
        QCOMPARE(f.container, QStringLiteral("MPEG-4"));
        QCOMPARE(f.creationTime, QDateTime(QDate(2026, 3, 5), QTime(6, 30, 12), QTimeZone::UTC));
        QCOMPARE(f.creationTimeFrom, QStringLiteral("qt-multimedia"));
        QVERIFY(!f.thumbnail.isNull());
        QCOMPARE(f.thumbnail.size(), QSize(320, 240));
        QVERIFY(f.problem.isEmpty());
    }

    void readsAnotherContainer()
    {
        const MediaFacts f = MediaProbe::probe(path(QStringLiteral("clip.mkv")), MediaKind::Video);
        QVERIFY2(f.metadataReadable, qPrintable(f.problem));
        QCOMPARE(f.container, QStringLiteral("Matroska"));
        QCOMPARE(f.videoCodec, QStringLiteral("MPEG4"));
        QVERIFY(qAbs(f.durationMs - 2000) <= 100);
        QCOMPARE(f.resolution, QSize(320, 240));
        QCOMPARE(f.creationTime, QDateTime(QDate(2026, 3, 5), QTime(6, 40), QTimeZone::UTC));
        QVERIFY(!f.thumbnail.isNull());
    }

    void findsTheKindOfAFileWithoutExtension()
    {
        // blobs in the store have no extension
        const QString blob = path(QStringLiteral("blob-video"));
        QVERIFY(QFile::copy(path(QStringLiteral("clip.mp4")), blob));
        MediaFacts f = MediaProbe::probe(blob, MediaKind::Other);
        QCOMPARE(f.kind, MediaKind::Video);
        QVERIFY(f.metadataReadable);
        const QString photo = path(QStringLiteral("blob-photo"));
        QVERIFY(QFile::copy(path(QStringLiteral("photo.png")), photo));
        f = MediaProbe::probe(photo, MediaKind::Other);
        QCOMPARE(f.kind, MediaKind::Photo);
        QCOMPARE(f.resolution, QSize(640, 480));
    }

    void readsPhotos()
    {
        for (const QString &name : {QStringLiteral("photo.png"), QStringLiteral("plain.jpg")}) {
            const MediaFacts f = MediaProbe::probe(path(name), MediaKind::Photo);
            QVERIFY2(f.metadataReadable, qPrintable(f.problem));
            QCOMPARE(f.kind, MediaKind::Photo);
            QCOMPARE(f.resolution, QSize(640, 480));
            QCOMPARE(f.thumbnail.size(), QSize(320, 240));
            QVERIFY(!f.creationTime.isValid());
        }
        QCOMPARE(
            MediaProbe::probe(path(QStringLiteral("photo.png")), MediaKind::Photo).videoCodec, QStringLiteral("PNG"));
        const MediaFacts exif = MediaProbe::probe(path(QStringLiteral("exif.jpg")), MediaKind::Photo);
        QCOMPARE(exif.creationTime.toUTC(), QDateTime(QDate(2026, 3, 5), QTime(6, 45), QTimeZone::UTC));
        QCOMPARE(exif.creationTimeFrom, QStringLiteral("exif"));
    }

    void readsAudio()
    {
        const MediaFacts f = MediaProbe::probe(path(QStringLiteral("voice.wav")), MediaKind::Audio);
        QVERIFY2(f.metadataReadable, qPrintable(f.problem));
        QCOMPARE(f.kind, MediaKind::Audio);
        QVERIFY(qAbs(f.durationMs - 2000) <= 100);
        QVERIFY(f.thumbnail.isNull());
        QVERIFY(!f.audioCodec.isEmpty());
    }

    void fallsBackToFfprobeForTheDate()
    {
        const MediaFacts f = MediaProbe::probe(path(QStringLiteral("phone.mov")), MediaKind::Video);
        QVERIFY(f.metadataReadable);
        QCOMPARE(f.creationTimeFrom, QStringLiteral("ffprobe"));
        QCOMPARE(f.creationTime.toUTC(), QDateTime(QDate(2026, 3, 5), QTime(6, 34), QTimeZone::UTC));
        MediaProbe::Options noFfprobe;
        noFfprobe.useFfprobe = false;
        QVERIFY(
            !MediaProbe::probe(path(QStringLiteral("phone.mov")), MediaKind::Video, noFfprobe).creationTime.isValid());
        QVERIFY(!MediaProbe::probe(path(QStringLiteral("nodate.mp4")), MediaKind::Video).creationTime.isValid());
    }

    void flagsDamagedFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::newRow("truncated mp4") << QStringLiteral("truncated.mp4") << int(MediaKind::Video);
        QTest::newRow("noise named mp4") << QStringLiteral("noise.mp4") << int(MediaKind::Video);
        QTest::newRow("noise named jpg") << QStringLiteral("noise.jpg") << int(MediaKind::Photo);
        QTest::newRow("empty mp4") << QStringLiteral("empty.mp4") << int(MediaKind::Video);
        QTest::newRow("missing") << QStringLiteral("not-there.mp4") << int(MediaKind::Video);
    }

    void flagsDamagedFiles()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        const MediaFacts f = MediaProbe::probe(path(name), MediaKind(kind));
        QVERIFY(!f.metadataReadable);
        QVERIFY2(f.problem.startsWith(QStringLiteral("metadata unreadable: ")), qPrintable(f.problem));
        QVERIFY(f.thumbnail.isNull());
        QCOMPARE(f.kind, MediaKind(kind));
    }

    void leavesTheSourceAlone()
    {
        for (const QString &name :
            {QStringLiteral("clip.mp4"), QStringLiteral("phone.mov"), QStringLiteral("exif.jpg")}) {
            QVERIFY(testmedia::armAtime(path(name)));
            const testmedia::Stamp before = testmedia::stamp(path(name));
            MediaProbe::probe(path(name), MediaFacts::kindForFileName(name)); // phone.mov also runs ffprobe
            QCOMPARE(testmedia::stamp(path(name)), before);
        }
    }

    void kindsByExtension()
    {
        QCOMPARE(MediaFacts::kindForFileName(QStringLiteral("A.MP4")), MediaKind::Video);
        QCOMPARE(MediaFacts::kindForFileName(QStringLiteral("a.jpeg")), MediaKind::Photo);
        QCOMPARE(MediaFacts::kindForFileName(QStringLiteral("a.WAV")), MediaKind::Audio);
        QCOMPARE(MediaFacts::kindForFileName(QStringLiteral("a.txt")), MediaKind::Other);
        QCOMPARE(MediaFacts::kindForFileName(QStringLiteral("README")), MediaKind::Other);
        QCOMPARE(MediaFacts::kindCode(MediaKind::Photo), QStringLiteral("photo"));
    }
};

QTEST_MAIN(TestMediaProbe)
#include "TestMediaProbe.moc"
