#include "ChunkRing.h"

#include <algorithm>

namespace psv {

namespace {
constexpr qint64 kAlignment = 4096;
}

ChunkRing::ChunkRing(int slots, qint64 chunkSize, int consumers)
    : m_slots(std::max(2, slots)),
      m_chunkSize(std::max<qint64>(kAlignment, (chunkSize + kAlignment - 1) / kAlignment * kAlignment)),
      m_memory(static_cast<char *>(std::aligned_alloc(kAlignment, static_cast<size_t>(m_slots * m_chunkSize)))),
      m_chunks(static_cast<size_t>(m_slots)), m_consumed(static_cast<size_t>(std::max(1, consumers)), 0)
{
    for (int i = 0; i < m_slots; ++i)
        m_chunks[static_cast<size_t>(i)].data = m_memory.get() + i * m_chunkSize;
}

qint64 ChunkRing::minConsumed() const
{
    return *std::min_element(m_consumed.begin(), m_consumed.end());
}

template<typename Ready> void ChunkRing::waitUntil(std::unique_lock<std::mutex> &lock, Ready ready)
{
    if (ready())
        return;
    ++m_waiting;
    m_changed.wait(lock, ready);
    --m_waiting;
}

ChunkRing::Chunk *ChunkRing::acquire()
{
    std::unique_lock lock(m_mutex);
    waitUntil(lock, [this] { return m_aborted || m_produced - minConsumed() < m_slots; });
    if (m_aborted)
        return nullptr;
    Chunk *chunk = &m_chunks[static_cast<size_t>(m_produced % m_slots)];
    *chunk = Chunk {chunk->data, 0, 0, false};
    return chunk;
}

void ChunkRing::publish()
{
    {
        std::lock_guard lock(m_mutex);
        ++m_produced;
    }
    m_changed.notify_all();
}

ChunkRing::Chunk *ChunkRing::next(int consumer)
{
    std::unique_lock lock(m_mutex);
    const qint64 seq = m_consumed[static_cast<size_t>(consumer)];
    waitUntil(lock, [&] { return m_aborted || seq < m_produced; });
    if (m_aborted)
        return nullptr;
    return &m_chunks[static_cast<size_t>(seq % m_slots)];
}

void ChunkRing::release(int consumer)
{
    {
        std::lock_guard lock(m_mutex);
        ++m_consumed[static_cast<size_t>(consumer)];
    }
    m_changed.notify_all();
}

void ChunkRing::abort()
{
    {
        std::lock_guard lock(m_mutex);
        m_aborted = true;
    }
    m_changed.notify_all();
}

bool ChunkRing::aborted() const
{
    std::lock_guard lock(m_mutex);
    return m_aborted;
}

int ChunkRing::waiting() const
{
    std::lock_guard lock(m_mutex);
    return m_waiting;
}

} // namespace psv
