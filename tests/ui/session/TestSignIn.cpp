// The sign-in screens driven through their real widgets by keyboard: first run (administrator and
// sample data; also after `psvctl demo`), sign-in (wrong, then right), idle lock and unlock,
// sign-out, quitting — each checked against the store and its audit log.
#include "AppSession.h"
#include "AuditLog.h"
#include "DemoData.h"
#include "FirstRunDialog.h"
#include "LockDialog.h"
#include "MainWindow.h"
#include "OfficerRepository.h"
#include "ScreenLock.h"
#include "SessionFixture.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "UnitRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;
using namespace psv::ui;

namespace {

using Fixture = SessionFixture;
const QString Secret = SessionFixture::Secret;

// Types into whatever has the keyboard focus, as a person would.
bool typeIntoFocus(const QString &text)
{
    QWidget *w = QApplication::focusWidget();
    if (!w)
        return false;
    QTest::keyClicks(w, text);
    return true;
}

void tab()
{
    if (QWidget *w = QApplication::focusWidget())
        QTest::keyClick(w, Qt::Key_Tab);
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void firstRunCreatesTheAdministratorAndLoadsTheSamples()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.session->needsFirstRun());
        FirstRunDialog dialog(*f.session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *name = child<QLineEdit>(&dialog, "nameEdit");
        auto *secret = child<QLineEdit>(&dialog, "secretEdit");
        auto *repeat = child<QLineEdit>(&dialog, "repeatEdit");
        QVERIFY(name && secret && repeat);
        QVERIFY(name->hasFocus());

        // By keyboard, in tab order: name, police number, unit, secret (too short), repeat.
        QVERIFY(typeIntoFocus(QStringLiteral("Wang Admin")));
        tab();
        QVERIFY(typeIntoFocus(QStringLiteral("010001")));
        tab();
        QVERIFY(typeIntoFocus(QStringLiteral("Chengguan PS")));
        tab();
        QCOMPARE(QApplication::focusWidget(), secret);
        QVERIFY(typeIntoFocus(QStringLiteral("abc")));
        tab();
        QCOMPARE(QApplication::focusWidget(), repeat);
        QVERIFY(typeIntoFocus(QStringLiteral("abc")));
        QTest::keyClick(repeat, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("6")), qPrintable(dialog.errorText()));
        QVERIFY(f.session->needsFirstRun()); // refused: nothing recorded

        // Secrets that differ.
        secret->clear();
        repeat->clear();
        QTest::keyClicks(secret, Secret);
        QTest::keyClicks(repeat, Secret + u'x');
        QTest::keyClick(repeat, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(f.session->needsFirstRun());

        // Right, with the sample data: Tab to the check box, Space, Return.
        QTest::keyClicks(repeat, Secret);
        repeat->setFocus();
        tab();
        auto *sample = child<QCheckBox>(&dialog, "sampleCheck");
        QCOMPARE(QApplication::focusWidget(), sample);
        QTest::keyClick(sample, Qt::Key_Space);
        QVERIFY(sample->isChecked());
        QTest::keyClick(sample, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.sampleDataLoaded());

        auto admin = OfficerRepository(f.session->db()).byPoliceNumber(QStringLiteral("010001"));
        QVERIFY(admin);
        QCOMPARE(admin.value().role, OfficerRole::Admin);
        QCOMPARE(admin.value().name, QStringLiteral("Wang Admin"));
        QCOMPARE(admin.value().unitName, QStringLiteral("Chengguan PS"));
        QVERIFY(admin.value().hasSecret);
        QVERIFY(OfficerRepository(f.session->db()).verifySecret(admin.value().id, Secret));
        QVERIFY(f.session->isSignedIn());
        QCOMPARE(f.session->officer()->id, admin.value().id);
        QVERIFY(DemoData::isLoaded(f.session->db()));
        QCOMPARE(UnitRepository(f.session->db()).list().value().size(), DemoData::units().size());
        const auto loads = f.audit(QStringLiteral("demo.load"));
        QCOMPARE(loads.size(), 1);
        QCOMPARE(loads.first().actorId, admin.value().id); // loaded by the signed-in administrator
        QCOMPARE(f.audit(QStringLiteral("session.sign-in")).size(), 1);
        QVERIFY(AuditLog(f.session->db()).verify().value().ok);
    }

