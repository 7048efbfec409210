#include "SecretHash.h"

#include <QCoreApplication>

#include <sodium.h>

namespace psv {

namespace {
bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

Result<QString> SecretHash::hash(const QString &secret)
{
    if (secret.size() < minimumLength())
        return makeError(QCoreApplication::translate("SecretHash",
                             "The secret is too short: %1 character(s); at least %2 are "
                             "needed.")
                             .arg(secret.size())
                             .arg(minimumLength()),
            QStringLiteral("secret"));
    if (!ready())
        return makeError(QCoreApplication::translate("SecretHash", "The cryptography library could not start."), {}, 3);
    const QByteArray pw = secret.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pw.constData(), quint64(pw.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return makeError(
            QCoreApplication::translate("SecretHash", "Hashing the secret failed: not enough memory (64 MiB needed)."),
            {}, 3);
    return QString::fromLatin1(out);
}

bool SecretHash::verify(const QString &storedHash, const QString &secret)
{
    if (!ready() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray pw = secret.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), pw.constData(), quint64(pw.size())) == 0;
}

bool SecretHash::needsRehash(const QString &storedHash)
{
    if (!ready())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(
               stored.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0;
}

} // namespace psv
