#include "EvidenceTestMedia.h"
#include "MediaSignature.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;

class TestMediaSignature : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QByteArray head(const QString &name)
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.read(256) : QByteArray();
    }

private Q_SLOTS:
    void recognisesRealContainers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("format");
        QTest::newRow("mp4") << QStringLiteral("a.mp4") << QStringLiteral("iso-bmff");
        QTest::newRow("mov") << QStringLiteral("a.mov") << QStringLiteral("iso-bmff");
        QTest::newRow("mkv") << QStringLiteral("a.mkv") << QStringLiteral("matroska");
        QTest::newRow("avi") << QStringLiteral("a.avi") << QStringLiteral("riff");
        QTest::newRow("ts") << QStringLiteral("a.ts") << QStringLiteral("mpeg-ts");
        QTest::newRow("wav") << QStringLiteral("a.wav") << QStringLiteral("riff");
    }

    void recognisesRealContainers()
    {
        QFETCH(QString, name);
        QFETCH(QString, format);
        const QString path = m_dir.filePath(name);
        const QString error = name.endsWith(QLatin1String(".wav"))
            ? testmedia::makeWav(path, 1)
            : testmedia::makeVideo(path, {QStringLiteral("-c:v"), QStringLiteral("mpeg4")}, 1);
        QCOMPARE(error, QString());
        QCOMPARE(MediaSignature::detect(head(name)), format);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(MediaSignature::detect(&f), format);
        QCOMPARE(f.pos(), 0); // peeked, not consumed
    }

    void refusesNoise()
    {
        QVERIFY(testmedia::writeRandom(m_dir.filePath(QStringLiteral("noise")), 4096, 1));
        QByteArray noise = head(QStringLiteral("noise"));
        noise[0] = 'x'; // not an MP3 sync word or a start code by chance
        QCOMPARE(MediaSignature::detect(noise), QString());
        QCOMPARE(MediaSignature::detect(QByteArray()), QString());
        QCOMPARE(MediaSignature::detect(QByteArray("%PDF-1.7 ...")), QString());
    }
};

QTEST_GUILESS_MAIN(TestMediaSignature)
#include "TestMediaSignature.moc"
