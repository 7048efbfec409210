// 责令(限期)改正通知书 as printed: real PDFs read back with pdftotext and pdfinfo.
#include "PdfExporter.h"
#include "PdfProbe.h"
#include "RecordSamples.h"

#include <QTest>

using namespace psv;

class TestNoticeRenderer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const CorrectionNoticeData &d, const QString &name, RenderReport *report)
    {
        const QString path = m_dir.filePath(name);
        const Result<RenderReport> r = PdfExporter::writeNotice(d, path);
        if (r)
            *report = *r;
        else
            qWarning() << r.error().text();
        return path;
    }

private Q_SLOTS:
    void deadlineNoticeHasEveryPart()
    {
        const CorrectionNoticeData d = sampleNotice(QStringLiteral("notice-deadline.json"));
        RenderReport report;
        const QString pdf = write(d, QStringLiteral("deadline.pdf"), &report);
        QCOMPARE(PdfProbe::pages(pdf), report.pages);
        const QString text = PdfProbe::solid(PdfProbe::text(pdf));
        const QStringList expected {d.organName, QStringLiteral("责令限期改正通知书"), d.documentNumber, d.party.name,
            d.party.uscc, d.party.address, d.party.representative, d.inspectionNumber, d.facts, d.provisionViolated,
            d.legalBasis, d.corrections[0], d.corrections[1], QStringLiteral("现责令你单位于2026年3月20日前改正"),
            QStringLiteral("《公共安全视频图像信息系统监督管理工作规定》第十五条"),
            QStringLiteral("自改正期限届满之日起3个工作日内对整改情况进行复查"), d.reinspectionDate,
            QStringLiteral("收到本通知书之日起六十日内依法向") + d.reconsiderationBody + QStringLiteral("申请行政复议"),
            QStringLiteral("六个月内依法向") + d.court + QStringLiteral("提起行政诉讼"), d.issueDate,
            QStringLiteral("送达回执"), QStringLiteral("受送达人签名或者盖章"), QStringLiteral("送达人签名"),
            d.serviceAddress, d.serviceMethod};
        for (const QString &e : expected)
            QVERIFY2(text.contains(PdfProbe::solid(e.normalized(QString::NormalizationForm_KC))), qPrintable(e));
        QVERIFY(!text.contains(QStringLiteral("立即改正")));
    }

    void receiptIsOnItsOwnLastPageAndEveryPageIsNumbered()
    {
        RenderReport report;
        const QString pdf
            = write(sampleNotice(QStringLiteral("notice-deadline.json")), QStringLiteral("numbered.pdf"), &report);
        QVERIFY(report.pages >= 2);
        for (int p = 1; p <= report.pages; ++p) {
            const QString page = PdfProbe::text(pdf, p);
            QVERIFY2(page.contains(QStringLiteral("第 %1 页 共 %2 页").arg(p).arg(report.pages)), qPrintable(page));
            QCOMPARE(page.contains(QStringLiteral("送达回执")), p == report.pages);
        }
        QVERIFY(!PdfProbe::text(pdf, report.pages).contains(QStringLiteral("责令你单位")));
    }

    void correctionNoticeOrdersImmediateCorrection()
    {
        const CorrectionNoticeData d = sampleNotice(QStringLiteral("notice-correction.json"));
        RenderReport report;
        const QString pdf = write(d, QStringLiteral("correction.pdf"), &report);
        const QString text = PdfProbe::solid(PdfProbe::text(pdf));
        QVERIFY(text.contains(QStringLiteral("责令改正通知书")));
        QVERIFY(!text.contains(QStringLiteral("限期")));
        QVERIFY(text.contains(QStringLiteral("现责令你单位立即改正")));
        QVERIFY(text.contains(QStringLiteral("自本通知作出之日起3个工作日内")));
        // no organ named for reconsideration or lawsuit: the sentence still says how and how long
        QVERIFY(text.contains(QStringLiteral("收到本通知书之日起六十日内依法申请行政复议")));
        QVERIFY(text.contains(QStringLiteral("或者在六个月内依法提起行政诉讼")));
        // unused receipt fields print "/"
        QVERIFY(text.contains(QStringLiteral("送达地点/")));
        QVERIFY(text.contains(QStringLiteral("送达方式/")));
        QVERIFY(report.final);
        QVERIFY(report.qrPayload.isEmpty());
    }
};

QTEST_MAIN(TestNoticeRenderer)
#include "TestNoticeRenderer.moc"
