#include "Evidence.h"
#include "IsoTime.h"

#include <QTest>

using namespace psv;

class TestEvidence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTripAndValidation()
    {
        Evidence e;
        e.id = QStringLiteral("e1");
        e.sha256 = QStringLiteral("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855");
        e.size = 5'000'000'000;
        e.originalName = QStringLiteral("DSJ001_20260301_091500.mp4");
        e.originalPath = QStringLiteral("/media/cam/DCIM/100/DSJ001_20260301_091500.mp4");
        e.deviceNumber = QStringLiteral("DSJ001");
        e.capturedAt = IsoTime::parseTime(QStringLiteral("2026-03-01T09:15:00+08:00"));
        e.captureTimeSource = QStringLiteral("file-name");
        e.mediaType = QStringLiteral("video");
        e.durationMs = 3'600'000;
        e.width = 1920;
        e.height = 1080;
        e.codec = QStringLiteral("h264");
        e.flags = {QStringLiteral("metadata-unreadable")};
        auto v = e.validated();
        QVERIFY(v.ok());
        QCOMPARE(v.value().sha256, e.sha256.toLower());
        auto back = Evidence::fromJson(v.value().toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value().toJson(), v.value().toJson());
        QCOMPARE(back.value().size, qint64(5'000'000'000));

        e.sha256 = QStringLiteral("abc");
        QCOMPARE(e.validated().error().where, QStringLiteral("sha256"));
        e.sha256 = QString(64, u'0');
        e.originalName.clear();
        QCOMPARE(e.validated().error().where, QStringLiteral("original_name"));
    }
};

QTEST_GUILESS_MAIN(TestEvidence)
#include "TestEvidence.moc"
