#include "FileNamePatterns.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;
using namespace Qt::StringLiterals;

namespace {
QDateTime local(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s));
}

bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QJsonObject pattern(const QString &id, const QString &regex, const QString &zone = {})
{
    QJsonObject o {{u"id"_s, id}, {u"regex"_s, regex}};
    if (!zone.isEmpty())
        o[u"timeZone"_s] = zone;
    return o;
}

QByteArray patternFile(const QString &mode, const QJsonArray &patterns)
{
    const QJsonObject root {{u"format"_s, u"psv-evidence-filename-patterns"_s}, {u"version"_s, 1}, {u"mode"_s, mode},
        {u"patterns"_s, patterns}};
    return QJsonDocument(root).toJson();
}
} // namespace

class TestFileNamePatterns : public QObject
{
    Q_OBJECT

    FileNamePatterns m_shipped;

private Q_SLOTS:
    void initTestCase()
    {
        const Result<FileNamePatterns> shipped = FileNamePatterns::builtIn();
        QVERIFY2(shipped.ok(), qPrintable(shipped.ok() ? QString() : shipped.error().text()));
        m_shipped = shipped.value();
    }

    void shipsDocumentedPatterns()
    {
        QVERIFY(m_shipped.patterns().size() >= 3);
        for (const FileNamePattern &p : m_shipped.patterns()) {
            QVERIFY2(!p.description.isEmpty(), qPrintable(p.id));
            QVERIFY2(!p.examples.isEmpty(), qPrintable(p.id));
            QCOMPARE(p.origin, FileNamePatterns::builtInPath());
        }
    }

    // Each shipped pattern's documented examples are read by that pattern (the first that matches).
    void examplesMatchTheirOwnPattern()
    {
        for (const FileNamePattern &p : m_shipped.patterns()) {
            for (const QString &example : p.examples) {
                const std::optional<FileNameMatch> m = m_shipped.match(example);
                QVERIFY2(m.has_value(), qPrintable(example));
                QCOMPARE(m->patternId, p.id);
            }
        }
    }

