#include "PdfExporter.h"
#include "PdfProbe.h"
#include "RecordSamples.h"

#include <QTest>

using namespace psv;

class TestPdfExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesAPdfWithItsTitle()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.pdf"));
        const auto r = PdfExporter::writeRecord(sampleRecord(QStringLiteral("record-draft.json")), path);
        QVERIFY(r.ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(PdfProbe::info(path).contains(QStringLiteral("检查笔录 A7F3-2026-0013")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("r.pdf")}); // no temporary left
    }

    void replacesAnEarlierExport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.pdf"));
        QVERIFY(writePlain(path, "old"));
        QVERIFY(PdfExporter::writeNotice(sampleNotice(QStringLiteral("notice-correction.json")), path).ok());
        QVERIFY(PdfProbe::text(path).contains(QStringLiteral("责令改正通知书")));
    }

    void failureLeavesNothingBehind()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/r.pdf"));
        const auto r = PdfExporter::writeRecord(sampleRecord(QStringLiteral("record-draft.json")), path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, 3);
        QVERIFY(!QFile::exists(path));
    }

    void sameDataSamePages()
    {
        const auto a = PdfExporter::recordPdf(sampleRecord(QStringLiteral("record-sealed.json")));
        const auto b = PdfExporter::recordPdf(sampleRecord(QStringLiteral("record-sealed.json")));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->report.pages, b->report.pages);
        QVERIFY(a->bytes.size() > 10000);
    }

private:
    static bool writePlain(const QString &path, const QByteArray &content)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
    }
};

QTEST_MAIN(TestPdfExporter)
#include "TestPdfExporter.moc"
