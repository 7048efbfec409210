#pragma once

#include "CorrectionNoticeData.h"
#include "InspectionRecordData.h"
#include "RenderReport.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

namespace psv {

// Renders records and notices to PDF (QPdfWriter: CJK fonts embedded as subset CID TrueType, text
// selectable, the ToUnicode maps repaired by PdfTextRepair) and writes them atomically
// (psv::AtomicFile: temp file, fsync, rename): a failed export leaves the target as it was.
class PdfExporter
{
public:
    struct Pdf
    {
        QByteArray bytes;
        RenderReport report;
    };

    static Result<Pdf> recordPdf(const InspectionRecordData &data);
    static Result<Pdf> noticePdf(const CorrectionNoticeData &data);
    static Result<RenderReport> writeRecord(const InspectionRecordData &data, const QString &path);
    static Result<RenderReport> writeNotice(const CorrectionNoticeData &data, const QString &path);
    // The text repair of the export, for a PDF that Qt wrote some other way (a QPrinter set to
    // PdfFormat, e.g. "print to file"): returns the number of ToUnicode entries repaired.
    static int repairText(QByteArray &pdf);
};

} // namespace psv
