#include "CopyPipeline.h"

#include "ChunkRing.h"
#include "Sha256.h"

#include <cerrno>
#include <fcntl.h>
#include <thread>

namespace psv {

namespace {

bool isCancelled(const std::atomic_bool *flag)
{
    return flag && flag->load(std::memory_order_relaxed);
}

// Writes and starts write-back at once; waits only for data older than the window.
class Writer
{
public:
    Writer(PosixFile &destination, const CopyPipeline::Settings &settings)
        : m_file(destination), m_settings(settings), m_direct(settings.directIo && setDirect(true))
    {
    }

    void run(ChunkRing &ring, int consumer, std::atomic<qint64> &written, int &writeErrno)
    {
        for (;;) {
            ChunkRing::Chunk *chunk = ring.next(consumer);
            if (!chunk)
                return;
            if (isCancelled(m_settings.cancel)) {
                ring.abort();
                return;
            }
            if (const int err = write(*chunk); err != 0) {
                writeErrno = err;
                ring.abort();
                return;
            }
            written.store(chunk->offset + chunk->size, std::memory_order_release);
            const bool last = chunk->last;
            ring.release(consumer);
            if (last)
                return;
        }
    }

private:
    bool setDirect(bool on)
    {
        const int flags = ::fcntl(m_file.fd(), F_GETFL);
        return ::fcntl(m_file.fd(), F_SETFL, on ? flags | O_DIRECT : flags & ~O_DIRECT) == 0;
    }

    int write(const ChunkRing::Chunk &chunk)
    {
        if (m_settings.writeFault)
            if (const int err = m_settings.writeFault(chunk.offset, chunk.size); err != 0)
                return err;
        // O_DIRECT needs whole blocks: the short last chunk goes through the page cache.
        if (m_direct && chunk.size % 4096 != 0)
            m_direct = !setDirect(false);
        qint64 done = 0;
        int err = m_file.writeAll(chunk.data, chunk.size, &done);
        if (err == EINVAL && m_direct) { // direct I/O refused (after a short write, or by the file system)
            m_direct = !setDirect(false);
            qint64 more = 0;
            err = m_file.writeAll(chunk.data + done, chunk.size - done, &more);
            done += more;
        }
        if (err != 0 || m_direct || chunk.size == 0)
            return err;
        const int fd = m_file.fd();
        if (::sync_file_range(fd, chunk.offset, chunk.size, SYNC_FILE_RANGE_WRITE) != 0)
            return errno;
        const qint64 end = chunk.offset + chunk.size;
        if (end - m_waitedUpTo > m_settings.writebackWindow) {
            const qint64 upTo = end - m_settings.writebackWindow;
            const unsigned flags = SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER;
            if (::sync_file_range(fd, m_waitedUpTo, upTo - m_waitedUpTo, flags) != 0)
                return errno;
            m_waitedUpTo = upTo;
        }
        return 0;
    }

    PosixFile &m_file;
    const CopyPipeline::Settings &m_settings;
    bool m_direct = false;
    qint64 m_waitedUpTo = 0; // everything before this offset is on the disk
};

} // namespace

CopyPipeline::Outcome CopyPipeline::run(PosixFile &source, PosixFile &destination, const Settings &settings)
{
    ::posix_fadvise(source.fd(), 0, 0, POSIX_FADV_SEQUENTIAL); // deep read-ahead from the camera
    ChunkRing ring(settings.slots, settings.chunkSize, 2); // consumer 0 hashes, 1 writes
    Outcome out;
    std::atomic<qint64> written {0};
    Writer writer(destination, settings);
    std::thread writing([&] { writer.run(ring, 1, written, out.writeErrno); });
    std::thread reading([&] {
        qint64 offset = 0;
        for (;;) {
            if (isCancelled(settings.cancel)) {
                ring.abort();
                return;
            }
            ChunkRing::Chunk *chunk = ring.acquire();
            if (!chunk)
                return;
            const qint64 n = source.readFull(chunk->data, ring.chunkSize());
            if (n < 0) {
                out.readErrno = errno;
                ring.abort();
                return;
            }
            chunk->size = n;
            chunk->offset = offset;
            chunk->last = n < ring.chunkSize();
            offset += n;
            ring.publish();
            if (chunk->last)
                return;
        }
    });
    Sha256 sha;
    bool complete = false;
    for (;;) {
        if (isCancelled(settings.cancel)) {
            ring.abort();
            break;
        }
        ChunkRing::Chunk *chunk = ring.next(0);
        if (!chunk)
            break;
        sha.addData(chunk->data, chunk->size);
        out.bytes += chunk->size;
        const bool last = chunk->last;
        ring.release(0);
        if (settings.progress)
            settings.progress(written.load(std::memory_order_acquire));
        if (last) {
            complete = true;
            break;
        }
    }
    reading.join();
    writing.join();
    out.cancelled = isCancelled(settings.cancel);
    if (complete && out.ok()) {
        out.sha256 = sha.hexResult();
        if (settings.progress)
            settings.progress(out.bytes);
    }
    return out;
}

} // namespace psv
