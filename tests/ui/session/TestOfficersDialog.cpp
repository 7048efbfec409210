// Tools ▸ Officers on a real store: an administrator adds a second inspector by keyboard (audited,
// then offered by the new-inspection wizard's officer list), a refused add changes nothing and
// says why, deactivating and reactivating works, and a station officer can only look.
#include "AuditLog.h"
#include "KeyboardInput.h"
#include "OfficerRepository.h"
#include "OfficersDialog.h"
#include "SessionFixture.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace psv;
using namespace psv::ui;

class TestOfficersDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void administratorAddsAndDeactivatesByKeyboard()
    {
        SessionFixture f;
        QVERIFY(f.openSignedIn(OfficerRole::Admin));
        OfficersDialog dlg(*f.session);
        dlg.show();
        QVERIFY(QTest::qWaitForWindowActive(&dlg));
        QVERIFY(dlg.canManage());
        QCOMPARE(dlg.officerCount(), 1);
        auto *name = dlg.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        auto *number = dlg.findChild<QLineEdit *>(QStringLiteral("numberEdit"));
        auto *role = dlg.findChild<QComboBox *>(QStringLiteral("roleCombo"));
        auto *status = dlg.findChild<QLabel *>(QStringLiteral("statusLabel"));
        auto *table = dlg.findChild<QTableWidget *>(QStringLiteral("officersTable"));
        auto *active = dlg.findChild<QPushButton *>(QStringLiteral("activeButton"));
        QVERIFY(name && number && role && status && table && active);

        QTest::keyClick(&dlg, Qt::Key_N, Qt::AltModifier); // &Name
        QVERIFY(name->hasFocus());
        typeText(name, QStringLiteral("李四"));
        QTest::keyClick(&dlg, Qt::Key_P, Qt::AltModifier); // &Police number
        QVERIFY(number->hasFocus());
        QTest::keyClicks(number, QStringLiteral("012346"));
        QTest::keyClick(&dlg, Qt::Key_A, Qt::AltModifier); // &Add officer
        QTRY_COMPARE(dlg.officerCount(), 2);
        QVERIFY2(status->text().contains(QStringLiteral("012346")), qPrintable(status->text()));
        auto added = OfficerRepository(f.session->db()).byPoliceNumber(QStringLiteral("012346"));
        QVERIFY(added.ok());
        QCOMPARE(added.value().name, QStringLiteral("李四"));
        QCOMPARE(added.value().role, OfficerRole::Station);
        QVERIFY(!added.value().hasSecret);
        AuditLog::Filter af;
        af.entityType = QStringLiteral("officer");
        af.entityId = added.value().id;
        auto entries = AuditLog(f.session->db()).list(af);
        QVERIFY(entries.ok() && !entries.value().isEmpty());
        QCOMPARE(entries.value().constLast().actorId, f.session->officer()->id);

        // The same police number again: refused with the reason, nothing added.
        typeText(name, QStringLiteral("重复"));
        QTest::keyClicks(number, QStringLiteral("012346"));
        QTest::keyClick(&dlg, Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(status->text().contains(QStringLiteral("already recorded")));
        QCOMPARE(dlg.officerCount(), 2);
        QVERIFY(number->hasFocus());
        QCOMPARE(OfficerRepository(f.session->db()).list().value().size(), 2);

        // Deactivate the new officer, then reactivate.
        const int row = table->findItems(QStringLiteral("012346"), Qt::MatchExactly).constFirst()->row();
        table->setFocus();
        table->selectRow(row);
        QVERIFY(active->isEnabled());
        QTest::keyClick(&dlg, Qt::Key_D, Qt::AltModifier); // &Deactivate
        QTRY_VERIFY(!OfficerRepository(f.session->db()).get(added.value().id).value().active);
        QCOMPARE(OfficerRepository(f.session->db()).list(true).value().size(), 1);
        QTRY_COMPARE(active->text(), QStringLiteral("Reac&tivate"));
        active->click();
        QVERIFY(OfficerRepository(f.session->db()).get(added.value().id).value().active);

        // Not oneself.
        const int me = table->findItems(QStringLiteral("012345"), Qt::MatchExactly).constFirst()->row();
        table->selectRow(me);
        active->click();
        QVERIFY(status->text().contains(QStringLiteral("yourself")));
        QVERIFY(f.session->officer()->active);
    }

    void stationOfficerOnlyLooks()
    {
        SessionFixture f;
        QVERIFY(f.openSignedIn(OfficerRole::Station));
        OfficersDialog dlg(*f.session);
        QVERIFY(!dlg.canManage());
        QVERIFY(!dlg.findChild<QWidget *>(QStringLiteral("addBox"))->isEnabled());
        QVERIFY(
            dlg.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QStringLiteral("administrator")));
        QCOMPARE(dlg.officerCount(), 1);
    }
};

QTEST_MAIN(TestOfficersDialog)
#include "TestOfficersDialog.moc"
