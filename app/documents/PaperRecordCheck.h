#pragma once

#include "Actor.h"
#include "Result.h"
#include "SealService.h"

#include <QString>

namespace psv {

class Database;

// Holds a paper 检查笔录 against the stored sealed data, for `psvctl inspection verify` and the
// app's 核验纸质笔录 dialog alike: the inspection number and seal hash printed on it (typed, or
// the QR text "PSV1|NUMBER|SEALHASH") against the seal recomputed from the rows (SealService).
class PaperRecordCheck
{
public:
    struct Input
    {
        QString number;
        QString sealHash; // may be empty: then only the stored data is checked against its seal
    };

    // numberOrQr: an inspection number, or a whole QR payload (then sealHash must be empty or equal).
    static Result<Input> parse(const QString &numberOrQr, const QString &sealHash);
    // version 0: the version whose seal is sealHash if there is one, else the latest version.
    static Result<SealService::Check> check(Database &db, const Input &input, int version = 0);
    // Appends a "verify" audit entry for the inspection checked, with the hash given and the result.
    static Status audit(Database &db, const Actor &actor, const Input &input, const SealService::Check &check);
};

} // namespace psv