    void signInWrongThenRight()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.addOfficer());
        QVERIFY(!f.session->needsFirstRun());
        SignInDialog dialog(*f.session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *number = child<QLineEdit>(&dialog, "policeNumberEdit");
        auto *secret = child<QLineEdit>(&dialog, "secretEdit");
        QVERIFY(number->hasFocus());
        QVERIFY(typeIntoFocus(QStringLiteral("012345")));
        tab();
        QCOMPARE(QApplication::focusWidget(), secret);
        QVERIFY(typeIntoFocus(QStringLiteral("wache-2025")));
        QTest::keyClick(secret, Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // stays open
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(secret->text().isEmpty());
        QVERIFY(!f.session->isSignedIn());
        AuditEntry e = f.lastAudit();
        QCOMPARE(e.action, QStringLiteral("session.sign-in-failed"));
        QCOMPARE(e.entityId, f.officer.id);

        QTest::keyClicks(secret, Secret);
        QTest::keyClick(secret, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QVERIFY(f.session->isSignedIn());
        e = f.lastAudit();
        QCOMPARE(e.action, QStringLiteral("session.sign-in"));
        QCOMPARE(e.actorId, f.officer.id);
    }

    void idleLockThenUnlock()
    {
        Fixture f;
        QVERIFY(f.openSignedIn());
        MainWindow window(*f.session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *status = child<QLabel>(&window, "officerLabel");
        QVERIFY(status->text().contains(QStringLiteral("张三")));
        QVERIFY(status->text().contains(QStringLiteral("012345")));

        ScreenLock &lock = window.screenLock();
        QCOMPARE(lock.idleTimeout(), 10 * 60 * 1000); // the default setting
        lock.setIdleTimeout(300);
        QTRY_VERIFY_WITH_TIMEOUT(lock.isLocked(), 10000);
        QVERIFY(!window.centralWidget()->isVisible());
        LockDialog *dialog = lock.lockDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);

        auto *secret = child<QLineEdit>(dialog, "secretEdit");
        QTest::keyClick(secret, Qt::Key_Escape); // Escape does not unlock
        QVERIFY(lock.isLocked());
        QTest::keyClicks(secret, QStringLiteral("not-it"));
        QTest::keyClick(secret, Qt::Key_Return);
        QVERIFY(lock.isLocked());
        QVERIFY(!dialog->errorText().isEmpty());
        QCOMPARE(f.lastAudit().action, QStringLiteral("session.unlock-failed"));

        lock.setIdleTimeout(0); // no new lock while the test goes on
        QTest::keyClicks(secret, Secret);
        QTest::keyClick(secret, Qt::Key_Return);
        QVERIFY(!lock.isLocked());
        QVERIFY(window.centralWidget()->isVisible());
        const AuditEntry e = f.lastAudit();
        QCOMPARE(e.action, QStringLiteral("session.unlock"));
        QCOMPARE(e.actorId, f.officer.id);
        QVERIFY(f.session->isSignedIn());
    }

    void lockBySignOutThenSignInAgain()
    {
        Fixture f;
        QVERIFY(f.openSignedIn());
        f.settings->setValue(Settings::Key::IdleLockMinutes, 0);
        MainWindow window(*f.session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ScreenLock &lock = window.screenLock();
        QCOMPARE(lock.idleTimeout(), 0); // 0 = never

        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier); // File ▸ Lock
        QVERIFY(lock.isLocked());
        QVERIFY(!window.centralWidget()->isVisible());
        auto *signOut = child<QPushButton>(lock.lockDialog(), "signOutButton");
        QTest::mouseClick(signOut, Qt::LeftButton);
        QVERIFY(!lock.isLocked());
        QVERIFY(!f.session->isSignedIn());
        QCOMPARE(f.lastAudit().action, QStringLiteral("session.sign-out"));
        QVERIFY(!window.centralWidget()->isVisible());
        auto *status = child<QLabel>(&window, "officerLabel");
        QVERIFY(!status->text().contains(QStringLiteral("012345")));

        SignInDialog *signIn = lock.signInDialog();
        QVERIFY(signIn);
        QVERIFY(QTest::qWaitForWindowExposed(signIn));
        QTest::keyClicks(child<QLineEdit>(signIn, "policeNumberEdit"), QStringLiteral("012345"));
        auto *secret = child<QLineEdit>(signIn, "secretEdit");
        QTest::keyClicks(secret, Secret);
        QTest::keyClick(secret, Qt::Key_Return);
        QVERIFY(f.session->isSignedIn());
        QVERIFY(window.centralWidget()->isVisible());
        QVERIFY(status->text().contains(QStringLiteral("012345")));
        QCOMPARE(f.lastAudit().action, QStringLiteral("session.sign-in"));
    }

    void quittingSignsOut()
    {
        Fixture f;
        QVERIFY(f.openSignedIn());
        MainWindow window(*f.session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier); // File ▸ Quit
        QTRY_VERIFY(!window.isVisible());
        QVERIFY(!f.session->isSignedIn());
        const AuditEntry e = f.lastAudit();
        QCOMPARE(e.action, QStringLiteral("session.sign-out"));
        QCOMPARE(e.actorId, f.officer.id);
        QCOMPARE(e.details.value(QStringLiteral("reason")).toString(), QStringLiteral("app-closed"));
        QCOMPARE(f.audit(QStringLiteral("session.sign-out")).size(), 1);
        QVERIFY(AuditLog(f.session->db()).verify().value().ok);
    }

    void closingWithNobodySignedInAuditsNothing()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.addOfficer());
        MainWindow window(*f.session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qint64 before = f.lastAudit().seq;
        QVERIFY(window.close());
        QCOMPARE(f.lastAudit().seq, before);
    }

    void firstRunAfterTheSampleData()
    {
        // `psvctl demo` on a new device: sample officers without a secret. The first run is still
        // offered, without the sample data check box, and records the administrator.
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(DemoData::load(f.session->db(), f.session->actor()));
        QVERIFY(f.session->needsFirstRun());
        FirstRunDialog dialog(*f.session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(!child<QCheckBox>(&dialog, "sampleCheck")->isVisible());
        QVERIFY(typeIntoFocus(QStringLiteral("Wang Admin")));
        tab();
        QVERIFY(typeIntoFocus(QStringLiteral("010001")));
        tab();
        tab();
        QVERIFY(typeIntoFocus(Secret));
        tab();
        QVERIFY(typeIntoFocus(Secret));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.sampleDataLoaded());
        QVERIFY(f.session->isSignedIn());
        QCOMPARE(f.session->officer()->policeNumber, QStringLiteral("010001"));
        QCOMPARE(f.session->officer()->role, OfficerRole::Admin);
        QVERIFY(!f.session->needsFirstRun());
        QCOMPARE(OfficerRepository(f.session->db()).list().value().size(), DemoData::officers().size() + 1);
    }
};

QTEST_MAIN(TestSignIn)
#include "TestSignIn.moc"
