#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace psv {

// Canonical JSON (the bytes that seal hashes, audit hashes and sync bundles are computed over):
// object keys sorted by their UTF-16 code units, no insignificant whitespace, strings escaped
// minimally (", \, control characters as \uXXXX, everything else as UTF-8), integers without a
// fraction or exponent, other numbers in the shortest round-trip form. Same value → same bytes.
class CanonicalJson
{
public:
    static QByteArray serialize(const QJsonValue &value);
};

} // namespace psv
