#pragma once

#include <QString>

#include <optional>

namespace psv {

// What importing a remote version of an inspection does, given the seal state on both sides.
// A sealed inspection never changes: the same id with a different seal is a conflict that keeps
// both versions and flags them for a reviewer (issue 8). Unsealed versions merge field by field.
class SealedInspectionRule
{
public:
    enum class Decision {
        Insert, // not here yet: store the remote version
        Identical, // both sealed with the same seal hash: nothing to do (a re-import)
        AdoptSealed, // local draft untouched since the last sync, remote sealed: take the sealed one
        KeepBoth, // conflict: keep both versions, flag them for a reviewer
        MergeFields, // neither sealed: merge field by field (FieldMerger)
    };

    // localSeal: nullopt when there is no local version, an empty string when the local version is
    // not sealed, else its seal hash. remoteSeal: empty when the remote version is not sealed.
    // localChangedSinceSync: the local unsealed version has changes the peer has not acknowledged.
    static Decision decide(
        const std::optional<QString> &localSeal, const QString &remoteSeal, bool localChangedSinceSync = true);
    // A translated sentence for the review queue and import reports.
    static QString describe(Decision decision);
};

} // namespace psv
