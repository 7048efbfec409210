#include "CaptureTime.h"

#include <QTest>

using namespace psv;

class TestCaptureTime : public QObject
{
    Q_OBJECT

    const QDateTime named {QDate(2026, 3, 5), QTime(14, 30, 12)};
    const QDateTime container {QDate(2026, 3, 5), QTime(6, 31), QTimeZone::UTC};
    const QDateTime fileTime {QDate(2026, 3, 6), QTime(1, 0), QTimeZone::UTC};

    static std::optional<FileNameMatch> match(const QDateTime &time)
    {
        FileNameMatch m;
        m.patternId = QStringLiteral("device-police-datetime-seq");
        m.device = QStringLiteral("DSJ-1");
        m.time = time;
        return m;
    }

private Q_SLOTS:
    void fileNameComesFirst()
    {
        const CaptureTime c = CaptureTime::resolve(match(named), container, QStringLiteral("qt-multimedia"), fileTime);
        QCOMPARE(c.source, CaptureTime::Source::FileName);
        QCOMPARE(c.time, named);
        QCOMPARE(c.detail, QStringLiteral("device-police-datetime-seq"));
        QVERIFY(c.isValid());
    }

    void thenTheContainer()
    {
        // a pattern that matched without a time (DCF names) does not count as a capture time
        for (const std::optional<FileNameMatch> &name : {std::optional<FileNameMatch> {}, match(QDateTime())}) {
            const CaptureTime c = CaptureTime::resolve(name, container, QStringLiteral("exif"), fileTime);
            QCOMPARE(c.source, CaptureTime::Source::Container);
            QCOMPARE(c.time, container);
            QCOMPARE(c.detail, QStringLiteral("exif"));
        }
    }

    void thenTheFileTime()
    {
        const CaptureTime c = CaptureTime::resolve(std::nullopt, QDateTime(), QString(), fileTime);
        QCOMPARE(c.source, CaptureTime::Source::FileTime);
        QCOMPARE(c.time, fileTime);
        const CaptureTime none = CaptureTime::resolve(std::nullopt, QDateTime(), QString(), QDateTime());
        QCOMPARE(none.source, CaptureTime::Source::None);
        QVERIFY(!none.isValid());
    }

    void codesRoundTrip()
    {
        QCOMPARE(CaptureTime::sourceCode(CaptureTime::Source::FileName), QStringLiteral("file-name"));
        QCOMPARE(CaptureTime::sourceCode(CaptureTime::Source::Container), QStringLiteral("container"));
        QCOMPARE(CaptureTime::sourceCode(CaptureTime::Source::FileTime), QStringLiteral("file-time"));
        for (const auto s :
            {CaptureTime::Source::FileName, CaptureTime::Source::Container, CaptureTime::Source::FileTime}) {
            QCOMPARE(CaptureTime::sourceFromCode(CaptureTime::sourceCode(s)), std::optional(s));
            QVERIFY(!CaptureTime::sourceName(s).isEmpty());
        }
        QVERIFY(!CaptureTime::sourceFromCode(QStringLiteral("guess")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestCaptureTime)
#include "TestCaptureTime.moc"
