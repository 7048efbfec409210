// A camera-like volume appearing while signed in: the offer asks, and on Yes opens the import
// dialog on the volume for the most recent draft; not signed in, or not a camera: no question.
#include "EvidenceGuiFixture.h"
#include "EvidenceImportDialog.h"
#include "MessageBox.h"
#include "VolumeImportOffer.h"

#include <QLineEdit>
#include <QSignalSpy>

using namespace psv;
using namespace psv::ui;

class TestVolumeImportOffer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void offersToImportFromACameraVolume()
    {
        EvidenceGuiFixture fx;
        QVERIFY(fx.open());
        fx.recording(9, 30);
        QWidget window;
        VolumeImportOffer offer(*fx.session, &window);
        QList<VolumeInfo> mounted;
        offer.watcher().setLister([&] { return mounted; });
        offer.watcher().poll(); // primes: nothing new
        VolumeInfo camera;
        camera.rootPath = fx.media.path();
        camera.name = QStringLiteral("DSJ-A8");
        mounted << camera;

        QSignalSpy opened(&offer, &VolumeImportOffer::importDialogOpened);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        offer.watcher().poll();
        QCOMPARE(opened.size(), 1);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("DSJ-A8")));
        // The most recent draft is the afternoon inspection.
        QCOMPARE(offer.targetInspection(), fx.other.id);
        QVERIFY(MessageBox::lastText().contains(fx.other.number));
        auto *dialog = opened.first().first().value<EvidenceImportDialog *>();
        QVERIFY(dialog);
        QSignalSpy scanned(dialog, &EvidenceImportDialog::scanFinished);
        QVERIFY(scanned.wait(60000));
        QCOMPARE(dialog->files().size(), 1);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("folderEdit"))->text(), fx.media.path());
        dialog->close();

        // The inspection open in the walkthrough wins over the most recent draft.
        offer.setOpenInspection(fx.inspection.id);
        QCOMPARE(offer.targetInspection(), fx.inspection.id);
    }

    void staysQuietWhenSignedOutOrNotACamera()
    {
        EvidenceGuiFixture fx;
        QVERIFY(fx.open());
        QWidget window;
        VolumeImportOffer offer(*fx.session, &window);
        QSignalSpy opened(&offer, &VolumeImportOffer::importDialogOpened);
        QTemporaryDir plain;
        QVERIFY(testmedia::writeFile(QDir(plain.path()).filePath(QStringLiteral("notes.txt")), "text"));
        VolumeInfo stick;
        stick.rootPath = plain.path();
        stick.layout = SourceScanner::detectLayout(plain.path());
        QVERIFY(!stick.layout.looksLikeCamera);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        offer.offer(stick);
        QCOMPARE(opened.size(), 0);

        fx.recording(9, 30);
        VolumeInfo camera;
        camera.rootPath = fx.media.path();
        camera.layout = SourceScanner::detectLayout(fx.media.path());
        QVERIFY(camera.layout.looksLikeCamera);
        fx.session->signOut();
        offer.offer(camera);
        QCOMPARE(opened.size(), 0);
        // The answer prepared above was never used: no box was shown.
        MessageBox::setNextAnswer(QMessageBox::No);
    }
};

QTEST_MAIN(TestVolumeImportOffer)
#include "TestVolumeImportOffer.moc"
