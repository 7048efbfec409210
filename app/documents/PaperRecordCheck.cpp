#include "PaperRecordCheck.h"

#include "Database.h"
#include "InspectionRepository.h"
#include "RecordVerifier.h"
#include "WriteScope.h"

#include <QCoreApplication>

namespace psv {

Result<PaperRecordCheck::Input> PaperRecordCheck::parse(const QString &numberOrQr, const QString &sealHash)
{
    const QString text = numberOrQr.trimmed();
    const QString hash = sealHash.trimmed().toLower();
    if (text.startsWith(QLatin1String("PSV1|"))) {
        auto p = RecordVerifier::parseQrPayload(text);
        if (!p)
            return p.error();
        if (!hash.isEmpty() && hash != p.value().sealHash)
            return makeError(QCoreApplication::translate("PaperRecordCheck",
                                 "The QR code carries seal hash %1 but %2 was entered as well; give one of them.")
                                 .arg(p.value().sealHash.left(16), hash.left(16)),
                QStringLiteral("sealHash"));
        return Input {p.value().number, p.value().sealHash};
    }
    if (text.isEmpty())
        return makeError(QCoreApplication::translate("PaperRecordCheck",
                             "Enter the inspection number printed on the record (e.g. A7F3-2026-0012), or paste "
                             "its QR text PSV1|NUMBER|SEALHASH."),
            QStringLiteral("number"));
    return Input {text, hash};
}

Result<SealService::Check> PaperRecordCheck::check(Database &db, const Input &input, int version)
{
    InspectionRepository inspections(db);
    auto i = inspections.resolve(input.number, version);
    if (!i)
        return i.error();
    Inspection chosen = i.value();
    // A paper record of an earlier version carries that version's seal.
    if (version == 0 && !input.sealHash.isEmpty() && chosen.sealHash != input.sealHash) {
        for (int v = chosen.version - 1; v >= 1; --v) {
            auto older = inspections.byNumber(chosen.number, v);
            if (older && older.value().sealHash == input.sealHash) {
                chosen = older.value();
                break;
            }
        }
    }
    return SealService(db).verify(chosen.id, input.sealHash);
}

Status PaperRecordCheck::audit(Database &db, const Actor &actor, const Input &input, const SealService::Check &check)
{
    const QJsonObject details {{QStringLiteral("number"), check.number}, {QStringLiteral("version"), check.version},
        {QStringLiteral("given_hash"), input.sealHash}, {QStringLiteral("intact"), check.intact()},
        {QStringLiteral("problem"), check.problem}};
    return db.write(actor, [&](WriteScope &w) {
        return w.audit(QStringLiteral("verify"), QStringLiteral("inspection"), check.inspectionId, details);
    });
}

} // namespace psv
