#pragma once

#include "HlcTimestamp.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace psv {

// One record carried by a bundle, as the store hands it to BundleWriter and gets it back from
// BundleReader. On the wire it is one canonical JSON line (the envelope):
//   {"data":{...},"hlc":"…","id":"…","stamps":{"field":"…"},"type":"unit"}
// "hlc" (the stamp of the change) and "stamps" (per-field stamps, for field-by-field merges) are
// optional; "data" is the record itself, whose schema belongs to the store (a RecordValidator).
struct BundleRecord
{
    Q_DECLARE_TR_FUNCTIONS(BundleRecord)

public:
    QString type; // record type, e.g. "unit", "site", "inspection" (EntryPath::isValidRecordType)
    QString id; // the record's key within its type (a UUID, an inspection number, ...)
    QJsonObject data;
    HlcTimestamp hlc; // null when absent
    FieldStamps stamps; // empty when absent

    QJsonObject toEnvelope() const;
    // Envelope checks: exactly the members above, type and id well-formed, data an object, stamps
    // valid HLC strings. where names the place for messages (file and line).
    static Result<BundleRecord> fromEnvelope(const QJsonObject &envelope, const QString &where);
    // type and id well-formed (also used by BundleWriter before writing).
    static Status checkKey(const QString &type, const QString &id, const QString &where);
};

// The store's per-type schema check, run on every record before anything is applied.
using RecordValidator = std::function<Status(const BundleRecord &record)>;

} // namespace psv
