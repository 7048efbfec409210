// Linking evidence to one checklist item from the walkthrough: only the inspection's evidence is
// offered, the chosen recording and range become an item_evidence row.
#include "EvidenceGuiFixture.h"
#include "EvidenceImportJob.h"
#include "EvidenceLinkDialog.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>

using namespace psv;
using namespace psv::ui;

class TestEvidenceLinkDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void linksTheChosenRecordingAndRange()
    {
        EvidenceGuiFixture fx;
        QVERIFY(fx.open());
        const QString a = fx.recording(9, 20, 3);
        const QString b = fx.recording(9, 40, 3);
        QVERIFY(EvidenceImportJob(fx.dir.path(), fx.session->actor(), fx.inspection.id).run({a, b}).allSucceeded());
        const QString elsewhere = fx.recording(14, 10);
        QVERIFY(EvidenceImportJob(fx.dir.path(), fx.session->actor(), fx.other.id).run({elsewhere}).allSucceeded());

        EvidenceLinkDialog dialog(*fx.session, fx.inspection.id, QStringLiteral("7"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.evidenceIds().size(), 2);
        const QString bId
            = fx.column(QStringLiteral("SELECT id FROM evidence WHERE sha256 = '%1'").arg(testmedia::sha256sum(b)))
                  .value(0);
        QVERIFY(dialog.evidenceIds().contains(bId));
        dialog.selectEvidence(bId);
        QTest::mouseClick(dialog.findChild<QCheckBox *>(QStringLiteral("rangeCheck")), Qt::LeftButton);
        auto *start = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("startSpin"));
        auto *end = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("endSpin"));
        QVERIFY(start->isEnabled());
        start->selectAll();
        QTest::keyClicks(start, QStringLiteral("0.5"));
        end->selectAll();
        QTest::keyClicks(end, QStringLiteral("2.5"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("linkButton")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QSqlQuery q(fx.session->db().sql());
        QVERIFY(q.exec(QStringLiteral("SELECT item_key, evidence_id, start_ms, end_ms FROM item_evidence")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("7"));
        QCOMPARE(q.value(1).toString(), bId);
        QCOMPARE(q.value(2).toLongLong(), 500);
        QCOMPARE(q.value(3).toLongLong(), 2500);
        QVERIFY(!q.next());
    }

    void emptyInspectionSaysSo()
    {
        EvidenceGuiFixture fx;
        QVERIFY(fx.open());
        EvidenceLinkDialog dialog(*fx.session, fx.inspection.id, QStringLiteral("3"));
        QCOMPARE(dialog.evidenceIds().size(), 0);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("linkButton"))->isEnabled());
        QVERIFY(!dialog.link());
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM item_evidence")), 0);
    }
};

QTEST_MAIN(TestEvidenceLinkDialog)
#include "TestEvidenceLinkDialog.moc"
