#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <vector>

namespace psv {

// A ring of a few large buffers shared by one producer (the reader) and one or more consumers
// (hasher, writer) that each see every chunk in order. A slot is reused only when every consumer
// has released it, so memory stays at slots × chunkSize whatever the file size. Any stage can
// abort the ring; every blocked call then returns at once.
class ChunkRing
{
public:
    struct Chunk
    {
        char *data = nullptr;
        qint64 size = 0; // bytes filled
        qint64 offset = 0; // position in the stream
        bool last = false; // end of stream (size may be 0)
    };

    ChunkRing(int slots, qint64 chunkSize, int consumers);

    qint64 chunkSize() const { return m_chunkSize; }

    // Producer: an empty slot to fill, or nullptr when aborted.
    Chunk *acquire();
    void publish();
    // Consumer: the next filled chunk in order, or nullptr when aborted.
    Chunk *next(int consumer);
    void release(int consumer);

    void abort();
    bool aborted() const;
    // How many acquire()/next() calls are blocked right now, waiting for a slot or a chunk.
    int waiting() const;

private:
    qint64 minConsumed() const;
    template<typename Ready> void waitUntil(std::unique_lock<std::mutex> &lock, Ready ready);

    const int m_slots;
    const qint64 m_chunkSize;
    struct Free
    {
        void operator()(char *p) const { std::free(p); }
    };
    std::unique_ptr<char, Free> m_memory; // page-aligned, so chunks can be written with O_DIRECT
    std::vector<Chunk> m_chunks;
    std::vector<qint64> m_consumed; // chunks released, per consumer
    qint64 m_produced = 0; // chunks published
    bool m_aborted = false;
    int m_waiting = 0;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
};

} // namespace psv
