#pragma once

#include <QString>

namespace psv {

// Record keys: RFC 9562 version-7 UUIDs (48-bit Unix milliseconds + 74 random bits), lower-case,
// without braces. They are unique without a network, and time-ordered, so that new rows land at
// the end of the B-tree indexes instead of at random pages (measured in bench_store).
class Uuid
{
public:
    static QString create();
    static bool isValid(const QString &text); // any RFC 4122/9562 UUID in the canonical 36-char form
};

} // namespace psv
