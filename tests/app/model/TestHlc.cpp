#include "Hlc.h"

#include <QTest>

using namespace psv;

class TestHlc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textSortsInClockOrder()
    {
        const Hlc a {1000, 5, QStringLiteral("A7F3")};
        const Hlc b {1000, 12, QStringLiteral("A7F3")};
        const Hlc c {20000, 0, QStringLiteral("0001")};
        QVERIFY(a < b && b < c);
        QVERIFY(a.toString() < b.toString() && b.toString() < c.toString());
        const Hlc p = Hlc::parse(b.toString());
        QCOMPARE(p.ms, b.ms);
        QCOMPARE(p.counter, b.counter);
        QCOMPARE(p.device, b.device);
        QVERIFY(Hlc::parse(QStringLiteral("garbage")).isNull());
    }

    void neverGoesBackwards()
    {
        Hlc h = Hlc {}.tick(5000, QStringLiteral("A"));
        QCOMPARE(h.ms, qint64(5000));
        const Hlc back = h.tick(4000, QStringLiteral("A")); // the wall clock went back
        QVERIFY(h < back);
        QCOMPARE(back.ms, qint64(5000));
        QCOMPARE(back.counter, 1);
    }

    void receiveAdvancesPastTheRemote()
    {
        const Hlc local {5000, 3, QStringLiteral("A")};
        const Hlc remote {9000, 7, QStringLiteral("B")};
        const Hlc r = local.receive(remote, 6000, QStringLiteral("A"));
        QVERIFY(remote < r);
        QVERIFY(local < r);
        QCOMPARE(r.ms, qint64(9000));
        QCOMPARE(r.counter, 8);
        const Hlc later = local.receive(remote, 10000, QStringLiteral("A"));
        QCOMPARE(later.ms, qint64(10000));
        QCOMPARE(later.counter, 0);
    }
};

QTEST_GUILESS_MAIN(TestHlc)
#include "TestHlc.moc"
