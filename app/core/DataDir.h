#pragma once

#include "Result.h"

#include <QString>

namespace psv {

// Where a device keeps its store, evidence and settings: --data-dir, else $PSV_DATA_DIR,
// else the platform's application data location.
class DataDir
{
public:
    static QString resolve(const QString &explicitDir = {});
    static Result<QString> ensure(const QString &explicitDir = {}); // creates it when missing
};

} // namespace psv
