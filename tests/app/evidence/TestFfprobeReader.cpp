#include "FfprobeReader.h"

#include <QTest>

using namespace psv;

class TestFfprobeReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheDatesFfprobePrints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc");
        const QDateTime at(QDate(2026, 3, 5), QTime(6, 34), QTimeZone::UTC);
        QTest::newRow("creation_time") << QStringLiteral("2026-03-05T06:34:00.000000Z") << at;
        QTest::newRow("no fraction") << QStringLiteral("2026-03-05T06:34:00Z") << at;
        QTest::newRow("apple, offset without colon") << QStringLiteral("2026-03-05T14:34:00+0800") << at;
        QTest::newRow("offset with colon") << QStringLiteral("2026-03-05T14:34:00+08:00") << at;
        QTest::newRow("space") << QStringLiteral("2026-03-05 06:34:00Z") << at;
    }

    void parsesTheDatesFfprobePrints()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        const std::optional<QDateTime> at = FfprobeReader::parseDate(text);
        QVERIFY(at.has_value());
        QCOMPARE(at->toUTC(), utc);
    }

    void ignoresZeroAndJunk()
    {
        for (const QString &text : {QStringLiteral("1904-01-01T00:00:00.000000Z"),
                 QStringLiteral("1970-01-01T00:00:00Z"), QStringLiteral("yesterday"), QString()})
            QVERIFY2(!FfprobeReader::parseDate(text).has_value(), qPrintable(text));
    }

    void looksAtFormatThenStreams()
    {
        const QByteArray streamOnly = R"({"streams": [{"tags": {"language": "und"}},
            {"tags": {"creation_time": "2026-03-05T06:34:00.000000Z"}}], "format": {"tags": {"encoder": "x"}}})";
        QCOMPARE(
            FfprobeReader::fromJson(streamOnly)->toUTC(), QDateTime(QDate(2026, 3, 5), QTime(6, 34), QTimeZone::UTC));
        const QByteArray both = R"({"streams": [{"tags": {"creation_time": "2026-03-05T06:34:00Z"}}],
            "format": {"tags": {"com.apple.quicktime.creationdate": "2026-03-05T15:00:00+0800"}}})";
        QCOMPARE(FfprobeReader::fromJson(both)->toUTC(), QDateTime(QDate(2026, 3, 5), QTime(7, 0), QTimeZone::UTC));
        QVERIFY(!FfprobeReader::fromJson("{}").has_value());
        QVERIFY(!FfprobeReader::fromJson("not json").has_value());
    }
};

QTEST_GUILESS_MAIN(TestFfprobeReader)
#include "TestFfprobeReader.moc"
