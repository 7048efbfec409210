#include "HybridLogicalClock.h"

#include <QTest>

#include <algorithm>

using namespace psv;

class TestHybridLogicalClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringFormSortsLikeStamps()
    {
        const HlcTimestamp a {1772415600000, 0, QStringLiteral("A7F3")};
        QCOMPARE(a.toString(), QStringLiteral("1772415600000-00000-A7F3"));
        QCOMPARE(HlcTimestamp::parse(a.toString()), a);
        QList<HlcTimestamp> stamps {{5, 0, QStringLiteral("B")}, {1772415600000, 2, QStringLiteral("A")},
            {1772415600000, 10, QStringLiteral("A")}, {1772415600000, 2, QStringLiteral("A7")},
            {1772415600001, 0, QStringLiteral("0")}, {999, 99999, QStringLiteral("Z")}};
        QList<HlcTimestamp> byValue = stamps;
        std::sort(byValue.begin(), byValue.end());
        QStringList byString;
        for (const auto &s : std::as_const(stamps))
            byString << s.toString();
        std::sort(byString.begin(), byString.end());
        for (qsizetype i = 0; i < stamps.size(); ++i)
            QCOMPARE(byString.at(i), byValue.at(i).toString());
    }

    void parseIsStrict()
    {
        for (const char *bad : {"", "1772415600000-00000-", "1772415600000-0000-A", "177241560000-00000-A",
                 "1772415600000-00000-A B", "1772415600000_00000-A", "x772415600000-00000-A", "1772415600000-00000--A"})
            QVERIFY2(!HlcTimestamp::parse(QString::fromLatin1(bad)), bad);
    }

    void localEventsAlwaysIncrease()
    {
        qint64 wall = 1000;
        HybridLogicalClock c(QStringLiteral("A"), [&] { return wall; });
        QVERIFY(c.last().isNull());
        const HlcTimestamp t1 = c.now();
        const HlcTimestamp t2 = c.now(); // same millisecond: the counter orders them
        QCOMPARE(t1.wallMs, 1000);
        QCOMPARE(t2.counter, 1);
        wall = 500; // the clock is set back: stamps still increase
        const HlcTimestamp t3 = c.now();
        QVERIFY(t3 > t2);
        QCOMPARE(t3.wallMs, 1000);
        wall = 2000;
        const HlcTimestamp t4 = c.now();
        QCOMPARE(t4.wallMs, 2000);
        QCOMPARE(t4.counter, 0);
        QVERIFY(t4 > t3);
    }

    void receiveOrdersAfterTheCause()
    {
        qint64 wallA = 1000, wallB = 900; // B's clock is behind
        HybridLogicalClock a(QStringLiteral("A"), [&] { return wallA; });
        HybridLogicalClock b(QStringLiteral("B"), [&] { return wallB; });
        const HlcTimestamp sent = a.now();
        a.now();
        const Result<HlcTimestamp> got = b.receive(sent);
        QVERIFY(got.ok());
        QVERIFY(*got > sent);
        QCOMPARE(got->deviceId, QStringLiteral("B"));
        const HlcTimestamp later = b.now();
        QVERIFY(later > *got);
        // Both at the same wall time: counter = max + 1
        HybridLogicalClock c(QStringLiteral("C"), [] { return qint64(1000); }, HlcTimestamp {1000, 7, {}});
        QCOMPARE(c.receive(HlcTimestamp {1000, 3, QStringLiteral("A")})->counter, 8);
        QCOMPARE(c.receive(HlcTimestamp {1000, 20, QStringLiteral("A")})->counter, 21);
    }

    void refusesStampsFarInTheFuture()
    {
        HybridLogicalClock c(QStringLiteral("A"), [] { return qint64(1'000'000); });
        c.setMaxDriftMs(60'000);
        const HlcTimestamp before = c.now();
        const Result<HlcTimestamp> r = c.receive(HlcTimestamp {1'000'000 + 3'600'000, 0, QStringLiteral("B")});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("ahead")));
        QCOMPARE(c.last(), before); // unchanged
        QVERIFY(c.receive(HlcTimestamp {1'000'000 + 30'000, 0, QStringLiteral("B")}).ok());
    }

    void counterOverflowBorrowsAMillisecond()
    {
        HybridLogicalClock c(QStringLiteral("A"), [] { return qint64(10); }, HlcTimestamp {10, 99'999, {}});
        const HlcTimestamp t = c.now();
        QCOMPARE(t.wallMs, 11);
        QCOMPARE(t.counter, 0);
    }
};

QTEST_GUILESS_MAIN(TestHybridLogicalClock)
#include "TestHybridLogicalClock.moc"
