#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace psv {

// The shared codes: these exact strings go into JSON, the database and hashes; only
// displayName() is translated.
enum class PlaceCategory { Art7_1, Art7_2_1, Art7_2_2, Art7_2_3, Art7_2_4, Art9 };
enum class UnitType { Enterprise, Government, Institution, Individual, Other };
enum class InspectionKind { General, Professional, Art12Focus };
enum class InspectionTrigger { Routine, Report, Reinspection };
enum class InspectionStatus { Draft, Completed, Sealed, Submitted, Approved, Returned };
enum class ItemStatus { Compliant, NonCompliant, NotApplicable, NotChecked };
enum class OrderKind { Correction, CorrectionDeadline, PenaltyProposal, Referral };
enum class OrderStatus { Open, Corrected, Overdue, Escalated };
enum class OfficerRole { Station, Tech, Reviewer, Admin };
enum class FilingStatus { NotFiled, Filed }; // 备案 status of a video system: "not-filed", "filed"

template<typename E> struct CodeEntry
{
    E value;
    const char *code; // the shared code
    const char *display; // English display name, translated in context "Codes"
};

// One table per enum, defined in Codes.cpp.
template<typename E> std::span<const CodeEntry<E>> codeTable();
// What the code names, for messages ("unit type"), translated in context "Codes".
template<typename E> const char *codeKind();

#define PSV_DECLARE_CODES(E)                                                                                           \
    template<> std::span<const CodeEntry<E>> codeTable<E>();                                                           \
    template<> const char *codeKind<E>();
PSV_DECLARE_CODES(PlaceCategory)
PSV_DECLARE_CODES(UnitType)
PSV_DECLARE_CODES(InspectionKind)
PSV_DECLARE_CODES(InspectionTrigger)
PSV_DECLARE_CODES(InspectionStatus)
PSV_DECLARE_CODES(ItemStatus)
PSV_DECLARE_CODES(OrderKind)
PSV_DECLARE_CODES(OrderStatus)
PSV_DECLARE_CODES(OfficerRole)
PSV_DECLARE_CODES(FilingStatus)
#undef PSV_DECLARE_CODES

template<typename E> QString toCode(E value)
{
    for (const auto &e : codeTable<E>())
        if (e.value == value)
            return QString::fromLatin1(e.code);
    return {};
}

template<typename E> std::optional<E> fromCode(const QString &code)
{
    for (const auto &e : codeTable<E>())
        if (code == QLatin1String(e.code))
            return e.value;
    return std::nullopt;
}

template<typename E> QStringList allCodes()
{
    QStringList out;
    for (const auto &e : codeTable<E>())
        out << QString::fromLatin1(e.code);
    return out;
}

template<typename E> QString displayName(E value)
{
    for (const auto &e : codeTable<E>())
        if (e.value == value)
            return QCoreApplication::translate("Codes", e.display);
    return {};
}

// Parses a code or explains what was expected: "unknown unit type 'x'; expected one of: …".
template<typename E> Result<E> parseCode(const QString &code, const QString &where = {})
{
    if (const auto v = fromCode<E>(code))
        return *v;
    return makeError(
        QCoreApplication::translate("Codes", "Unknown %1 '%2'; expected one of: %3.")
            .arg(QCoreApplication::translate("Codes", codeKind<E>()), code, allCodes<E>().join(QStringLiteral(", "))),
        where);
}

} // namespace psv
