// CompletionDialog driven by the keyboard on a real data directory: a missing video blocks sealing
// until "Seal anyway" with a reason; a complete inspection seals after the confirmation; the seal
// verifies through SealService.
#include "CompletionDialog.h"
#include "MessageBox.h"
#include "SealService.h"
#include "UiInspectionSetup.h"

#include <QCheckBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace psv;
using namespace psv::ui;

class TestCompletionDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sealAnywayNeedsAReason()
    {
        UiInspectionSetup s;
        QVERIFY(s.setUp());
        QVERIFY(s.walkthroughWithTwoFindings());
        CompletionDialog dlg(*s.session, s.inspection.id);
        dlg.show();
        QVERIFY(QTest::qWaitForWindowActive(&dlg));
        auto *missing = dlg.findChild<QListWidget *>(QStringLiteral("missingList"));
        auto *override = dlg.findChild<QCheckBox *>(QStringLiteral("overrideCheck"));
        auto *reason = dlg.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
        auto *sealButton = dlg.findChild<QPushButton *>(QStringLiteral("sealButton"));
        QVERIFY(missing && override && reason && sealButton);
        QCOMPARE(missing->count(), 1); // the body-camera video
        QVERIFY(missing->item(0)->text().contains(QStringLiteral("video")));
        QVERIFY(!sealButton->isEnabled());

        // A mnemonic "animates" the click: it lands a moment later.
        QTest::keyClick(&dlg, Qt::Key_A, Qt::AltModifier); // Seal &anyway
        QTRY_VERIFY(override->isChecked());
        QVERIFY(!sealButton->isEnabled()); // no reason yet
        QTest::keyClick(override, Qt::Key_Tab);
        QVERIFY(reason->hasFocus());
        const QString text = QStringLiteral("Body camera battery empty; the inspection was filmed on a phone");
        QTest::keyClicks(reason, text);
        QVERIFY(sealButton->isEnabled());

        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::keyClick(&dlg, Qt::Key_S, Qt::AltModifier); // &Seal…
        QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral("piece")));
        QVERIFY(!InspectionRepository(s.session->db()).get(s.inspection.id).value().isSealed());
        QVERIFY(dlg.isVisible());

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(&dlg, Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(!dlg.isVisible());
        const Inspection sealed = InspectionRepository(s.session->db()).get(s.inspection.id).value();
        QVERIFY(sealed.isSealed());
        QVERIFY(sealed.notes.contains(text));
        QVERIFY(sealed.endedAt.isValid());
        auto check = SealService(s.session->db()).verify(sealed.id);
        QVERIFY(check.ok());
        QVERIFY(check.value().intact());
        QCOMPARE(dlg.result(), int(QDialog::Accepted));
    }

    void completeInspectionSeals()
    {
        UiInspectionSetup s;
        QVERIFY(s.setUp());
        QVERIFY(s.walkthroughWithTwoFindings());
        QVERIFY(s.addVideo());
        CompletionDialog dlg(*s.session, s.inspection.id);
        dlg.show();
        QVERIFY(QTest::qWaitForWindowActive(&dlg));
        QVERIFY(dlg.report().complete());
        QCOMPARE(dlg.report().videos, 1);
        auto *sealButton = dlg.findChild<QPushButton *>(QStringLiteral("sealButton"));
        QVERIFY(sealButton->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(&dlg, Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(!dlg.isVisible());
        const Inspection sealed = InspectionRepository(s.session->db()).get(s.inspection.id).value();
        QVERIFY(sealed.isSealed());
        QVERIFY(sealed.notes.isEmpty());
        QVERIFY(SealService(s.session->db()).verify(sealed.id).value().intact());
    }
};

QTEST_MAIN(TestCompletionDialog)
#include "TestCompletionDialog.moc"
