// Capture without a camera (the case on the build machines): the buttons are disabled and the
// dialog says why. A captured file goes through the same import path as any other.
#include "CaptureDialog.h"
#include "EvidenceGuiFixture.h"

#include <QLabel>
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
};

QTEST_MAIN(TestCaptureDialog)
#include "TestCaptureDialog.moc"
