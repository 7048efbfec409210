#pragma once

#include "Result.h"

#include <QString>

namespace psv {

// The QR code on a sealed record carries "PSV1|<inspection number>|<seal hash>". The verifier
// makes and reads that payload and holds a scanned one against the stored (number, seal hash);
// the store recomputes the seal hash from the sealed data before it calls matches().
class RecordVerifier
{
public:
    struct Payload
    {
        QString number;
        QString sealHash; // 64 lowercase hex digits
    };

    static QString qrPayload(const QString &number, const QString &sealHash);
    // Refuses (code 1) anything that is not a PSV1 payload with a number and a 64-hex-digit hash.
    static Result<Payload> parseQrPayload(const QString &text);
    // Ok when the scanned payload names this number and seal hash; otherwise says which differs.
    static Status matches(const Payload &scanned, const QString &number, const QString &sealHash);
};

} // namespace psv
