#include "EvidenceTestMedia.h"
#include "Settings.h"
#include "SourceScanner.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;

namespace {
QDateTime at(int h, int m, int s = 0)
{
    return QDateTime(QDate(2026, 3, 5), QTime(h, m, s));
} // camera clock: local
} // namespace

class TestSourceScanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_camera; // a body camera's storage
    FileNamePatterns m_patterns;

    QString cam(const QString &relative) const { return m_camera + u'/' + relative; }

    QMap<QString, testmedia::Stamp> stamps() const
    {
        QMap<QString, testmedia::Stamp> out;
        QDirIterator it(m_camera, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            out.insert(path, testmedia::stamp(path));
        }
        return out;
    }

    static const SourceFile *find(const ScanResult &r, const QString &name)
    {
        for (const SourceFile &f : r.files)
            if (QFileInfo(f.path).fileName() == name)
                return &f;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!testmedia::ffmpegPath().isEmpty());
        m_patterns = FileNamePatterns::builtIn().value();
        m_camera = m_dir.filePath(QStringLiteral("CAMERA"));
        const QString media = cam(QStringLiteral("DCIM/100MEDIA"));
        QVERIFY(QDir().mkpath(media));
        QVERIFY(QDir().mkpath(cam(QStringLiteral("AUDIO"))));
        QVERIFY(QDir().mkpath(cam(QStringLiteral(".Trashes"))));
        const QString clip = m_dir.filePath(QStringLiteral("clip.mp4"));
        QCOMPARE(testmedia::makeMp4(clip, 1), QString());
        for (const QString &name : {QStringLiteral("DSJ-A7F301_012345_20260305143012_0001.MP4"),
                 QStringLiteral("012345_20260305_150000_0002.MP4"), QStringLiteral("VID_20260305_150900.mp4"),
                 QStringLiteral("VID_20260305_151100.mp4"), QStringLiteral("VID_20260305_142100.mp4"),
                 QStringLiteral("VID_20260305_141900.mp4"), QStringLiteral(".hidden.mp4"),
                 QStringLiteral("._DSJ-A7F301_012345_20260305143012_0001.MP4")})
            QVERIFY(QFile::copy(clip, media + u'/' + name));
        QVERIFY(QFile::copy(clip, cam(QStringLiteral(".Trashes/VID_20260305_143000.mp4"))));
        QCOMPARE(testmedia::makeMkv(media + QStringLiteral("/clip.mkv"), 1, at(14, 40).toUTC().toString(Qt::ISODate)),
            QString());
        QCOMPARE(testmedia::makeMp4(media + QStringLiteral("/old.mp4"), 1), QString());
        {
            QFile old(media + QStringLiteral("/old.mp4"));
            QVERIFY(old.open(QIODevice::ReadWrite));
            QVERIFY(old.setFileTime(QDateTime(QDate(2026, 3, 4), QTime(10, 0)), QFileDevice::FileModificationTime));
        }
        QByteArray jpeg;
        {
            QBuffer b(&jpeg);
            b.open(QIODevice::WriteOnly);
            QVERIFY(testmedia::picture(64, 48).save(&b, "JPEG"));
        }
        QVERIFY(testmedia::writeFile(
            media + QStringLiteral("/DSCF0001.JPG"), testmedia::exifJpeg(jpeg, "2026:03:05 14:45:00")));
        QVERIFY(testmedia::writeFile(media + QStringLiteral("/notes.txt"), "not evidence"));
        QCOMPARE(testmedia::makeWav(cam(QStringLiteral("AUDIO/REC-2026-03-05-13-00-00.wav")), 1), QString());
    }

    void findsMediaWithCaptureTimes()
    {
        for (const QString &path : stamps().keys())
            QVERIFY(testmedia::armAtime(path));
        const QMap<QString, testmedia::Stamp> before = stamps();

        const Result<ScanResult> scanned = SourceScanner(m_patterns).scan(m_camera);
        QVERIFY(scanned.ok());
        const ScanResult &r = scanned.value();
        QCOMPARE(r.root, QFileInfo(m_camera).absoluteFilePath());
        QCOMPARE(r.files.size(), 10);
        QCOMPARE(r.ignored, 1); // notes.txt; hidden files and .Trashes are skipped silently
        QVERIFY(r.layout.looksLikeCamera);
        QVERIFY(r.layout.reason.contains(QStringLiteral("DCIM")));

        const SourceFile *named = find(r, QStringLiteral("DSJ-A7F301_012345_20260305143012_0001.MP4"));
        QVERIFY(named);
        QCOMPARE(named->capture.source, CaptureTime::Source::FileName);
        QCOMPARE(named->capture.time, at(14, 30, 12));
        QCOMPARE(named->deviceNumber, QStringLiteral("DSJ-A7F301"));
        QCOMPARE(named->policeNumber, QStringLiteral("012345"));
        QCOMPARE(named->relativePath, QStringLiteral("DCIM/100MEDIA/DSJ-A7F301_012345_20260305143012_0001.MP4"));
        QCOMPARE(named->kind, MediaKind::Video);

        const SourceFile *mkv = find(r, QStringLiteral("clip.mkv"));
        QVERIFY(mkv);
        QCOMPARE(mkv->capture.source, CaptureTime::Source::Container);
        QCOMPARE(mkv->capture.time, at(14, 40));
        const SourceFile *photo = find(r, QStringLiteral("DSCF0001.JPG"));
        QVERIFY(photo);
        QCOMPARE(photo->capture.source, CaptureTime::Source::Container);
        QCOMPARE(photo->capture.detail, QStringLiteral("exif"));
        QCOMPARE(photo->capture.time, at(14, 45));
        QCOMPARE(photo->kind, MediaKind::Photo);
        const SourceFile *old = find(r, QStringLiteral("old.mp4"));
        QVERIFY(old);
        QCOMPARE(old->capture.source, CaptureTime::Source::FileTime);
        QCOMPARE(old->capture.time, QDateTime(QDate(2026, 3, 4), QTime(10, 0)));
        const SourceFile *audio = find(r, QStringLiteral("REC-2026-03-05-13-00-00.wav"));
        QVERIFY(audio);
        QCOMPARE(audio->kind, MediaKind::Audio);
        QCOMPARE(audio->capture.time, at(13, 0));

        for (qsizetype i = 1; i < r.files.size(); ++i) // sorted by capture time
            QVERIFY(r.files[i - 1].capture.time <= r.files[i].capture.time);
        QCOMPARE(stamps(), before); // nothing on the camera changed, not even an access time
    }

    void preselectsTheInspectionWindow_data()
    {
        QTest::addColumn<int>("skew");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no skew") << 0
                                 << QStringList {QStringLiteral("DSJ-A7F301_012345_20260305143012_0001.MP4"),
                                        QStringLiteral("clip.mkv"), QStringLiteral("DSCF0001.JPG"),
                                        QStringLiteral("012345_20260305_150000_0002.MP4")};
        QTest::newRow("10 minutes") << 10
                                    << QStringList {QStringLiteral("VID_20260305_142100.mp4"),
                                           QStringLiteral("DSJ-A7F301_012345_20260305143012_0001.MP4"),
                                           QStringLiteral("clip.mkv"), QStringLiteral("DSCF0001.JPG"),
                                           QStringLiteral("012345_20260305_150000_0002.MP4"),
                                           QStringLiteral("VID_20260305_150900.mp4")};
        QTest::newRow("an hour and a half")
            << 90
            << QStringList {QStringLiteral("REC-2026-03-05-13-00-00.wav"), QStringLiteral("VID_20260305_141900.mp4"),
                   QStringLiteral("VID_20260305_142100.mp4"),
                   QStringLiteral("DSJ-A7F301_012345_20260305143012_0001.MP4"), QStringLiteral("clip.mkv"),
                   QStringLiteral("DSCF0001.JPG"), QStringLiteral("012345_20260305_150000_0002.MP4"),
                   QStringLiteral("VID_20260305_150900.mp4"), QStringLiteral("VID_20260305_151100.mp4")};
    }

    void preselectsTheInspectionWindow()
    {
        QFETCH(int, skew);
        QFETCH(QStringList, expected);
        Result<ScanResult> r = SourceScanner(m_patterns).scan(m_camera);
        QVERIFY(r.ok());
        const int marked = SourceScanner::preselect(r.value().files, at(14, 30), at(15, 0), skew);
        QStringList chosen;
        for (const SourceFile &f : r->files)
            if (f.preselected)
                chosen << QFileInfo(f.path).fileName();
        QCOMPARE(chosen, expected);
        QCOMPARE(marked, expected.size());
    }

    void skewComesFromTheSettings()
    {
        QTemporaryDir data;
        QCOMPARE(SourceScanner::clockSkewMinutes(data.path()), 10);
        Settings(data.path()).setValue(Settings::Key::ClockSkewMinutes, 15);
        QCOMPARE(SourceScanner::clockSkewMinutes(data.path()), 15);
    }

    void withoutMetadataFallsToTheFileTime()
    {
        SourceScanner::Options options;
        options.readMetadata = false;
        const Result<ScanResult> r = SourceScanner(m_patterns, options).scan(m_camera);
        QVERIFY(r.ok());
        QCOMPARE(find(r.value(), QStringLiteral("clip.mkv"))->capture.source, CaptureTime::Source::FileTime);
        QCOMPARE(
            find(r.value(), QStringLiteral("VID_20260305_150900.mp4"))->capture.source, CaptureTime::Source::FileName);
    }

    void recognisesCameraLayouts()
    {
        const QString docs = m_dir.filePath(QStringLiteral("docs"));
        QVERIFY(QDir().mkpath(docs + QStringLiteral("/reports")));
        QVERIFY(testmedia::writeFile(docs + QStringLiteral("/reports/holiday.mp4"), "x"));
        QVERIFY(testmedia::writeFile(docs + QStringLiteral("/letter.pdf"), "x"));
        QVERIFY(!SourceScanner::detectLayout(docs, &m_patterns).looksLikeCamera);

        const QString folders = m_dir.filePath(QStringLiteral("folders"));
        QVERIFY(QDir().mkpath(folders + QStringLiteral("/Video")));
        QVERIFY(testmedia::writeFile(folders + QStringLiteral("/Video/a.mp4"), "x"));
        const CameraLayout byFolder = SourceScanner::detectLayout(folders, &m_patterns);
        QVERIFY(byFolder.looksLikeCamera);
        QCOMPARE(byFolder.mediaFolders, QStringList {folders + QStringLiteral("/Video")});

        const QString names = m_dir.filePath(QStringLiteral("names"));
        QVERIFY(QDir().mkpath(names));
        QVERIFY(testmedia::writeFile(names + QStringLiteral("/012345_20260305_143012_0001.MP4"), "x"));
        QVERIFY(SourceScanner::detectLayout(names, &m_patterns).looksLikeCamera);
        QVERIFY(!SourceScanner::detectLayout(names, nullptr).looksLikeCamera);
    }

    void refusesAMissingFolder()
    {
        const Result<ScanResult> r = SourceScanner(m_patterns).scan(m_dir.filePath(QStringLiteral("unplugged")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, 1);
    }
};

QTEST_MAIN(TestSourceScanner)
#include "TestSourceScanner.moc"
