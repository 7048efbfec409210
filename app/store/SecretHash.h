#pragma once

#include "Result.h"

#include <QString>

namespace psv {

// Officers' sign-in secrets, stored only as libsodium crypto_pwhash_str strings (Argon2id,
// "$argon2id$v=19$m=…,t=…,p=…$salt$hash"; interactive limits: 64 MiB, 2 passes).
class SecretHash
{
public:
    static int minimumLength() { return 6; }
    static Result<QString> hash(const QString &secret); // refuses secrets shorter than minimumLength()
    static bool verify(const QString &storedHash, const QString &secret);
    static bool needsRehash(const QString &storedHash);
};

} // namespace psv
