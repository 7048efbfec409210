#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace psv {

// SHA-256 through OpenSSL's EVP interface (uses the CPU's SHA extensions; QCryptographicHash
// measured 12x slower on these machines).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(const char *data, qsizetype size);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    QByteArray result(); // 32 raw bytes; the object is reset afterwards
    QString hexResult() { return QString::fromLatin1(result().toHex()); }

    static QString hex(const QByteArray &data);
    static Result<QString> hexOfFile(const QString &path); // streams the file

private:
    struct Ctx;
    std::unique_ptr<Ctx> d;
};

} // namespace psv
