// The evidence page on real imports: lists thumbnails, hashes and flags, filters by inspection,
// site and capture date, and opens a row in the player (audited as a view).
#include "CaptureDialog.h"
#include "EvidenceGuiFixture.h"
#include "EvidenceImportJob.h"
#include "EvidencePage.h"
#include "PlayerDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>

using namespace psv;
using namespace psv::ui;

class TestEvidencePage : public QObject
{
    Q_OBJECT

    static ImportSummary importInto(EvidenceGuiFixture &fx, const QString &inspectionId, const QStringList &paths)
    {
        EvidenceImportJob job(fx.dir.path(), fx.session->actor(), inspectionId);
        return job.run(paths);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsFiltersAndOpens()
    {
        EvidenceGuiFixture fx;
        QVERIFY(fx.open());
        const QString first = fx.recording(9, 30);
        const QString corrupt = fx.mediaPath(QStringLiteral("VID_20260510_094000.mp4"));
        QVERIFY(testmedia::writeRandom(corrupt, 300000, 3));
        QVERIFY(importInto(fx, fx.inspection.id, {first, corrupt}).allSucceeded());
        const QString second = fx.recording(14, 30);
        QVERIFY(importInto(fx, fx.other.id, {second}).allSucceeded());

        EvidencePage page(*fx.session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("evidenceTable"));
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(page.shownEvidenceIds().size(), 3);

        // Columns: thumbnail and name, hash shortened with the full one in the tooltip, flags.
        const QString sha = testmedia::sha256sum(first);
        int firstRow = -1, corruptRow = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == QStringLiteral("VID_20260510_093000.mp4"))
                firstRow = r;
            if (table->item(r, 0)->text() == QStringLiteral("VID_20260510_094000.mp4"))
                corruptRow = r;
        }
        QVERIFY(firstRow >= 0 && corruptRow >= 0);
        QVERIFY(!table->item(firstRow, 0)->icon().isNull());
        QCOMPARE(table->item(firstRow, 6)->toolTip(), sha);
        QCOMPARE(table->item(firstRow, 6)->text(), sha.left(12) + QStringLiteral("…"));
        QCOMPARE(table->item(firstRow, 1)->text(), QStringLiteral("2026-05-10 09:30:00"));
        QCOMPARE(table->item(firstRow, 3)->text(), fx.officer.name);
        QCOMPARE(table->item(firstRow, 4)->text(), QStringLiteral("0:02"));
        QCOMPARE(table->item(firstRow, 5)->text(), QStringLiteral("320×240"));
        QCOMPARE(table->item(firstRow, 7)->text(), fx.inspection.number);
        QCOMPARE(table->item(corruptRow, 9)->text(), QStringLiteral("metadata unreadable"));
        QVERIFY(table->item(firstRow, 9)->text().isEmpty());

        // Filter by inspection, then by site, then by date (keyboard on the combo boxes).
        auto *inspectionFilter = page.findChild<QComboBox *>(QStringLiteral("inspectionFilter"));
        inspectionFilter->setCurrentIndex(inspectionFilter->findData(fx.other.id));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("VID_20260510_143000.mp4"));
        inspectionFilter->setCurrentIndex(0);
        QCOMPARE(table->rowCount(), 3);
        auto *siteFilter = page.findChild<QComboBox *>(QStringLiteral("siteFilter"));
        siteFilter->setCurrentIndex(siteFilter->findData(fx.site.id));
        QCOMPARE(table->rowCount(), 2);
        siteFilter->setCurrentIndex(0);
        page.setDateFilter(QDate(2026, 5, 11), QDate(2026, 5, 20));
        QCOMPARE(table->rowCount(), 0);
        page.setDateFilter(QDate(2026, 5, 10), QDate(2026, 5, 10));
        QCOMPARE(table->rowCount(), 3);
        QTest::mouseClick(page.findChild<QCheckBox *>(QStringLiteral("dateFilter")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 3);

        // A new import elsewhere refreshes the page through the session.
        const QString third = fx.recording(9, 50);
        QVERIFY(importInto(fx, fx.inspection.id, {third}).allSucceeded());
        QCOMPARE(table->rowCount(), 4);

        // Opening a row plays it, and the view is audited.
        const QString evidenceId = table->item(firstRow, 0)->data(Qt::UserRole).toString();
        page.openEvidence(evidenceId);
        auto *player = page.findChild<PlayerDialog *>();
        QVERIFY(player);
        QVERIFY(player->isLoaded());
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'view' AND "
                                         "entity_id = '%1'")
                         .arg(evidenceId)),
            1);
        player->close();
    }

    void captureButtonExplainsWithoutCamera()
    {
        if (CaptureDialog::cameraAvailable())
            QSKIP("a camera is connected to this machine");
        EvidenceGuiFixture fx;
        QVERIFY(fx.open());
        EvidencePage page(*fx.session);
        auto *capture = page.findChild<QPushButton *>(QStringLiteral("captureButton"));
        QVERIFY(!capture->isEnabled());
        QVERIFY(capture->toolTip().contains(QStringLiteral("no camera")));
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("evidenceTable"));
        QCOMPARE(table->rowCount(), 0);
    }
};

QTEST_MAIN(TestEvidencePage)
#include "TestEvidencePage.moc"
