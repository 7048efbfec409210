#include "RecordExport.h"

#include "AtomicFile.h"
#include "Database.h"
#include "Sha256.h"
#include "WriteScope.h"

namespace psv {

Result<QJsonObject> RecordExport::writePdf(Database &db, const Actor &actor, const QString &entityType,
    const QString &entityId, const PdfExporter::Pdf &pdf, const QString &path)
{
    const QJsonObject details {{QStringLiteral("format"), QStringLiteral("pdf")},
        {QStringLiteral("sha256"), Sha256::hex(pdf.bytes)}, {QStringLiteral("pages"), pdf.report.pages},
        {QStringLiteral("final"), pdf.report.final}};
    if (Status s = db.write(actor,
            [&](WriteScope &w) -> Status {
                if (Status a = w.audit(QStringLiteral("export"), entityType, entityId, details); !a)
                    return a;
                return AtomicFile::write(path, pdf.bytes);
            });
        !s)
        return s.error();
    return details;
}

Status RecordExport::auditPrint(Database &db, const Actor &actor, const QString &entityType, const QString &entityId,
    const RenderReport &report, const QString &printerName)
{
    const QJsonObject details {{QStringLiteral("format"), QStringLiteral("paper")},
        {QStringLiteral("printer"), printerName}, {QStringLiteral("pages"), report.pages},
        {QStringLiteral("final"), report.final}};
    return db.write(
        actor, [&](WriteScope &w) { return w.audit(QStringLiteral("print"), entityType, entityId, details); });
}

} // namespace psv
