// psvctl record pdf / notice pdf: real store, real psvctl, real PDFs read back with pdftotext and
// pdfinfo.
#include "CliStoreSetup.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString &path)
{
    // Without -layout: each table cell stays on its own lines, so names are not split by columns.
    return tool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
}

int pdfPages(const QString &path)
{
    const auto m
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(tool(QStringLiteral("pdfinfo"), {path}));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString squeeze(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

} // namespace

class TestPrintCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sealedRecordPdf()
    {
        QTemporaryDir dir;
        CliStoreSetup s(dir.path());
        QVERIFY(s.ok);
        const QString number = s.newInspection();
        QVERIFY(!number.isEmpty());
        QCOMPARE(s.run({QStringLiteral("inspection"), QStringLiteral("set-item"), number, QStringLiteral("2"),
                           QStringLiteral("--status"), QStringLiteral("non-compliant"), QStringLiteral("--observation"),
                           QStringLiteral("未设置提示标识")})
                     .exitCode,
            0);
        auto r = s.run({QStringLiteral("order"), QStringLiteral("add"), number, QStringLiteral("--kind"),
            QStringLiteral("correction"), QStringLiteral("--issued"), QStringLiteral("2026-03-02"),
            QStringLiteral("--finding"), QStringLiteral("2"), QStringLiteral("--legal-basis"),
            QStringLiteral("《条例》第十三条"), QStringLiteral("--requirement"), QStringLiteral("设置提示标识")});
        QCOMPARE(r.exitCode, 0);
        const QString orderId = r.out.trimmed();
        QVERIFY(!orderId.isEmpty());
        // Incomplete (no video, focus items unanswered): sealed with a written reason.
        r = s.run({QStringLiteral("inspection"), QStringLiteral("seal"), number, QStringLiteral("--override-reason"),
            QStringLiteral("演练记录")});
        QCOMPARE(r.exitCode, 0);
        const QString sealHash = r.out.trimmed();
        QCOMPARE(sealHash.size(), 64);

        const QString pdf = dir.filePath(QStringLiteral("record.pdf"));
        r = s.run({QStringLiteral("record"), QStringLiteral("pdf"), number, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The paper's QR code, read back with zbarimg, verifies against the store; a changed hash does not.
        tool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-f"),
                QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdf,
                dir.filePath(QStringLiteral("page"))});
        const QString qr = tool(QStringLiteral("zbarimg"),
            {QStringLiteral("-q"), QStringLiteral("--raw"), dir.filePath(QStringLiteral("page.png"))})
                               .trimmed();
        QCOMPARE(qr, QStringLiteral("PSV1|%1|%2").arg(number, sealHash));
        r = s.run({QStringLiteral("inspection"), QStringLiteral("verify"), qr});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString changed = sealHash;
        changed[5] = changed[5] == u'0' ? u'1' : u'0';
        QCOMPARE(s.run({QStringLiteral("inspection"), QStringLiteral("verify"), number, changed}).exitCode, 1);
        QCOMPARE(s.run({QStringLiteral("inspection"), QStringLiteral("verify"),
                           QStringLiteral("PSV1|%1|%2").arg(number, changed)})
                     .exitCode,
            1);
        const QString text = squeeze(pdfText(pdf));
        QVERIFY2(text.contains(number), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("华为技术有限公司")), qPrintable(text));
        // A draft prints "未封存" (and a watermark drawn as a graphic); a sealed record its hash.
        QVERIFY2(!text.contains(QStringLiteral("未封存")), qPrintable(text));
        QVERIFY(pdfPages(pdf) >= 1);

        r = s.run({QStringLiteral("audit"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("export")), qPrintable(r.out));

        const QString notice = dir.filePath(QStringLiteral("notice.pdf"));
        r = s.run({QStringLiteral("notice"), QStringLiteral("pdf"), orderId, notice});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString noticeText = squeeze(pdfText(notice));
        QVERIFY2(noticeText.contains(QStringLiteral("华为技术有限公司")), qPrintable(noticeText));
        QVERIFY2(noticeText.contains(QStringLiteral("第十三条")), qPrintable(noticeText));
        QVERIFY(pdfPages(notice) >= 1);
    }

    void noticeOfAnOrderWithoutLegalContent()
    {
        // psvctl order add with no facts, provision violated, legal basis or requirement: they are
        // taken from the checklist for the --finding item, as the outcome dialog proposes them, so the
        // printed notice never reads "根据的规定".
        QTemporaryDir dir;
        CliStoreSetup s(dir.path());
        QVERIFY(s.ok);
        const QString number = s.newInspection();
        QCOMPARE(s.run({QStringLiteral("inspection"), QStringLiteral("set-item"), number, QStringLiteral("4"),
                           QStringLiteral("--status"), QStringLiteral("non-compliant"), QStringLiteral("--observation"),
                           QStringLiteral("系统投入使用45日未备案")})
                     .exitCode,
            0);
        auto r = s.run({QStringLiteral("order"), QStringLiteral("add"), number, QStringLiteral("--kind"),
            QStringLiteral("correction-deadline"), QStringLiteral("--deadline-days"), QStringLiteral("15"),
            QStringLiteral("--finding"), QStringLiteral("4")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString orderId = r.out.trimmed();
        const QString notice = dir.filePath(QStringLiteral("notice.pdf"));
        r = s.run({QStringLiteral("notice"), QStringLiteral("pdf"), orderId, notice});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = squeeze(pdfText(notice));
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        QVERIFY2(!text.contains(QStringLiteral("根据的规定")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("违反了的规定")), qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("第二十九条")) || text.contains(QStringLiteral("第十四条")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("未备案")), qPrintable(text));
    }

    void draftHasWatermark()
    {
        QTemporaryDir dir;
        CliStoreSetup s(dir.path());
        QVERIFY(s.ok);
        const QString number = s.newInspection();
        const QString pdf = dir.filePath(QStringLiteral("draft.pdf"));
        auto r = s.run({QStringLiteral("--json"), QStringLiteral("record"), QStringLiteral("pdf"), number, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("\"final\":false")), qPrintable(r.out));
        const QString text = squeeze(pdfText(pdf));
        QVERIFY2(text.contains(QStringLiteral("未封存")), qPrintable(text));
        QVERIFY2(text.contains(number), qPrintable(text));
    }

    void unknownNumberWritesNothing()
    {
        QTemporaryDir dir;
        CliStoreSetup s(dir.path());
        QVERIFY(s.ok);
        const QString pdf = dir.filePath(QStringLiteral("none.pdf"));
        const QString before = s.run({QStringLiteral("audit"), QStringLiteral("list")}).out;
        auto r = s.run({QStringLiteral("record"), QStringLiteral("pdf"), QStringLiteral("A7F3-2026-9999"), pdf});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(s.run({QStringLiteral("audit"), QStringLiteral("list")}).out, before);
        r = s.run({QStringLiteral("notice"), QStringLiteral("pdf"), QStringLiteral("no-such-order"), pdf});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_GUILESS_MAIN(TestPrintCommands)
#include "TestPrintCommands.moc"
