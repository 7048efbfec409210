#include "EvidenceTestMedia.h"
#include "ExifDate.h"

#include <QBuffer>
#include <QTest>

using namespace psv;

class TestExifDate : public QObject
{
    Q_OBJECT

    QByteArray m_jpeg;

    static std::optional<QDateTime> read(QByteArray data)
    {
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        return ExifDate::read(&buffer);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QBuffer buffer(&m_jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(testmedia::picture(64, 48).save(&buffer, "JPEG"));
        QVERIFY(m_jpeg.startsWith("\xFF\xD8"));
    }

    void readsDateTimeOriginal()
    {
        for (const bool big : {false, true}) {
            const std::optional<QDateTime> at = read(testmedia::exifJpeg(m_jpeg, "2026:03:05 14:45:00", {}, big));
            QVERIFY(at.has_value());
            QCOMPARE(*at, QDateTime(QDate(2026, 3, 5), QTime(14, 45))); // no offset: this computer's zone
        }
    }

    void usesOffsetTimeOriginal()
    {
        const std::optional<QDateTime> at = read(testmedia::exifJpeg(m_jpeg, "2026:03:05 14:45:00", "+08:00"));
        QVERIFY(at.has_value());
        QCOMPARE(at->toUTC(), QDateTime(QDate(2026, 3, 5), QTime(6, 45), QTimeZone::UTC));
    }

    void damagedInputGivesNothing_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QByteArray good = testmedia::exifJpeg(m_jpeg, "2026:03:05 14:45:00");
        QTest::newRow("no exif") << m_jpeg;
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not a jpeg") << QByteArray("PNG....");
        QTest::newRow("cut inside exif") << good.left(40);
        QTest::newRow("bad date") << testmedia::exifJpeg(m_jpeg, "2026:13:45 99:00:00");
        QByteArray badOffset = good;
        // SOI, APP1 marker and length, "Exif\0\0", TIFF header (8), entry count, tag, type, count,
        // then the little-endian Exif IFD pointer: set its high byte so it points far away.
        const int pointerHighByte = 2 + 2 + 2 + 6 + 8 + 2 + 2 + 2 + 4 + 3;
        badOffset[pointerHighByte] = '\x7f';
        QTest::newRow("pointer out of range") << badOffset;
    }

    void damagedInputGivesNothing()
    {
        QFETCH(QByteArray, data);
        QVERIFY(!read(data).has_value());
    }
};

QTEST_MAIN(TestExifDate)
#include "TestExifDate.moc"
