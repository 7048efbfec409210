#include "SealedInspectionRule.h"

#include <QCoreApplication>

namespace psv {

SealedInspectionRule::Decision SealedInspectionRule::decide(
    const std::optional<QString> &localSeal, const QString &remoteSeal, bool localChangedSinceSync)
{
    if (!localSeal)
        return Decision::Insert;
    const bool localSealed = !localSeal->isEmpty();
    const bool remoteSealed = !remoteSeal.isEmpty();
    if (localSealed && remoteSealed)
        return *localSeal == remoteSeal ? Decision::Identical : Decision::KeepBoth;
    if (localSealed) // a remote unsealed version can never replace a sealed one
        return Decision::KeepBoth;
    if (remoteSealed)
        return localChangedSinceSync ? Decision::KeepBoth : Decision::AdoptSealed;
    return Decision::MergeFields;
}

QString SealedInspectionRule::describe(Decision decision)
{
    switch (decision) {
    case Decision::Insert:
        return QCoreApplication::translate("SealedInspectionRule", "New inspection; it is added.");
    case Decision::Identical:
        return QCoreApplication::translate(
            "SealedInspectionRule", "The same sealed inspection is already here; nothing changes.");
    case Decision::AdoptSealed:
        return QCoreApplication::translate("SealedInspectionRule",
            "The inspection was sealed on the other computer and not changed here; the sealed version replaces "
            "the draft.");
    case Decision::KeepBoth:
        return QCoreApplication::translate("SealedInspectionRule",
            "Two different versions of a sealed inspection exist. Both are kept and flagged for a reviewer; a "
            "sealed inspection is never changed.");
    case Decision::MergeFields:
        return QCoreApplication::translate(
            "SealedInspectionRule", "Neither version is sealed; the changes are merged field by field.");
    }
    return {};
}

} // namespace psv
