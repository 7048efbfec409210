// The import dialog on real ffmpeg-made recordings: the files of the inspection's time window
// are preselected, the officer ticks another, the import runs to completion on a worker thread
// and the catalogue rows match sha256sum; a cancelled import leaves no blob and no row.
#include "EvidenceGuiFixture.h"
#include "EvidenceImportDialog.h"
#include "EvidenceStore.h"

#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QThread>

using namespace psv;
using namespace psv::ui;

class TestEvidenceImportDialog : public QObject
{
    Q_OBJECT

    static QStringList storeFiles(const QString &dataDir, const QString &sub)
    {
        QStringList out;
        QDirIterator it(
            QDir(dataDir).filePath(QStringLiteral("evidence/") + sub), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            out << it.next();
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void preselectsTheInspectionWindowAndImports()
    {
        EvidenceGuiFixture fx;
        QVERIFY(fx.open());
        const QString inside = fx.recording(9, 30);
        const QString skewed = fx.recording(10, 5); // within the default 10 min tolerance
        const QString outside = fx.recording(12, 0);
        const QString later = fx.recording(16, 0);
        const auto before = testmedia::stamp(inside);

        EvidenceImportDialog dialog(*fx.session, fx.inspection.id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy scanned(&dialog, &EvidenceImportDialog::scanFinished);
        auto *folder = dialog.findChild<QLineEdit *>(QStringLiteral("folderEdit"));
        QTest::keyClicks(folder, fx.media.path());
        QTest::keyClick(folder, Qt::Key_Return);
        QVERIFY(scanned.wait(60000));
        QCOMPARE(scanned.first().first().toInt(), 4);
        QStringList checked = dialog.checkedPaths();
        checked.sort();
        QCOMPARE(checked, (QStringList {inside, skewed}));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("fileTable"));
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("2026-05-10 09:30:00"));

        // The officer ticks one more by its check box.
        int outsideRow = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->data(Qt::UserRole).toString() == outside)
                outsideRow = r;
        QVERIFY(outsideRow >= 0);
        table->item(outsideRow, 0)->setCheckState(Qt::Checked);
        QCOMPARE(dialog.checkedPaths().size(), 3);

        QSignalSpy done(&dialog, &EvidenceImportDialog::importFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
        QVERIFY(done.wait(120000));
        const ImportSummary summary = dialog.lastSummary();
        QVERIFY(summary.allSucceeded());
        QCOMPARE(summary.imported, 3);
        QCOMPARE(dialog.findChild<QProgressBar *>(QStringLiteral("progressBar"))->value(), 1000);
        QVERIFY(table->item(outsideRow, 4)->text().startsWith(QStringLiteral("Imported")));

        // The catalogue: three rows for the inspection, each hash what sha256sum says.
        QCOMPARE(
            fx.count(QStringLiteral("SELECT COUNT(*) FROM evidence WHERE inspection_id = '%1'").arg(fx.inspection.id)),
            3);
        for (const QString &path : {inside, skewed, outside}) {
            const QString sha = testmedia::sha256sum(path);
            QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM evidence WHERE sha256 = '%1' AND "
                                             "capture_time_source = 'file-name' AND media_type = 'video'")
                             .arg(sha)),
                1);
            QVERIFY(QFile::exists(EvidenceStore::open(fx.dir.path()).value().pathFor(sha)));
        }
        QCOMPARE(
            fx.count(
                QStringLiteral("SELECT COUNT(*) FROM evidence WHERE sha256 = '%1'").arg(testmedia::sha256sum(later))),
            0);
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import'")), 3);
        // The source was not changed (size, modification and change time; atime is the engine tests').
        const auto after = testmedia::stamp(inside);
        QCOMPARE(after.size, before.size);
        QCOMPARE(after.mtimeNs, before.mtimeNs);
        QCOMPARE(after.ctimeNs, before.ctimeNs);
        QVERIFY(storeFiles(fx.dir.path(), QStringLiteral("tmp")).isEmpty());
    }

    void cancelLeavesNoPartialBlobAndNoRow()
    {
        EvidenceGuiFixture fx;
        QVERIFY(fx.open());
        const QString small = fx.recording(9, 10);
        QDir(fx.media.path()).mkpath(QStringLiteral("DCIM/100MEDIA"));
        const QString big = fx.mediaPath(QStringLiteral("DCIM/100MEDIA/VID_20260510_092000.mp4"));
        QVERIFY(testmedia::writeRandom(big, 64 * 1024 * 1024, 7));

        EvidenceImportDialog dialog(*fx.session, fx.inspection.id);
        // A slow disk: every 1 MiB write of the temp file waits 30 ms (the copy itself is real).
        EvidenceImporter::Options options;
        options.copy.chunkSize = 1024 * 1024;
        options.copy.writeFault = [](qint64, qint64) {
            QThread::msleep(30);
            return 0;
        };
        options.progressIntervalMs = 0;
        dialog.setImporterOptions(options);
        dialog.show();
        QSignalSpy scanned(&dialog, &EvidenceImportDialog::scanFinished);
        dialog.setFolder(fx.media.path());
        dialog.scan();
        QVERIFY(scanned.wait(60000));
        QCOMPARE(dialog.checkedPaths().size(), 2);

        bool cancelled = false;
        connect(&dialog, &EvidenceImportDialog::importProgress, this, [&](const ImportProgress &p) {
            if (p.fileIndex == 1 && p.bytesDone > p.bytesTotal / 2 && !cancelled) {
                cancelled = true;
                QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
            }
        });
        QSignalSpy done(&dialog, &EvidenceImportDialog::importFinished);
        dialog.startImport();
        QVERIFY(done.wait(120000));
        QVERIFY(cancelled);
        const ImportSummary summary = dialog.lastSummary();
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.imported, 1);
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM evidence")), 1);
        QCOMPARE(
            fx.count(
                QStringLiteral("SELECT COUNT(*) FROM evidence WHERE sha256 = '%1'").arg(testmedia::sha256sum(big))),
            0);
        QCOMPARE(storeFiles(fx.dir.path(), QStringLiteral("sha256")).size(), 1);
        QVERIFY(storeFiles(fx.dir.path(), QStringLiteral("tmp")).isEmpty());
        QVERIFY(!EvidenceStore::open(fx.dir.path()).value().contains(testmedia::sha256sum(big)));
        QVERIFY(dialog.checkedPaths().contains(big)); // still ticked: the officer can run it again
        Q_UNUSED(small);
    }

    void unknownInspectionRefusesImport()
    {
        EvidenceGuiFixture fx;
        QVERIFY(fx.open());
        EvidenceImportDialog dialog(*fx.session, QStringLiteral("no-such-inspection"));
        dialog.setFolder(fx.media.path());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("inspectionLabel"))->text().contains(u"no-such-inspection"));
    }
};

QTEST_MAIN(TestEvidenceImportDialog)
#include "TestEvidenceImportDialog.moc"
