#pragma once

#include "Codes.h"
#include "Result.h"

#include <QString>

namespace psv {

// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-symbol alphabet, the last a check
// character (weights 3^i mod 31, check = (31 − sum mod 31) mod 31). Input is normalised first
// (upper case, spaces removed).
class Uscc
{
public:
    enum class Problem { None, Empty, WrongLength, BadCharacter, WrongCheckCharacter };

    struct Verdict
    {
        Problem problem = Problem::None;
        QString normalized; // upper case, spaces removed
        int position = 0; // 1-based position of the bad character (BadCharacter)
        QChar found; // the bad character, or the check character given
        QChar expected; // the check character the first 17 give (WrongCheckCharacter)
        bool ok() const { return problem == Problem::None; }
        QString message() const; // translated; empty when ok
    };

    static QString alphabet(); // "0123456789ABCDEFGHJKLMNPQRTUWXY"
    static QString normalize(const QString &input);
    static Verdict check(const QString &input);
    // The check character for 17 valid characters, or a null QChar when they are not valid.
    static QChar checkCharacter(QStringView first17);
    // A unit's code: may be empty only for an individual. Returns the normalised code.
    static Result<QString> validateForUnit(const QString &input, UnitType type, const QString &where = {});
    static QString problemCode(Problem problem); // "empty", "length", "character", "check"
};

} // namespace psv
