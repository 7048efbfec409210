#pragma once

#include "PosixFile.h"

#include <QString>

#include <atomic>
#include <functional>

namespace psv {

// The three overlapped stages of one evidence copy: a reader thread fills a ChunkRing from the
// source, a writer thread writes each chunk to the destination (starting its write-back at once
// with sync_file_range and waiting only for data older than the write-back window, so dirty
// memory stays bounded and the disk never idles), and the calling thread hashes each chunk.
class CopyPipeline
{
public:
    struct Settings
    {
        qint64 chunkSize = qint64(4) << 20;
        int slots = 4;
        qint64 writebackWindow = qint64(64) << 20;
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
