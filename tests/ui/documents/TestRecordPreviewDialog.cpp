// The print preview on a real store: the preview shows as many pages as the exported PDF has
// (pdfinfo), Save as PDF… writes a PDF whose text carries the inspection number and is audited,
// the order's notice is in the list, and printing is audited too.
#include "AppSession.h"
#include "AuditLog.h"
#include "PdfProbe.h"
#include "RecordPreviewDialog.h"
#include "RecordStore.h"
#include "Settings.h"

#include <QComboBox>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;
using namespace psv::ui;

class TestRecordPreviewDialog : public QObject
{
    Q_OBJECT

    static QList<AuditEntry> audit(AppSession &s, const QString &type, const QString &id, const QString &action)
    {
        AuditLog::Filter f;
        f.entityType = type;
        f.entityId = id;
        f.limit = 1000;
        QList<AuditEntry> out;
        const QList<AuditEntry> all = AuditLog(s.db()).list(f).value();
        for (const AuditEntry &e : all)
            if (e.action == action)
                out << e;
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void previewsAndSavesASealedRecord()
    {
        QTemporaryDir dir;
        Settings settings(dir.path());
        settings.setValue(Settings::Key::OrganName, QStringLiteral("深圳市公安局南山分局"));
        auto session = AppSession::open(dir.path(), settings);
        QVERIFY(session);
        RecordStore store;
        QVERIFY(store.populate(*session.value(), true));

        RecordPreviewDialog dialog(*session.value());
        const Status loaded = dialog.loadInspection(store.inspection.number);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().text()));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.documentCount(), 2); // the record and the notice of its order
        const int previewPages = dialog.previewPageCount();
        QVERIFY(previewPages >= 1);
        QVERIFY(dialog.lastReport().final);
        QCOMPARE(dialog.lastReport().pages, previewPages);

        const QString path = dir.filePath(QStringLiteral("record.pdf"));
        RecordPreviewDialog::setNextSavePath(path);
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(save);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(QFile::exists(path));
        QCOMPARE(PdfProbe::pages(path), previewPages);
        const QString text = PdfProbe::solid(PdfProbe::text(path));
        QVERIFY(text.contains(store.inspection.number));
        QVERIFY(text.contains(store.inspection.sealHash));
        QVERIFY(text.contains(PdfProbe::solid(store.unitName)));
        const QList<AuditEntry> exports
            = audit(*session.value(), QStringLiteral("inspection"), store.inspection.id, QStringLiteral("export"));
        QCOMPARE(exports.size(), 1);
        QCOMPARE(exports[0].details.value(QStringLiteral("pages")).toInt(), previewPages);
        QCOMPARE(exports[0].details.value(QStringLiteral("final")).toBool(), true);

        // the notice, picked from the list with the keyboard
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("documentCombo"));
        QVERIFY(combo);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(dialog.currentDocument(), 1);
        const int noticePages = dialog.previewPageCount();
        QVERIFY(noticePages >= 2); // the notice and its 送达回执
        const QString noticePath = dir.filePath(QStringLiteral("notice.pdf"));
        QVERIFY(dialog.saveAs(noticePath).ok());
        QCOMPARE(PdfProbe::pages(noticePath), noticePages);
        QVERIFY(PdfProbe::solid(PdfProbe::text(noticePath)).contains(QStringLiteral("2026年3月20日")));
        QCOMPARE(audit(*session.value(), QStringLiteral("order"), store.order.id, QStringLiteral("export")).size(), 1);

        // printing (to a PDF printer here) is audited as "print"
        const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(printed);
            QVERIFY(dialog.printTo(&printer).ok());
        }
        QCOMPARE(PdfProbe::pages(printed), noticePages);
        QCOMPARE(audit(*session.value(), QStringLiteral("order"), store.order.id, QStringLiteral("print")).size(), 1);
    }

    void aDraftPreviewsWithItsWatermarkAndABadPathChangesNothing()
    {
        QTemporaryDir dir;
        Settings settings(dir.path());
        auto session = AppSession::open(dir.path(), settings);
        QVERIFY(session);
        RecordStore store;
        QVERIFY(store.populate(*session.value(), false));
        RecordPreviewDialog dialog(*session.value());
        QVERIFY(dialog.loadInspection(store.inspection.id).ok());
        QVERIFY(dialog.previewPageCount() >= 1);
        QVERIFY(!dialog.lastReport().final);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QStringLiteral("draft")));

        const QString path = dir.filePath(QStringLiteral("no/such/dir/record.pdf"));
        QVERIFY(!dialog.saveAs(path).ok());
        QVERIFY(!QFile::exists(path));
        QVERIFY(audit(*session.value(), QStringLiteral("inspection"), store.inspection.id, QStringLiteral("export"))
                .isEmpty());
    }

    void refusesAnUnknownInspection()
    {
        QTemporaryDir dir;
        Settings settings(dir.path());
        auto session = AppSession::open(dir.path(), settings);
        QVERIFY(session);
        RecordPreviewDialog dialog(*session.value());
        QVERIFY(!dialog.loadInspection(QStringLiteral("A7F3-2026-9999")).ok());
        QCOMPARE(dialog.documentCount(), 0);
    }
};

QTEST_MAIN(TestRecordPreviewDialog)
#include "TestRecordPreviewDialog.moc"
