// psvctl record/notice render-json: the real binary, real files.
#include "PsvctlRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kData = QStringLiteral(PSV_SOURCE_DIR "/tests/data/records/");

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestRecordCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rendersARecord()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("record.pdf"));
        const auto r = runPsvctl({},
            {QStringLiteral("--json"), QStringLiteral("record"), QStringLiteral("render-json"),
                kData + QStringLiteral("record-sealed.json"), out});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        QVERIFY2(o.value(QStringLiteral("pages")).toInt() >= 4, qPrintable(r.out));
        QCOMPARE(o.value(QStringLiteral("final")).toBool(), true);
        QVERIFY(o.value(QStringLiteral("qr")).toString().startsWith(QStringLiteral("PSV1|A7F3-2026-0012|")));
        const QByteArray pdf = fileBytes(out);
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(o.value(QStringLiteral("sha256")).toString(),
            QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    }

    void rendersADraftAndANotice()
    {
        QTemporaryDir dir;
        const auto draft = runPsvctl({},
            {QStringLiteral("record"), QStringLiteral("render-json"), kData + QStringLiteral("record-draft.json"),
                dir.filePath(QStringLiteral("d.pdf"))});
        QCOMPARE(draft.exitCode, 0);
        QVERIFY2(draft.out.contains(QStringLiteral("draft")), qPrintable(draft.out));
        const auto notice = runPsvctl({},
            {QStringLiteral("--json"), QStringLiteral("notice"), QStringLiteral("render-json"),
                kData + QStringLiteral("notice-deadline.json"), dir.filePath(QStringLiteral("n.pdf"))});
        QCOMPARE(notice.exitCode, 0);
        QVERIFY(notice.json().object().value(QStringLiteral("pages")).toInt() >= 2);
    }

    void badInputChangesNothing()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"number": "X-1", "sealed": true, "sealHash": "abc"})");
        f.close();
        const QString out = dir.filePath(QStringLiteral("out.pdf"));
        QFile existing(out);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("earlier export");
        existing.close();
        const auto r = runPsvctl({}, {QStringLiteral("record"), QStringLiteral("render-json"), bad, out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("/sealHash")), qPrintable(r.err));
        QCOMPARE(fileBytes(out), QByteArray("earlier export"));

        const auto notJson = runPsvctl({},
            {QStringLiteral("notice"), QStringLiteral("render-json"), kData + QStringLiteral("../../../README.md"),
                dir.filePath(QStringLiteral("n.pdf"))});
        QCOMPARE(notJson.exitCode, 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("n.pdf"))));
    }

    void missingInputAndUsage()
    {
        QTemporaryDir dir;
        const auto missing = runPsvctl({},
            {QStringLiteral("record"), QStringLiteral("render-json"), dir.filePath(QStringLiteral("none.json")),
                dir.filePath(QStringLiteral("o.pdf"))});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(missing.err.contains(QStringLiteral("none.json")));
        const auto usage = runPsvctl(
            {}, {QStringLiteral("record"), QStringLiteral("render-json"), dir.filePath(QStringLiteral("x.json"))});
        QCOMPARE(usage.exitCode, 2);
        const auto unwritable = runPsvctl({},
            {QStringLiteral("notice"), QStringLiteral("render-json"), kData + QStringLiteral("notice-deadline.json"),
                dir.filePath(QStringLiteral("no/such/dir/n.pdf"))});
        QCOMPARE(unwritable.exitCode, 3);
    }

    void helpListsTheCommands()
    {
        const auto r = runPsvctl({}, {QStringLiteral("--help")});
        QVERIFY(r.out.contains(QStringLiteral("record render-json IN.json OUT.pdf")));
        QVERIFY(r.out.contains(QStringLiteral("notice render-json IN.json OUT.pdf")));
    }
};

QTEST_GUILESS_MAIN(TestRecordCommands)
#include "TestRecordCommands.moc"
