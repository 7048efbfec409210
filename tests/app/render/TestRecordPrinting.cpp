// Printing reuses the renderers through QPagedPaintDevice: a QPrinter (PDF output here, so the
// result can be read back) at another resolution and with the printer's own margins must give
// the same pages as the PDF export. Only this test links QtPrintSupport; psv_records does not.
#include "AtomicFile.h"
#include "NoticeRenderer.h"
#include "PdfExporter.h"
#include "PdfProbe.h"
#include "RecordRenderer.h"
#include "RecordSamples.h"
#include "RecordVerifier.h"

#include <QPrinter>
#include <QTest>

using namespace psv;

class TestRecordPrinting : public QObject
{
    Q_OBJECT

    static std::unique_ptr<QPrinter> pdfPrinter(const QString &path, int dpi, bool fullPage)
    {
        auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(path);
        printer->setResolution(dpi);
        printer->setFullPage(fullPage);
        return printer;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void printsTheSamePagesAsTheExport_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<bool>("fullPage");
        QTest::newRow("300 dpi, printable area") << 300 << false;
        QTest::newRow("600 dpi, full page") << 600 << true;
    }

    void printsTheSamePagesAsTheExport()
    {
        QFETCH(int, dpi);
        QFETCH(bool, fullPage);
        const InspectionRecordData d = sampleRecord(QStringLiteral("record-sealed.json"));
        const auto exported = PdfExporter::recordPdf(d);
        QVERIFY(exported.ok());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("printed.pdf"));
        Result<RenderReport> printed = makeError(QString());
        {
            auto printer = pdfPrinter(path, dpi, fullPage);
            printed = RecordRenderer(d).render(printer.get());
        }
        QVERIFY2(printed.ok(), printed.ok() ? "" : qPrintable(printed.error().text()));
        QCOMPARE(printed->pages, exported->report.pages);
        QCOMPARE(PdfProbe::pages(path), printed->pages);
        const QString text = PdfProbe::solid(PdfProbe::text(path));
        QVERIFY(text.contains(QStringLiteral("编号:") + d.number));
        QVERIFY(text.contains(d.unit.uscc));
        QVERIFY(text.contains(d.sealHash));
        // Qt's own PDF output (Qt 6.8) reads 民 back as the radical ⺠; the exporter's repair
        // mends a file printed that way too (the GUI's "print to file").
        QByteArray bytes = readAll(path);
        QVERIFY(PdfExporter::repairText(bytes) > 0);
        QVERIFY(AtomicFile::write(path, bytes).ok());
        QVERIFY(PdfProbe::solid(PdfProbe::text(path)).contains(PdfProbe::solid(d.place)));
        const QStringList codes = PdfProbe::qrCodes(path, printed->pages);
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes.first(), RecordVerifier::qrPayload(d.number, d.sealHash));
    }

    void printsANotice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notice.pdf"));
        Result<RenderReport> printed = makeError(QString());
        {
            auto printer = pdfPrinter(path, 300, false);
            printed = NoticeRenderer(sampleNotice(QStringLiteral("notice-deadline.json"))).render(printer.get());
        }
        QVERIFY(printed.ok());
        QCOMPARE(PdfProbe::pages(path), printed->pages);
        QVERIFY(PdfProbe::solid(PdfProbe::text(path)).contains(QStringLiteral("送达回执")));
    }
};

QTEST_MAIN(TestRecordPrinting)
#include "TestRecordPrinting.moc"
