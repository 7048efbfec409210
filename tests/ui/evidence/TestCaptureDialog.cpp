// Capture without a camera (the case on the build machines): the buttons are disabled and the
// dialog says why. A captured file goes through the same import path as any other; from the
// walkthrough's "Capture now…" (Alt+A) it is linked to the current item as well.
#include "CaptureDialog.h"
#include "EvidenceGuiFixture.h"
#include "HelpDialog.h"
#include "InspectionsPage.h"
#include "ItemResultRepository.h"
#include "MainWindow.h"
#include "ModalDriver.h"
#include "WalkthroughWidget.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>

using namespace psv;
using namespace psv::ui;

class TestCaptureDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void explainsWhenNoCameraIsConnected()
    {
        if (CaptureDialog::cameraAvailable())
            QSKIP("a camera is connected to this machine");
        EvidenceGuiFixture fx;
        QVERIFY(fx.open());
        QVERIFY(!CaptureDialog::cameraAvailable());
        CaptureDialog dialog(*fx.session, fx.inspection.id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->text(), CaptureDialog::unavailableReason());
        QVERIFY(CaptureDialog::unavailableReason().contains(QStringLiteral("no camera")));
        for (const char *name : {"photoButton", "recordButton"}) {
            auto *b = dialog.findChild<QPushButton *>(QString::fromLatin1(name));
            QVERIFY(!b->isEnabled());
            QCOMPARE(b->toolTip(), CaptureDialog::unavailableReason());
        }
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("closeButton"))->isEnabled());
    }

    void capturedFileIsImportedLikeAnyOther()
    {
        EvidenceGuiFixture fx;
        QVERIFY(fx.open());
        const QString video = fx.recording(9, 45);
        CaptureDialog dialog(*fx.session, fx.inspection.id);
        QSignalSpy imported(&dialog, &CaptureDialog::imported);
        dialog.importCaptured(video);
        QVERIFY(imported.wait(60000));
        QCOMPARE(imported.first().first().value<ImportSummary>().imported, 1);
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM evidence WHERE sha256 = '%1' AND inspection_id = '%2'")
                         .arg(testmedia::sha256sum(video), fx.inspection.id)),
            1);
        QVERIFY(QFile::exists(video)); // not a temp file of the dialog: left alone
    }

    void captureNowFromTheWalkthroughLinksToTheItem()
    {
        EvidenceGuiFixture fx;
        QVERIFY(fx.open());
        const QString video = fx.recording(9, 30);
        MainWindow window(*fx.session);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openInspection(fx.inspection.id, QStringLiteral("5")));
        auto *page = window.findChild<InspectionsPage *>();
        QVERIFY(page && page->isWalkthroughShown());
        WalkthroughWidget *walk = page->walkthrough();
        QCOMPARE(walk->currentItemKey(), QStringLiteral("5"));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("itemList"));
        auto *capture = walk->findChild<QPushButton *>(QStringLiteral("captureButton"));
        QVERIFY(capture && capture->isVisible() && capture->isEnabled());
        // In the walkthrough's tab order, right after "Link evidence…".
        QCOMPARE(walk->findChild<QPushButton *>(QStringLiteral("linkEvidenceButton"))->nextInFocusChain(), capture);

        bool driven = false;
        whenModal<CaptureDialog>([&](CaptureDialog *d) {
            if (!CaptureDialog::cameraAvailable()) {
                QCOMPARE(
                    d->findChild<QLabel *>(QStringLiteral("statusLabel"))->text(), CaptureDialog::unavailableReason());
                QVERIFY(!d->findChild<QPushButton *>(QStringLiteral("photoButton"))->isEnabled());
                QVERIFY(!d->findChild<QPushButton *>(QStringLiteral("recordButton"))->isEnabled());
            }
            // What the camera would have written: stored and linked to item 5.
            QSignalSpy imported(d, &CaptureDialog::imported);
            d->importCaptured(video);
            QVERIFY(imported.wait(60000));
            QVERIFY2(d->findChild<QLabel *>(QStringLiteral("resultLabel"))->text().contains(QStringLiteral("item 5")),
                qPrintable(d->findChild<QLabel *>(QStringLiteral("resultLabel"))->text()));
            QTest::keyClick(d, Qt::Key_Escape);
            QVERIFY(!d->isVisible());
            driven = true;
        });
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier); // C&apture now…
        QTRY_VERIFY(driven);

        const QString evidenceId = fx.column(QStringLiteral("SELECT id FROM evidence WHERE sha256 = '%1' AND "
                                                            "inspection_id = '%2'")
                                                 .arg(testmedia::sha256sum(video), fx.inspection.id))
                                       .value(0);
        QVERIFY(!evidenceId.isEmpty());
        auto item = ItemResultRepository(fx.session->db()).find(fx.inspection.id, QStringLiteral("5"));
        QVERIFY(item && item.value());
        QCOMPARE(item.value()->evidence.size(), 1);
        QCOMPARE(item.value()->evidence.first().evidenceId, evidenceId);
        QCOMPARE(item.value()->status, ItemStatus::NotChecked); // linking says nothing about the result
        QCOMPARE(walk->currentItemKey(), QStringLiteral("5"));
        QCOMPARE(walk->findChild<QListWidget *>(QStringLiteral("evidenceList"))->count(), 1);
        QCOMPARE(
            fx.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'set-item' AND entity_id = '%1/5'")
                    .arg(fx.inspection.id)),
            1);
    }

    void captureNowIsInTheHelp()
    {
        QVERIFY(HelpDialog::helpHtml().contains(QStringLiteral("Alt+A")));
        QVERIFY(HelpDialog::helpHtml().contains(QStringLiteral("Capture now")));
    }
};

QTEST_MAIN(TestCaptureDialog)
#include "TestCaptureDialog.moc"
