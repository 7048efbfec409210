#pragma once

#include "HlcTimestamp.h"
#include "Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace psv {

// Per-field clock stamps of units, video systems and officers, for field-by-field merges.
// The tables keep one stamp per row; sync_fields keeps, per record, the values and field stamps
// as of its last merge. A field whose value still equals that snapshot keeps its stamp; any other
// field carries the row's stamp (the last local change). Without a snapshot every field has the
// row's stamp.
class SyncFields
{
public:
    // The fields that merge: every column except id, created_at, updated_at and hlc.
    static QJsonObject mergeable(const QJsonObject &row);
    static bool isMergeable(const QString &column);
    // The object as it reads back from its canonical JSON (numbers compare alike on both sides).
    static QJsonObject normalized(const QJsonObject &o);

    static Result<FieldStamps> stampsOf(
        QSqlDatabase db, const QString &entityType, const QString &entityId, const QJsonObject &row);
    static Status save(QSqlDatabase db, const QString &entityType, const QString &entityId, const QJsonObject &values,
        const FieldStamps &stamps);

    // The store writes clock stamps as "0001767225600000-00000-A7F3" (Hlc); bundles as
    // "1767225600000-00000-A7F3" (HlcTimestamp). Null/empty when the text is not a stamp.
    static HlcTimestamp fromStore(const QString &storeHlc);
    static QString toStore(const HlcTimestamp &stamp);
};

} // namespace psv
