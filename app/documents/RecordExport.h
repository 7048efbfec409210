#pragma once

#include "Actor.h"
#include "PdfExporter.h"
#include "RenderReport.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace psv {

class Database;

// Writing a record or notice out of the store, audited the same way by psvctl and the app:
//  - "export": a PDF written atomically, with its SHA-256, page count and final/draft;
//  - "print": pages sent to a printer, with the printer's name, page count and final/draft.
// entityType is "inspection" (检查笔录) or "order" (改正通知书), entityId the row's id.
class RecordExport
{
public:
    // The audit entry and the file in one transaction: a failed write rolls the entry back and
    // AtomicFile leaves the target as it was. Returns the details audited (incl. "sha256").
    static Result<QJsonObject> writePdf(Database &db, const Actor &actor, const QString &entityType,
        const QString &entityId, const PdfExporter::Pdf &pdf, const QString &path);
    static Status auditPrint(Database &db, const Actor &actor, const QString &entityType, const QString &entityId,
        const RenderReport &report, const QString &printerName);
};

} // namespace psv
