#include "ChunkRing.h"

#include <QTest>

#include <atomic>
#include <cstring>
#include <thread>

using namespace psv;

class TestChunkRing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every consumer sees every chunk, in order; the producer never overwrites a slot that the
    // slowest consumer has not released (memory stays at slots x chunkSize).
    void everyConsumerSeesEveryChunkInOrder()
    {
        constexpr int slots = 3;
        constexpr qint64 count = 2000;
        ChunkRing ring(slots, 4096, 2);
        std::atomic<qint64> produced {0};
        std::atomic<qint64> released[2] = {0, 0};
        std::atomic<bool> overrun {false};
        std::thread producer([&] {
            for (qint64 i = 0; i < count; ++i) {
                ChunkRing::Chunk *c = ring.acquire();
                if (!c)
                    return;
                if (i - std::min(released[0].load(), released[1].load()) >= slots)
                    overrun = true;
                std::memcpy(c->data, &i, sizeof i);
                c->size = sizeof i;
                c->offset = i;
                c->last = i == count - 1;
                ring.publish();
                ++produced;
            }
        });
        qint64 bad[2] = {0, 0};
        const auto consume = [&](int id, bool slow) {
            for (qint64 expected = 0;; ++expected) {
                ChunkRing::Chunk *c = ring.next(id);
                if (!c)
                    return;
                qint64 seen = -1;
                std::memcpy(&seen, c->data, sizeof seen);
                if (seen != expected || c->offset != expected)
                    ++bad[id];
                // Now and then the slow consumer holds its chunk until the producer has filled every
                // slot it may (and is blocked on this consumer), so that the ring really runs full.
                if (slow && expected % 100 == 0)
                    while (produced.load() < std::min(count, expected + slots))
                        std::this_thread::yield();
                const bool last = c->last;
                ++released[id];
                ring.release(id);
                if (last)
                    return;
            }
        };
        std::thread fast(consume, 0, false);
        std::thread slow(consume, 1, true);
        producer.join();
        fast.join();
        slow.join();
        QCOMPARE(produced.load(), count);
        QCOMPARE(released[0].load(), count);
        QCOMPARE(released[1].load(), count);
        QCOMPARE(bad[0], 0);
        QCOMPARE(bad[1], 0);
        QVERIFY(!overrun.load());
    }

    void abortWakesEveryone()
    {
        ChunkRing ring(2, 4096, 1);
        ChunkRing::Chunk *first = nullptr;
        std::thread consumer([&] { first = ring.next(0); }); // nothing published: blocks
        for (int i = 0; i < 2; ++i) {
            QVERIFY(ring.acquire());
            ring.publish();
        }
        consumer.join();
        QVERIFY(first);
        ChunkRing::Chunk *blocked = reinterpret_cast<ChunkRing::Chunk *>(1);
        std::thread producer([&] { blocked = ring.acquire(); }); // ring full, consumer gone: blocks
        while (ring.waiting() == 0) // until the producer is blocked in acquire()
            std::this_thread::yield();
        ring.abort();
        producer.join();
        QCOMPARE(blocked, nullptr);
        QVERIFY(ring.aborted());
        QCOMPARE(ring.waiting(), 0);
        QCOMPARE(ring.next(0), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestChunkRing)
#include "TestChunkRing.moc"
