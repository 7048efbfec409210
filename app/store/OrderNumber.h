#pragma once

#include "Result.h"

#include <QString>

namespace psv {

class WriteScope;

// Document numbers of orders (文书编号), "A7F3-2025-Z0007": device id, year of issue, a per-device,
// per-year sequence kept in number_sequences under the key "<device id>/order" (inspection numbers
// use the plain device id), allocated in the transaction that stores the order, so a rolled-back
// issue leaves no gap and two devices never give the same number.
class OrderNumber
{
public:
    static Result<QString> allocate(WriteScope &scope, int year);
    static QString format(const QString &deviceId, int year, qint64 sequence);
};

} // namespace psv
