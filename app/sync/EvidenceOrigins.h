#pragma once

#include "Result.h"

#include <QHash>
#include <QString>

namespace psv {

class Database;

// Where the evidence this store's records name was recorded: a file named only by inspections
// numbered by another device (DEVICE-YEAR-SEQUENCE) came with that device's records. When such a
// file is not in the evidence store it was not received — its records came in a metadata-only
// bundle — which is not the same as a file of this computer's own inspections gone missing.
class EvidenceOrigins
{
public:
    // SHA-256 → the device whose inspections name it, for files no inspection of this device names.
    static Result<QHash<QString, QString>> fromOtherDevices(Database &db);
};

} // namespace psv
