// OutcomeDialog driven by the keyboard on a real data directory: two proposals, issue a 责令改正 and a
// 责令限期改正 with 10 working days from 2025-09-30, check the stored orders.
#include "OrderRepository.h"
#include "OutcomeDialog.h"
#include "UiInspectionSetup.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace psv;
using namespace psv::ui;

class TestOutcomeDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void issuesProposedOrdersByKeyboard()
    {
        UiInspectionSetup s;
        QVERIFY(s.setUp());
        QVERIFY(s.walkthroughWithTwoFindings());
        OutcomeDialog dlg(*s.session, s.inspection.id);
        dlg.show();
        QVERIFY(QTest::qWaitForWindowActive(&dlg));
        QCOMPARE(dlg.proposalCount(), 2);
        auto *list = dlg.findChild<QListWidget *>(QStringLiteral("proposalList"));
        auto *kind = dlg.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        auto *periodType = dlg.findChild<QComboBox *>(QStringLiteral("periodTypeCombo"));
        auto *days = dlg.findChild<QSpinBox *>(QStringLiteral("periodDaysSpin"));
        auto *issued = dlg.findChild<QDateEdit *>(QStringLiteral("issuedDateEdit"));
        auto *schedule = dlg.findChild<QLabel *>(QStringLiteral("scheduleLabel"));
        QVERIFY(list && kind && periodType && days && issued && schedule);
        QCOMPARE(list->currentRow(), 0);
        QCOMPARE(kind->currentData().toString(), QStringLiteral("correction"));
        issued->setDate(QDate(2025, 9, 30)); // the day of the inspection in this test
        QVERIFY2(schedule->text().contains(QStringLiteral("2025-10-11")), qPrintable(schedule->text()));
        QVERIFY(!periodType->isEnabled());

        // Without a legal basis the order is not issued.
        auto *basis = dlg.findChild<QLineEdit *>(QStringLiteral("legalBasisEdit"));
        auto *status = dlg.findChild<QLabel *>(QStringLiteral("statusLabel"));
        const QString proposedBasis = basis->text();
        QVERIFY(!proposedBasis.isEmpty());
        QTest::keyClick(&dlg, Qt::Key_L, Qt::AltModifier); // &Legal basis
        QVERIFY(basis->hasFocus());
        QTest::keyClick(basis, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(basis, Qt::Key_Delete);
        QVERIFY(basis->text().isEmpty());
        // A mnemonic "animates" the click: it lands a moment later.
        QTest::keyClick(&dlg, Qt::Key_I, Qt::AltModifier); // &Issue order
        QTRY_VERIFY(status->text().contains(QStringLiteral("legal basis")));
        QCOMPARE(dlg.issuedCount(), 0);
        QVERIFY(basis->hasFocus());
        QTest::keyClick(basis, Qt::Key_Z, Qt::ControlModifier); // undo
        QCOMPARE(basis->text(), proposedBasis);

        // Nor without the provision violated, which the notice states ("违反了…的规定").
        auto *violated = dlg.findChild<QLineEdit *>(QStringLiteral("violatedEdit"));
        QVERIFY(violated);
        const QString proposedViolated = violated->text();
        QVERIFY2(!proposedViolated.isEmpty(), "the proposal names no provision violated");
        violated->clear();
        QTest::keyClick(&dlg, Qt::Key_I, Qt::AltModifier);
        QTRY_VERIFY(status->text().contains(QStringLiteral("provision violated")));
        QCOMPARE(dlg.issuedCount(), 0);
        QVERIFY(violated->hasFocus());
        violated->setText(proposedViolated);

        QTest::keyClick(&dlg, Qt::Key_I, Qt::AltModifier);
        QTRY_COMPARE(dlg.issuedCount(), 1);
        QCOMPARE(list->currentRow(), 1); // on to the 责令限期改正 of item 4
        QCOMPARE(kind->currentData().toString(), QStringLiteral("correction-deadline"));
        QVERIFY(periodType->isEnabled());

        QTest::keyClick(&dlg, Qt::Key_P, Qt::AltModifier); // Correction &period
        QVERIFY(periodType->hasFocus());
        QTest::keyClick(periodType, Qt::Key_Down); // working days
        QTest::keyClick(periodType, Qt::Key_Tab);
        QVERIFY(days->hasFocus());
        days->selectAll();
        QTest::keyClicks(days, QStringLiteral("10"));
        QCOMPARE(days->value(), 10);
        QVERIFY2(schedule->text().contains(QStringLiteral("2025-10-21"))
                && schedule->text().contains(QStringLiteral("2025-10-24")),
            qPrintable(schedule->text()));
        QTest::keyClick(&dlg, Qt::Key_I, Qt::AltModifier);
        QTRY_COMPARE(dlg.issuedCount(), 2);

        OrderFilter f;
        f.inspectionId = s.inspection.id;
        auto orders = OrderRepository(s.session->db()).list(f);
        QVERIFY(orders.ok());
        QCOMPARE(orders.value().size(), 2);
        bool sawDeadline = false;
        for (const Order &o : orders.value()) {
            QCOMPARE(o.issuedOn, QDate(2025, 9, 30));
            QVERIFY(!o.documentNumber.isEmpty());
            QVERIFY(!o.dueBasis.isEmpty());
            QVERIFY2(!o.violated.isEmpty(), "the provision violated was not stored with the order");
            if (o.kind == OrderKind::CorrectionDeadline) {
                sawDeadline = true;
                QCOMPARE(o.findings, QStringList {QStringLiteral("4")});
                QCOMPARE(o.deadline, QDate(2025, 10, 21));
                QCOMPARE(o.reinspectionDue, QDate(2025, 10, 24));
            } else {
                QCOMPARE(o.kind, OrderKind::Correction);
                QCOMPARE(o.reinspectionDue, QDate(2025, 10, 11));
            }
        }
        QVERIFY(sawDeadline);
    }

    void nothingToOrder()
    {
        UiInspectionSetup s;
        QVERIFY(s.setUp());
        OutcomeDialog dlg(*s.session, s.inspection.id);
        QCOMPARE(dlg.proposalCount(), 0);
        QVERIFY(!dlg.findChild<QPushButton *>(QStringLiteral("issueButton"))->isEnabled());
    }
};

QTEST_MAIN(TestOutcomeDialog)
#include "TestOutcomeDialog.moc"
