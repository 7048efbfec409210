// CJK text must read back as written: glyphs shared by radicals and ideographs, digits in Latin
// runs, and spaces (see PdfTextRepair and RecordFonts).
#include "PdfExporter.h"
#include "PdfProbe.h"
#include "PdfTextRepair.h"
#include "RecordFonts.h"

#include <QTest>

using namespace psv;

class TestPdfTextRepair : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapsRadicalsAndSpacesOfTheChosenFonts()
    {
        const auto fonts = RecordFonts::choose();
        QVERIFY(fonts.ok());
        const PdfTextRepair::Map map = PdfTextRepair::repairMap(fonts->families());
        QCOMPARE(map.value(u'\x2002'), u' ');
        if (fonts->family(RecordFonts::Role::Body).startsWith(QLatin1String("Noto"))) {
            // Noto CJK shares these glyphs (the case that broke pdftotext: "第 1 ⻚")
            QCOMPARE(map.value(char16_t(0x2EDA)), char16_t(0x9875)); // ⻚ → 页
            QCOMPARE(map.value(char16_t(0x2F49)), char16_t(0x6708)); // ⽉ → 月
            QCOMPARE(map.value(char16_t(0x0009)), u' ');
        }
    }

    void rewritesToUnicodeEntriesInPlace()
    {
        const PdfTextRepair::Map map {{char16_t(0x2EDA), char16_t(0x9875)}, {char16_t(0x0009), u' '}};
        QByteArray pdf(
            "stream\n/CIDInit /ProcSet findresource begin\nbegincmap\n1 begincodespacerange\n<0000> <FFFF>\n"
            "endcodespacerange\n3 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<7B2C> <0009> <2EDA> ]\n"
            "<2EDA> <2EDA> <2EDA>\n<0010> <001A> <2ED0>\nendbfrange\n1 beginbfchar\n<0020> <2EDA>\nendbfchar\n"
            "endcmap\nendstream\n<2EDA> outside a cmap\n");
        const qsizetype size = pdf.size();
        QCOMPARE(PdfTextRepair::repair(pdf, map), 4);
        QCOMPARE(pdf.size(), size);
        QVERIFY(pdf.contains("[<7B2C> <0020> <9875> ]"));
        QVERIFY(pdf.contains("<2EDA> <2EDA> <9875>")); // source glyph ids are not touched
        QVERIFY(pdf.contains("<0010> <001A> <2ED0>")); // a counting range is left alone
        QVERIFY(pdf.contains("<0020> <9875>\nendbfchar"));
        QVERIFY(pdf.contains("<2EDA> outside a cmap"));
    }

    void readsBackWhatWasWritten()
    {
        // Without NFKC: the text must come back exactly, not as look-alike radicals.
        InspectionRecordData d;
        d.organName = QStringLiteral("某某市公安局");
        d.number = QStringLiteral("A7F3-2026-0012");
        d.place = QStringLiteral("页见车门长马月日一人口");
        d.unit.uscc = QStringLiteral("91350100M000100Y43");
        d.bodyCameras = {QStringLiteral("DSJ-A1024")};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("repair.pdf"));
        const auto report = PdfExporter::writeRecord(d, path);
        QVERIFY(report.ok());
        const QString raw = QString::fromUtf8(
            runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}).out);
        QVERIFY2(raw.contains(QStringLiteral("页见车门长马月日一人口")), qPrintable(raw));
        QVERIFY(raw.contains(QStringLiteral("A7F3-2026-0012")));
        QVERIFY(raw.contains(QStringLiteral("91350100M000100Y43")));
        QVERIFY(raw.contains(QStringLiteral("DSJ-A1024")));
        QVERIFY2(raw.contains(QStringLiteral("第 1 页 共 %1 页").arg(report->pages)), qPrintable(raw));
        for (const QChar c : raw)
            QVERIFY2(!(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF),
                qPrintable(QStringLiteral("radical U+%1").arg(c.unicode(), 4, 16)));
    }
};

QTEST_MAIN(TestPdfTextRepair)
#include "TestPdfTextRepair.moc"
