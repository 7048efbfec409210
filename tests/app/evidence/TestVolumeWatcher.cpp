#include "EvidenceTestMedia.h"
#include "VolumeWatcher.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;

class TestVolumeWatcher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<VolumeInfo> m_mounted;

    VolumeInfo volume(const QString &name)
    {
        VolumeInfo v;
        v.rootPath = m_dir.filePath(name);
        v.name = name;
        v.fileSystemType = QStringLiteral("vfat");
        return v;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("camera/DCIM/100MEDIA"))));
        QVERIFY(
            testmedia::writeFile(m_dir.filePath(QStringLiteral("camera/DCIM/100MEDIA/VID_20260305_143012.mp4")), "x"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("stick/backup"))));
        QVERIFY(testmedia::writeFile(m_dir.filePath(QStringLiteral("stick/backup/report.docx")), "x"));
    }

    void reportsNewAndRemovedVolumes()
    {
        VolumeWatcher watcher;
        watcher.setPatterns(FileNamePatterns::builtIn().value());
        watcher.setLister([this] { return m_mounted; });
        QSignalSpy mounted(&watcher, &VolumeWatcher::volumeMounted);
        QSignalSpy unmounted(&watcher, &VolumeWatcher::volumeUnmounted);

        m_mounted = {volume(QStringLiteral("stick"))};
        watcher.poll(); // what is there at start is known, not "new"
        QCOMPARE(mounted.count(), 0);
        QCOMPARE(watcher.volumes().size(), 1);

        m_mounted << volume(QStringLiteral("camera"));
        watcher.poll();
        QCOMPARE(mounted.count(), 1);
        const VolumeInfo camera = mounted.at(0).at(0).value<VolumeInfo>();
        QCOMPARE(camera.rootPath, m_dir.filePath(QStringLiteral("camera")));
        QVERIFY(camera.layout.looksLikeCamera);
        QVERIFY(!camera.layout.reason.isEmpty());
        watcher.poll(); // nothing new
        QCOMPARE(mounted.count(), 1);

        m_mounted.removeFirst();
        watcher.poll();
        QCOMPARE(unmounted.count(), 1);
        QCOMPARE(unmounted.at(0).at(0).toString(), m_dir.filePath(QStringLiteral("stick")));

        m_mounted << volume(QStringLiteral("stick")); // plugged in again: new again, not a camera
        watcher.poll();
        QCOMPARE(mounted.count(), 2);
        QVERIFY(!mounted.at(1).at(0).value<VolumeInfo>().layout.looksLikeCamera);
    }

    void pollsOnItsOwn()
    {
        VolumeWatcher watcher;
        m_mounted.clear();
        watcher.setLister([this] { return m_mounted; });
        QSignalSpy mounted(&watcher, &VolumeWatcher::volumeMounted);
        watcher.start(20);
        QVERIFY(watcher.isActive());
        m_mounted << volume(QStringLiteral("camera"));
        QTRY_COMPARE(mounted.count(), 1);
        watcher.stop();
        QVERIFY(!watcher.isActive());
    }

    void listsRealVolumesWithoutSystemOnes()
    {
        const QList<VolumeInfo> volumes = VolumeWatcher::mountedVolumes();
        for (const VolumeInfo &v : volumes) {
            QVERIFY(!v.rootPath.isEmpty());
            QVERIFY2(v.rootPath != QLatin1String("/") && !v.rootPath.startsWith(QLatin1String("/proc")),
                qPrintable(v.rootPath));
            QVERIFY(v.fileSystemType != QLatin1String("proc") && v.fileSystemType != QLatin1String("tmpfs"));
        }
    }
};

QTEST_MAIN(TestVolumeWatcher)
#include "TestVolumeWatcher.moc"
