#pragma once

#include "HlcTimestamp.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>

namespace psv {

// One version of a record whose top-level fields are merged one by one (unit and site data).
// A field missing from values is "absent" (deleted, or never set); nested values are compared
// whole.
struct VersionedFields
{
    QJsonObject values;
    FieldStamps stamps;
};

// A field changed on both devices to different values. Both values are kept; a person settles it.
struct FieldConflict
{
    QString field;
    QJsonValue base; // Undefined when the field was absent (or there was no base)
    QJsonValue local;
    QJsonValue remote;
    HlcTimestamp localStamp; // null when the side had no stamp for the field
    HlcTimestamp remoteStamp;
};

struct FieldMergeResult
{
    QJsonObject merged; // the record to store; a conflicting field holds the provisional value
    FieldStamps stamps; // stamps of the merged values
    QStringList takenFromRemote; // changed only on the remote side
    QStringList keptLocal; // changed only on the local side
    QStringList converged; // changed on both sides to the same value
    QList<FieldConflict> conflicts; // changed on both sides to different values

    bool localChanged = false; // merged or stamps differ from the local version

    bool hasConflicts() const { return !conflicts.isEmpty(); }
};

// Field-by-field three-way merge of a record edited on two devices since they last synced.
//
// A side changed a field when its value differs from the base's, or when its stamp is newer than
// the base's stamp (changed and changed back still counts as a change). Then:
//   neither side changed it       → the local value stays;
//   only one side changed it      → that side's value and stamp;
//   both, to the same value       → that value, the newer stamp (no conflict);
//   both, to different values     → a FieldConflict with base, local and remote values and stamps.
// The provisional value of a conflicting field is the one with the newer stamp, so that both
// devices show the same value until a person decides; nothing is dropped, since the conflict keeps
// both. Without a base (the record appeared on both devices independently) every field either side
// holds counts as changed. The function is pure: same inputs, same result, on every device.
class FieldMerger
{
public:
    static FieldMergeResult merge(
        const std::optional<VersionedFields> &base, const VersionedFields &local, const VersionedFields &remote);
};

} // namespace psv