    void readsTheFields_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("police");
        QTest::addColumn<QString>("sequence");
        QTest::addColumn<QDateTime>("time");
        QTest::newRow("device_police_datetime_seq")
            << u"DSJ-A7F301_012345_20260305143012_0001.MP4"_s << u"device-police-datetime-seq"_s << u"DSJ-A7F301"_s
            << u"012345"_s << u"0001"_s << local(2026, 3, 5, 14, 30, 12);
        QTest::newRow("device_police_date_time (lower case)")
            << u"j05a1234_1234567_20260305_093000_12.jpg"_s << u"device-police-datetime-seq"_s << u"j05a1234"_s
            << u"1234567"_s << u"12"_s << local(2026, 3, 5, 9, 30, 0);
        QTest::newRow("police_date_time_seq") << u"012345_20260305_143012_0007.MP4"_s << u"police-date-time-seq"_s
                                              << u""_s << u"012345"_s << u"0007"_s << local(2026, 3, 5, 14, 30, 12);
        QTest::newRow("police_date_time") << u"654321_20251231_235959.WAV"_s << u"police-date-time-seq"_s << u""_s
                                          << u"654321"_s << u""_s << local(2025, 12, 31, 23, 59, 59);
        QTest::newRow("prefix VID") << u"VID_20260305_143012.mp4"_s << u"prefix-date-time-seq"_s << u""_s << u""_s
                                    << u""_s << local(2026, 3, 5, 14, 30, 12);
        QTest::newRow("no prefix, seq") << u"20260305_143012_0003.MP4"_s << u"prefix-date-time-seq"_s << u""_s << u""_s
                                        << u"0003"_s << local(2026, 3, 5, 14, 30, 12);
        QTest::newRow("dashes") << u"REC-2026-03-05-14-30-12.wav"_s << u"prefix-date-time-seq"_s << u""_s << u""_s
                                << u""_s << local(2026, 3, 5, 14, 30, 12);
        QTest::newRow("device_datetime_seq") << u"DSJA7F301_20260305143012_0003.MP4"_s << u"device-datetime-seq"_s
                                             << u"DSJA7F301"_s << u""_s << u"0003"_s << local(2026, 3, 5, 14, 30, 12);
        QTest::newRow("device-date-time") << u"HK-C3-0042-20260305-143012.mp4"_s << u"device-datetime-seq"_s
                                          << u"HK-C3-0042"_s << u""_s << u""_s << local(2026, 3, 5, 14, 30, 12);
        QTest::newRow("dcf: sequence, no time")
            << u"DSCF0042.JPG"_s << u"dcf-sequence"_s << u""_s << u""_s << u"0042"_s << QDateTime();
    }

    void readsTheFields()
    {
        QFETCH(QString, name);
        QFETCH(QString, pattern);
        QFETCH(QString, device);
        QFETCH(QString, police);
        QFETCH(QString, sequence);
        QFETCH(QDateTime, time);
        const std::optional<FileNameMatch> m = m_shipped.match(name);
        QVERIFY(m.has_value());
        QCOMPARE(m->patternId, pattern);
        QCOMPARE(m->device, device);
        QCOMPARE(m->police, police);
        QCOMPARE(m->sequence, sequence);
        QCOMPARE(m->time, time);
    }

    void ignoresOtherNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << u"holiday.mp4"_s;
        QTest::newRow("invalid month") << u"DSJ-A7F301_012345_20261305143012_0001.MP4"_s;
        QTest::newRow("invalid hour") << u"VID_20260305_253012.mp4"_s;
        QTest::newRow("invalid day") << u"012345_20260230_143012_0001.MP4"_s;
        QTest::newRow("a name inside a longer name") << u"copy of VID_20260305_143012.mp4"_s;
        QTest::newRow("no extension") << u"VID_20260305_143012"_s;
    }

    void ignoresOtherNames()
    {
        QFETCH(QString, name);
        QVERIFY(!m_shipped.match(name).has_value());
    }

    void honoursTheTimeZone()
    {
        const Result<FileNamePatterns> p = FileNamePatterns::parse(
            patternFile(u"prepend"_s,
                {pattern(u"utc"_s, u"^U(?<date>\\d{8})(?<time>\\d{6})\\.mp4$"_s, u"UTC"_s),
                    pattern(u"sh"_s, u"^S(?<date>\\d{8})(?<time>\\d{4})\\.mp4$"_s, u"Asia/Shanghai"_s)}),
            QStringLiteral("test"));
        QVERIFY(p.ok());
        QCOMPARE(p->match(QStringLiteral("U20260305143012.mp4"))->time,
            QDateTime(QDate(2026, 3, 5), QTime(14, 30, 12), QTimeZone::UTC));
        const QDateTime shanghai = p->match(QStringLiteral("S202603051430.mp4"))->time;
        QCOMPARE(shanghai.toUTC(), QDateTime(QDate(2026, 3, 5), QTime(6, 30), QTimeZone::UTC));
    }

    void overrideFromTheDataDirectory()
    {
        QTemporaryDir data;
        const QString path = FileNamePatterns::overridePath(data.path());
        QCOMPARE(path, data.filePath(QStringLiteral("evidence-patterns.json")));
        QCOMPARE(FileNamePatterns::load(data.path())->patterns().size(), m_shipped.patterns().size()); // none yet

        // prepend: the local pattern first, a shipped id replaced, the rest kept
        QVERIFY(write(path,
            patternFile(u"prepend"_s,
                {pattern(u"custom"_s, u"^CAM(?<device>\\d+)-(?<date>\\d{8})(?<time>\\d{6})\\.mp4$"_s),
                    pattern(u"dcf-sequence"_s, u"^NEVER$"_s)})));
        Result<FileNamePatterns> loaded = FileNamePatterns::load(data.path());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->patterns().size(), m_shipped.patterns().size() + 1);
        QCOMPARE(loaded->patterns().constFirst().id, QStringLiteral("custom"));
        QCOMPARE(loaded->patterns().constFirst().origin, path);
        const std::optional<FileNameMatch> m = loaded->match(QStringLiteral("CAM17-20260305143012.mp4"));
        QVERIFY(m);
        QCOMPARE(m->device, QStringLiteral("17"));
        QVERIFY(!loaded->match(QStringLiteral("DSCF0001.JPG")).has_value()); // replaced by the local "dcf-sequence"
        QVERIFY(loaded->match(QStringLiteral("VID_20260305_143012.mp4")).has_value()); // shipped, still there

        // replace: only the local patterns
        QVERIFY(write(path, patternFile(u"replace"_s, {pattern(u"only"_s, u"^X(?<seq>\\d+)\\.mp4$"_s)})));
        loaded = FileNamePatterns::load(data.path());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->patterns().size(), 1);
        QVERIFY(!loaded->match(QStringLiteral("VID_20260305_143012.mp4")).has_value());
        QCOMPARE(loaded->match(QStringLiteral("X12.mp4"))->sequence, QStringLiteral("12"));
    }

    void refusesABrokenOverride_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{ nope") << u"not valid JSON"_s;
        QJsonObject wrong {
            {u"format"_s, u"x"_s}, {u"version"_s, 1}, {u"patterns"_s, QJsonArray {pattern(u"a"_s, u"^a$"_s)}}};
        QTest::newRow("wrong format") << QJsonDocument(wrong).toJson() << u"format"_s;
        QTest::newRow("no patterns") << patternFile(u"prepend"_s, {}) << u"no patterns"_s;
        QTest::newRow("bad mode") << patternFile(u"merge"_s, {pattern(u"a"_s, u"^a$"_s)}) << u"mode"_s;
        QTest::newRow("bad regex") << patternFile(u"prepend"_s, {pattern(u"a"_s, u"^(?<date>[0-9"_s)})
                                   << u"not valid"_s;
        QTest::newRow("unknown group") << patternFile(u"prepend"_s, {pattern(u"a"_s, u"^(?<officer>\\d+)$"_s)})
                                       << u"unknown group"_s;
        QTest::newRow("date without time")
            << patternFile(u"prepend"_s, {pattern(u"a"_s, u"^(?<date>\\d{8})$"_s)}) << u"both"_s;
        QTest::newRow("duplicate id") << patternFile(
            u"prepend"_s, {pattern(u"a"_s, u"^a$"_s), pattern(u"a"_s, u"^b$"_s)})
                                      << u"twice"_s;
        QTest::newRow("bad zone") << patternFile(u"prepend"_s, {pattern(u"a"_s, u"^a$"_s, u"Mars/Base"_s)})
                                  << u"time zone"_s;
        QTest::newRow("no id") << patternFile(u"prepend"_s, {QJsonObject {{u"regex"_s, u"^a$"_s}}}) << u"no \"id\""_s;
    }

    void refusesABrokenOverride()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QTemporaryDir data;
        const QString path = FileNamePatterns::overridePath(data.path());
        QVERIFY(write(path, json));
        const Result<FileNamePatterns> loaded = FileNamePatterns::load(data.path());
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().message.contains(expected), qPrintable(loaded.error().message));
        QVERIFY2(loaded.error().where.startsWith(path), qPrintable(loaded.error().where)); // names the file
        QCOMPARE(loaded.error().code, 1);
    }
};

QTEST_GUILESS_MAIN(TestFileNamePatterns)
#include "TestFileNamePatterns.moc"
