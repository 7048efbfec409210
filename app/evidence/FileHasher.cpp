#include "FileHasher.h"

#include "ChunkRing.h"
#include "PosixFile.h"
#include "Sha256.h"

#include <QCoreApplication>

#include <cerrno>
#include <fcntl.h>
#include <thread>

namespace psv {

Result<QString> FileHasher::hash(const QString &path, const Options &options)
{
    Result<PosixFile> source = PosixFile::openSource(path);
    if (!source)
        return source.error();
    ::posix_fadvise(source->fd(), 0, 0, POSIX_FADV_SEQUENTIAL);

    ChunkRing ring(options.slots, options.chunkSize, 1);
    int readErrno = 0;
    std::thread reader([&] {
        qint64 offset = 0;
        for (;;) {
            ChunkRing::Chunk *chunk = ring.acquire();
            if (!chunk)
                return;
            const qint64 n = source.value().readFull(chunk->data, ring.chunkSize());
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
    });

    Sha256 sha;
    qint64 done = 0;
    bool cancelled = false;
    for (;;) {
        if (options.cancel && options.cancel->load()) {
            cancelled = true;
            ring.abort();
            break;
        }
        ChunkRing::Chunk *chunk = ring.next(0);
        if (!chunk)
            break;
        sha.addData(chunk->data, chunk->size);
        done += chunk->size;
        const bool last = chunk->last;
        ring.release(0);
        if (options.progress)
            options.progress(done);
        if (last)
            break;
    }
    reader.join();
    if (cancelled)
        return makeError(tr("Hashing was cancelled."), path, 3);
    if (readErrno != 0)
        return makeError(tr("Reading the file failed: %1.").arg(PosixFile::describe(readErrno)), path, 3);
    return sha.hexResult();
}

} // namespace psv
