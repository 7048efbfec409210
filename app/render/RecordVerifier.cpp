#include "RecordVerifier.h"

#include "RecordJsonReader.h"

#include <QCoreApplication>

namespace psv {

namespace {
const QString kPrefix = QStringLiteral("PSV1");
}

QString RecordVerifier::qrPayload(const QString &number, const QString &sealHash)
{
    return kPrefix + u'|' + number + u'|' + sealHash.toLower();
}

Result<RecordVerifier::Payload> RecordVerifier::parseQrPayload(const QString &text)
{
    const QStringList parts = text.trimmed().split(u'|');
    if (parts.size() != 3 || parts[0] != kPrefix)
        return makeError(QCoreApplication::translate("RecordVerifier",
                             "This is not the QR code of a PSV Inspector record; expected "
                             "PSV1|NUMBER|SEALHASH."),
            QStringLiteral("qr"));
    Payload p {parts[1].trimmed(), parts[2].trimmed().toLower()};
    if (p.number.isEmpty())
        return makeError(QCoreApplication::translate("RecordVerifier", "The QR code carries no inspection number."),
            QStringLiteral("qr"));
    if (!RecordJsonReader::isSha256Hex(p.sealHash))
        return makeError(QCoreApplication::translate("RecordVerifier",
                             "The QR code's seal hash is not 64 hex digits; the code is damaged "
                             "or was not made by PSV Inspector."),
            QStringLiteral("qr"));
    return p;
}

Status RecordVerifier::matches(const Payload &scanned, const QString &number, const QString &sealHash)
{
    if (scanned.number != number)
        return makeError(QCoreApplication::translate("RecordVerifier", "The paper record is inspection %1, not %2.")
                             .arg(scanned.number, number),
            QStringLiteral("number"));
    if (scanned.sealHash != sealHash.toLower())
        return makeError(QCoreApplication::translate("RecordVerifier",
                             "The paper record's seal hash %1 does not match the stored sealed "
                             "data (%2): the paper or the data was changed.")
                             .arg(scanned.sealHash, sealHash.toLower()),
            QStringLiteral("sealHash"));
    return {};
}

} // namespace psv
