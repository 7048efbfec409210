// The Sync page driven by its real widgets: laptop A exports a bundle (worker thread) into a file,
// laptop B imports it (verify → question → apply) — two data directories.
#include "AppSession.h"
#include "MessageBox.h"
#include "Settings.h"
#include "SyncPage.h"
#include "SyncTestKit.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace psv;
using namespace psv::ui;

class TestSyncPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exportThenImportIntoASecondDataDir()
    {
        QTemporaryDir work;
        StoreFixture a;
        QVERIFY(a.open());
        const Inspection sealed = synctest::sealedInspection(a);
        QVERIFY(!sealed.sealHash.isEmpty());
        const QString file = work.filePath(QStringLiteral("gui.psvbundle"));
        {
            Settings settings(a.dir.path());
            auto session = AppSession::open(a.dir.path(), settings);
            QVERIFY(session);
            SyncPage page(*session.value());
            page.show();
            QSignalSpy done(&page, &SyncPage::exported);
            SyncPage::setNextFilePath(file);
            QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
            QVERIFY(QFile::exists(file));
        }
        StoreFixture b;
        QVERIFY(b.open(false, QStringLiteral("B2C4")));
        Settings settings(b.dir.path());
        auto session = AppSession::open(b.dir.path(), settings);
        QVERIFY(session);
        SyncPage page(*session.value());
        page.show();
        QSignalSpy imported(&page, &SyncPage::imported);
        QSignalSpy failed(&page, &SyncPage::failed);
        SyncPage::setNextFilePath(file);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.count() + failed.count(), 1, 30000);
        QCOMPARE(failed.count(), 0);
        QVERIFY(MessageBox::lastText().contains(QLatin1String("A7F3")));
        QCOMPARE(StoreFixture::count(*b.db, QStringLiteral("inspections")), 1);
        QCOMPARE(synctest::one(*b.db, QStringLiteral("SELECT seal_hash FROM inspections")), sealed.sealHash);
        QVERIFY(!page.isBusy());
        // The page's conflict list is empty; the review queue is only for reviewers.
        QCOMPARE(page.findChild<QTableWidget *>(QStringLiteral("conflictTable"))->rowCount(), 0);
        QVERIFY(page.findChild<QWidget *>(QStringLiteral("reviewGroup"))->isHidden());
    }
};

QTEST_MAIN(TestSyncPage)
#include "TestSyncPage.moc"
