#include "Sha256.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>

namespace psv {

struct Sha256::Ctx
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Ctx() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256() : d(std::make_unique<Ctx>())
{
    EVP_DigestInit_ex(d->ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256() = default;

void Sha256::addData(const char *data, qsizetype size)
{
    EVP_DigestUpdate(d->ctx, data, static_cast<size_t>(size));
}

QByteArray Sha256::result()
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_DigestFinal_ex(d->ctx, reinterpret_cast<unsigned char *>(out.data()), &len);
    out.resize(len);
    EVP_DigestInit_ex(d->ctx, EVP_sha256(), nullptr);
    return out;
}

QString Sha256::hex(const QByteArray &data)
{
    Sha256 h;
    h.addData(data);
    return h.hexResult();
}

Result<QString> Sha256::hexOfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(
            QCoreApplication::translate("Sha256", "The file cannot be read: %1").arg(f.errorString()), path, 3);
    Sha256 h;
    QByteArray buf(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(buf.data(), buf.size());
        if (n < 0)
            return makeError(
                QCoreApplication::translate("Sha256", "Reading the file failed: %1").arg(f.errorString()), path, 3);
        if (n == 0)
            break;
        h.addData(buf.constData(), n);
    }
    return h.hexResult();
}

} // namespace psv
