#pragma once

#include "PosixFile.h"

#include <QString>

#include <atomic>
#include <functional>

namespace psv {

// The three overlapped stages of one evidence copy, joined by a ChunkRing of a few large
// buffers: a reader thread reads the source (with deep read-ahead), the calling thread hashes
// every chunk, and a writer thread writes every chunk to the destination, either with O_DIRECT
// (no copy into the page cache, no dirty pages, least CPU) or buffered with its write-back
// started at once by sync_file_range and waited for only beyond the write-back window, so dirty
// memory stays bounded and the disk never idles. Hashing and writing consume each chunk
// independently; a slot is refilled only when both are done with it.
class CopyPipeline
{
public:
    struct Settings
    {
        qint64 chunkSize = qint64(4) << 20;
        int slots = 4;
        qint64 writebackWindow = qint64(64) << 20; // buffered writes only
        bool directIo = true; // O_DIRECT when the file system allows it
        const std::atomic_bool *cancel = nullptr;
        std::function<void(qint64 done)> progress; // bytes both hashed and written
        std::function<int(qint64 offset, qint64 length)> writeFault;
    };

    struct Outcome
    {
        QString sha256; // hex, when the whole stream went through
        qint64 bytes = 0; // bytes read
        int readErrno = 0; // the first read error
        int writeErrno = 0; // the first write or write-back error
        bool cancelled = false;
        bool ok() const { return !cancelled && readErrno == 0 && writeErrno == 0; }
    };

    static Outcome run(PosixFile &source, PosixFile &destination, const Settings &settings);
};

} // namespace psv
