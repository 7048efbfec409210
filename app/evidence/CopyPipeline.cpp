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

void readStage(PosixFile &source, ChunkRing &ring, const std::atomic_bool *cancel, int &readErrno)
{
    qint64 offset = 0;
    for (;;) {
        if (isCancelled(cancel)) {
            ring.abort();
            return;
        }
        ChunkRing::Chunk *chunk = ring.acquire();
        if (!chunk)
            return;
        const qint64 n = source.readFull(chunk->data, ring.chunkSize());
        if (n < 0) {
            readErrno = errno;
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
}

void writeStage(PosixFile &destination, ChunkRing &ring, const CopyPipeline::Settings &settings,
    std::atomic<qint64> &written, int &writeErrno)
{
    const int fd = destination.fd();
    qint64 waitedUpTo = 0; // everything before this offset is on the disk
    for (;;) {
        ChunkRing::Chunk *chunk = ring.next(1);
        if (!chunk)
            return;
        if (isCancelled(settings.cancel)) {
            ring.abort();
            return;
        }
        int err = settings.writeFault ? settings.writeFault(chunk->offset, chunk->size) : 0;
        if (err == 0)
            err = destination.writeAll(chunk->data, chunk->size);
        const qint64 end = chunk->offset + chunk->size;
        // Start writing this chunk back now; wait for what lies beyond the window behind it.
        if (err == 0 && chunk->size > 0 && ::sync_file_range(fd, chunk->offset, chunk->size, SYNC_FILE_RANGE_WRITE) != 0
            && errno != ESPIPE)
            err = errno;
        if (err == 0 && end - waitedUpTo > settings.writebackWindow) {
            const qint64 upTo = end - settings.writebackWindow;
            const unsigned flags = SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER;
            if (::sync_file_range(fd, waitedUpTo, upTo - waitedUpTo, flags) != 0)
                err = errno;
            waitedUpTo = upTo;
        }
        if (err != 0) {
            writeErrno = err;
            ring.abort();
            return;
        }
        written.store(end, std::memory_order_release);
        const bool last = chunk->last;
        ring.release(1);
        if (last)
            return;
    }
}

} // namespace

CopyPipeline::Outcome CopyPipeline::run(PosixFile &source, PosixFile &destination, const Settings &settings)
{
    ::posix_fadvise(source.fd(), 0, 0, POSIX_FADV_SEQUENTIAL);
    ChunkRing ring(settings.slots, settings.chunkSize, 2); // consumer 0 hashes, 1 writes
    Outcome out;
    std::atomic<qint64> written {0};
    std::thread reader(readStage, std::ref(source), std::ref(ring), settings.cancel, std::ref(out.readErrno));
    std::thread writer(writeStage, std::ref(destination), std::ref(ring), std::cref(settings), std::ref(written),
        std::ref(out.writeErrno));

    Sha256 sha;
    qint64 hashed = 0;
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
        hashed += chunk->size;
        const bool last = chunk->last;
        ring.release(0);
        if (settings.progress)
            settings.progress(std::min(hashed, written.load(std::memory_order_acquire)));
        if (last) {
            complete = true;
            break;
        }
    }
    reader.join();
    writer.join();
    out.cancelled = isCancelled(settings.cancel);
    out.bytes = hashed;
    if (complete && out.ok()) {
        out.sha256 = sha.hexResult();
        if (settings.progress)
            settings.progress(hashed);
    }
    return out;
}

} // namespace psv
