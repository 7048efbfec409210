// The 检查笔录 as printed: real PDFs read back with pdftotext, pdfinfo, pdftoppm and zbarimg.
#include "PdfExporter.h"
#include "PdfProbe.h"
#include "RecordSamples.h"
#include "RecordVerifier.h"

#include <QTest>

using namespace psv;

class TestRecordRenderer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sealed; // 13 items with long observations, 20 evidence files
    QString m_draft; // a short draft: empty fields, party refused to sign
    RenderReport m_sealedReport;
    RenderReport m_draftReport;

    QString write(const InspectionRecordData &d, const QString &name, RenderReport *report)
    {
        const QString path = m_dir.filePath(name);
        const Result<RenderReport> r = PdfExporter::writeRecord(d, path);
        if (!r)
            qWarning() << r.error().text();
        else if (report)
            *report = *r;
        return path;
    }

    // Dark pixels along the segment from a to b (in millimetres on the page image), as a fraction.
    static double darkAlong(const QImage &img, int dpi, QPointF a, QPointF b)
    {
        const double px = dpi / 25.4;
        int dark = 0;
        const int steps = 40;
        for (int i = 2; i <= steps - 2; ++i) {
            const QPointF p = a + (b - a) * (double(i) / steps);
            bool found = false;
            for (int dx = -2; dx <= 2 && !found; ++dx)
                for (int dy = -2; dy <= 2 && !found; ++dy)
                    found = qGray(img.pixel(int(p.x() * px) + dx, int(p.y() * px) + dy)) < 100;
            dark += found;
        }
        return double(dark) / (steps - 3);
    }

    static int watermarkPixels(const QImage &img)
    {
        int n = 0;
        for (int y = img.height() / 4; y < img.height() * 3 / 4; ++y)
            for (int x = 0; x < img.width(); ++x) {
                const QRgb c = img.pixel(x, y);
                n += qRed(c) >= 218 && qRed(c) <= 226 && qRed(c) == qGreen(c) && qGreen(c) == qBlue(c);
            }
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sealed
            = write(sampleRecord(QStringLiteral("record-sealed.json")), QStringLiteral("sealed.pdf"), &m_sealedReport);
        m_draft = write(sampleRecord(QStringLiteral("record-draft.json")), QStringLiteral("draft.pdf"), &m_draftReport);
        QVERIFY(QFile::exists(m_sealed));
        QVERIFY(QFile::exists(m_draft));
    }

    void pageCountMatchesTheReport()
    {
        QCOMPARE(PdfProbe::pages(m_sealed), m_sealedReport.pages);
        QCOMPARE(PdfProbe::pages(m_draft), m_draftReport.pages);
        QVERIFY2(m_sealedReport.pages >= 4, "13 long items and 20 evidence files make a multi-page record");
        QVERIFY(PdfProbe::info(m_sealed).contains(QStringLiteral("A4")));
    }

    void showsEveryField()
    {
        const InspectionRecordData d = sampleRecord(QStringLiteral("record-sealed.json"));
        const QString text = PdfProbe::text(m_sealed);
        const QString flat = PdfProbe::solid(text);
        const QStringList expected {d.organName, QStringLiteral("检查笔录"), QStringLiteral("编号:") + d.number,
            d.startTime, d.endTime, d.place, d.officers[0].name, QStringLiteral("警号") + d.officers[0].policeNumber,
            d.officers[1].name, QStringLiteral("警号") + d.officers[1].policeNumber,
            QStringLiteral("记录人:") + d.recorder.name, d.unit.name, QStringLiteral("统一社会信用代码:") + d.unit.uscc,
            d.unit.address, d.representative.name, d.representative.phone, d.witness.name, d.bodyCameras[0],
            d.bodyCameras[1], QStringLiteral("一般检查"), d.legalBasis[0], d.legalBasis[1], QStringLiteral("不符合"),
            QStringLiteral("不适用"), d.problems[0], d.problems[2], QStringLiteral("责令限期改正"),
            d.outcomes[0].documentNumber, d.outcomes[0].deadline, d.outcomes[0].reinspectionDate,
            d.outcomes[0].reinspectionBasis, d.partyOpinion, d.sealHash};
        for (const QString &e : expected)
            QVERIFY2(flat.contains(PdfProbe::solid(e.normalized(QString::NormalizationForm_KC))), qPrintable(e));
        // each item: its number and the opening of its text and observations (a table cell's first line)
        for (const InspectionRecordData::Item &i : d.items) {
            QVERIFY2(text.contains(i.text.left(8).normalized(QString::NormalizationForm_KC)), qPrintable(i.text));
            QVERIFY2(text.contains(i.observations.left(8).normalized(QString::NormalizationForm_KC)),
                qPrintable(i.observations));
        }
    }

    void listsEveryEvidenceFileWithItsHash()
    {
        const InspectionRecordData d = sampleRecord(QStringLiteral("record-sealed.json"));
        const QString text = PdfProbe::text(m_sealed);
        QCOMPARE(d.evidence.size(), 20);
        for (const InspectionRecordData::Evidence &e : d.evidence) {
            QVERIFY2(text.contains(QStringLiteral("SHA-256:") + e.sha256), qPrintable(e.sha256));
            QVERIFY2(text.contains(e.captureTime.left(9)), qPrintable(e.captureTime));
            QVERIFY2(text.contains(e.file.left(15)), qPrintable(e.file));
        }
    }

    void numbersAndSignsEveryPage()
    {
        for (const auto &[path, n] :
            {std::pair {m_sealed, m_sealedReport.pages}, std::pair {m_draft, m_draftReport.pages}}) {
            for (int p = 1; p <= n; ++p) {
                const QString page = PdfProbe::text(path, p);
                QVERIFY2(page.contains(QStringLiteral("第 %1 页 共 %2 页").arg(p).arg(n)), qPrintable(page));
                QVERIFY2(page.contains(QStringLiteral("检查人(签名):")), qPrintable(QString::number(p)));
                QVERIFY(page.contains(QStringLiteral("记录人(签名):")));
                QVERIFY(page.contains(QStringLiteral("被检查单位代表(签名):")));
            }
        }
    }

    void repeatsTableHeadersOnContinuationPages()
    {
        int withItemHeader = 0;
        int withEvidenceHeader = 0;
        for (int p = 1; p <= m_sealedReport.pages; ++p) {
            const QString page = PdfProbe::squash(PdfProbe::text(m_sealed, p));
            withItemHeader += page.contains(QStringLiteral("序号 检查事项 结果 检查情况 备注"));
            withEvidenceHeader += page.contains(QStringLiteral("序号 文件 拍摄时间 设备 时长 采用时段"));
        }
        QVERIFY2(withItemHeader >= 2, "the items table runs over two pages or more, with its header on each");
        QVERIFY2(withEvidenceHeader >= 2, "the evidence table runs over two pages or more, with its header on each");
    }

    void sealedRecordCarriesAVerifiableQrOnEveryPage()
    {
        const InspectionRecordData d = sampleRecord(QStringLiteral("record-sealed.json"));
        for (int p : {1, m_sealedReport.pages}) {
            const QStringList codes = PdfProbe::qrCodes(m_sealed, p);
            QCOMPARE(codes.size(), 1);
            const auto payload = RecordVerifier::parseQrPayload(codes.first());
            QVERIFY(payload.ok());
            QVERIFY(RecordVerifier::matches(*payload, d.number, d.sealHash).ok());
            QVERIFY(!RecordVerifier::matches(*payload, d.number, QString(64, u'0')).ok());
        }
        QCOMPARE(m_sealedReport.qrPayload, RecordVerifier::qrPayload(d.number, d.sealHash));
    }

    void draftHasNoQrButSaysWhy()
    {
        QVERIFY(PdfProbe::qrCodes(m_draft, 1).isEmpty());
        QVERIFY(PdfProbe::text(m_draft, 1).contains(QStringLiteral("未封存")));
        QVERIFY(!m_draftReport.final);
        QVERIFY(m_sealedReport.final);
    }

    void draftWatermarkOnEveryPageAndOnlyOnDrafts()
    {
        // The watermark is outlines in one light grey (222): counted on page images without
        // anti-aliasing; it is not text, so it cannot pollute the record's words.
        QVERIFY(!PdfProbe::text(m_draft).contains(u'稿'));
        for (int p = 1; p <= m_draftReport.pages; ++p) {
            QVERIFY2(watermarkPixels(PdfProbe::pageImage(m_draft, p, 50)) > 3000, qPrintable(QString::number(p)));
        }
        for (int p = 1; p <= m_sealedReport.pages; ++p) {
            QVERIFY2(watermarkPixels(PdfProbe::pageImage(m_sealed, p, 50)) < 100, qPrintable(QString::number(p)));
        }
    }

    void unusedFieldsShowASlash()
    {
        const QString text = PdfProbe::solid(PdfProbe::text(m_draft));
        QVERIFY2(text.contains(QStringLiteral("统一社会信用代码:/")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("见证人:/")));
        QVERIFY(text.contains(QStringLiteral("发现的问题:/")));
        QVERIFY(text.contains(QStringLiteral("处理措施:/")));
        QVERIFY(text.contains(QStringLiteral("证据清单:/")));
        QVERIFY(text.contains(QStringLiteral("被检查单位意见:/")));
    }

    void unusedBlocksAreStruckThrough()
    {
        const QStringList labels {QStringLiteral("发现的问题："), QStringLiteral("处理措施："),
            QStringLiteral("证据清单："), QStringLiteral("被检查单位意见：")};
        QCOMPARE(m_draftReport.struck.size(), labels.size());
        const int dpi = 100;
        for (const RenderReport::Struck &s : m_draftReport.struck) {
            QVERIFY(labels.contains(s.label));
            QVERIFY(s.rectMm.width() > 50 && s.rectMm.height() > 5);
            const QImage img = PdfProbe::pageImage(m_draft, s.page + 1, dpi);
            QVERIFY(!img.isNull());
            // the stroke runs from bottom left to top right; the other diagonal is empty paper
            QVERIFY2(darkAlong(img, dpi, s.rectMm.bottomLeft(), s.rectMm.topRight()) > 0.9, qPrintable(s.label));
            QVERIFY2(darkAlong(img, dpi, s.rectMm.topLeft(),
                         s.rectMm.topLeft() + QPointF(s.rectMm.width() / 3, s.rectMm.height() / 3))
                    < 0.2,
                qPrintable(s.label));
        }
        QVERIFY2(m_sealedReport.struck.isEmpty(), "a record with every block filled strikes nothing");
    }

    void statesThatThePartyRefusedToSign()
    {
        const QString text = PdfProbe::solid(PdfProbe::text(m_draft));
        QVERIFY(text.contains(QStringLiteral("被检查单位代表拒绝在本笔录上签名")));
        QVERIFY(text.contains(QStringLiteral("《公安机关办理行政案件程序规定》第八十六条")));
        for (int p = 1; p <= m_draftReport.pages; ++p)
            QVERIFY(
                PdfProbe::solid(PdfProbe::text(m_draft, p)).contains(QStringLiteral("被检查单位代表(签名):拒绝签名")));
        QVERIFY(!PdfProbe::text(m_sealed).contains(QStringLiteral("拒绝")));
    }

    void embedsSubsetFontsWithUnicodeMaps()
    {
        const QStringList lines = PdfProbe::fonts(m_sealed).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines) {
            QVERIFY2(line.contains(QStringLiteral("CID TrueType")), qPrintable(line));
            const QStringList cols = line.split(u' ', Qt::SkipEmptyParts);
            // ... emb sub uni object ID: emb and uni must be yes
            QCOMPARE(cols.at(cols.size() - 5), QStringLiteral("yes"));
            QCOMPARE(cols.at(cols.size() - 3), QStringLiteral("yes"));
        }
        QVERIFY2(QFileInfo(m_sealed).size() < 1500 * 1024, "embedded fonts are subsets, not 20 MB CJK collections");
    }
};

QTEST_MAIN(TestRecordRenderer)
#include "TestRecordRenderer.moc"
