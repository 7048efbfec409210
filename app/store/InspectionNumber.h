#pragma once

#include "Result.h"

#include <QString>

namespace psv {

class WriteScope;

// Inspection numbers DEVICE-YEAR-SEQUENCE ("A7F3-2026-0012"): the device id makes them unique
// without a network, the per-device, per-year sequence (table number_sequences) is allocated in
// the transaction that creates the inspection, so a rolled-back creation leaves no gap.
class InspectionNumber
{
public:
    static Result<QString> allocate(WriteScope &scope, int year);
    static QString format(const QString &deviceId, int year, qint64 sequence);
    static bool looksLikeNumber(const QString &text); // the full pattern
    static bool looksLikePrefix(const QString &text); // "A7F3", "A7F3-2026", "A7F3-2026-00"
};

} // namespace psv
