#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace psv {

// SHA-256 of a file with reading and hashing overlapped (a reader thread fills a ring of large
// buffers while the calling thread hashes). Opens read-only without touching the access time.
class FileHasher
{
    Q_DECLARE_TR_FUNCTIONS(FileHasher)

public:
    struct Options
    {
        qint64 chunkSize = qint64(4) << 20;
        int slots = 4;
        const std::atomic_bool *cancel = nullptr; // checked between chunks
        std::function<void(qint64 done)> progress; // bytes hashed so far
    };

    // Error code 1: not a regular file; 3: unreadable or cancelled (the caller set the flag).
    static Result<QString> hash(const QString &path, const Options &options);
    static Result<QString> hash(const QString &path) { return hash(path, Options {}); }
};

} // namespace psv
