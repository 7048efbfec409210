// UnitDialog on a real store: the USCC is checked as it is typed with the exact problem beside it,
// OK stays disabled until the form is valid, and only a valid unit reaches the database.
#include "AppSession.h"
#include "KeyboardInput.h"
#include "Settings.h"
#include "UnitDialog.h"
#include "UnitRepository.h"
#include "Uscc.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;
using namespace psv::ui;

namespace {
const QString ValidCode = QStringLiteral("914403001922038216");

int count(AppSession &session, const QString &sql)
{
    QSqlQuery q(session.db().sql());
    q.exec(sql);
    return q.next() ? q.value(0).toInt() : -1;
}

template<typename T> T *child(QWidget &w, const char *name)
{
    auto *c = w.findChild<T *>(QLatin1String(name));
    if (!c)
        qWarning() << "no child" << name;
    return c;
}
} // namespace

class TestUnitDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->path());
        auto s = AppSession::open(m_dir->path(), *m_settings);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().text()));
        m_session = std::move(s).value();
    }
    void cleanup()
    {
        m_session.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void invalidUsccShowsTheExactProblemAndSavesNothing_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("length") << QStringLiteral("9144030019");
        QTest::newRow("character") << QStringLiteral("91440300I92203821X");
        QString wrongCheck = ValidCode.left(17) + (ValidCode.back() == u'0' ? u'1' : u'0');
        QTest::newRow("check") << wrongCheck;
    }
    void invalidUsccShowsTheExactProblemAndSavesNothing()
    {
        QFETCH(QString, typed);
        UnitDialog dialog(*m_session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing typed yet
        typeText(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("示例商场有限公司"));
        typeText(child<QLineEdit>(dialog, "usccEdit"), typed);
        auto *problem = child<QLabel>(dialog, "usccProblem");
        const Uscc::Verdict verdict = Uscc::check(typed);
        QVERIFY(!verdict.ok());
        QCOMPARE(problem->text(), verdict.message());
        QVERIFY(problem->isVisible());
        if (verdict.problem == Uscc::Problem::BadCharacter)
            QVERIFY(problem->text().contains(QStringLiteral("9")) && problem->text().contains(QStringLiteral("'I'")));
        if (verdict.problem == Uscc::Problem::WrongCheckCharacter)
            QVERIFY(problem->text().contains(QStringLiteral("'%1'").arg(ValidCode.back())));
        QVERIFY(!ok->isEnabled());
        QTest::keyClick(child<QLineEdit>(dialog, "usccEdit"), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.saved());
        QCOMPARE(count(*m_session, QStringLiteral("SELECT COUNT(*) FROM units")), 0);

        // Correcting the code clears the problem and enables OK.
        child<QLineEdit>(dialog, "usccEdit")->clear();
        typeText(child<QLineEdit>(dialog, "usccEdit"), ValidCode);
        QCOMPARE(problem->text(), QString());
        QVERIFY(ok->isEnabled());
    }

    void addsAUnitByKeyboardAlone()
    {
        UnitDialog dialog(*m_session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const auto type = [&dialog](const QString &text) {
            typeText(dialog.focusWidget(), text);
        };
        const auto tab = [&dialog] {
            QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
        };
        QCOMPARE(dialog.focusWidget()->objectName(), QStringLiteral("nameEdit"));
        type(QStringLiteral("示例商场有限公司"));
        tab();
        QCOMPARE(dialog.focusWidget()->objectName(), QStringLiteral("typeCombo"));
        tab();
        type(QStringLiteral("9144 0300 1922 0382 16").toLower()); // spaces and case are normalised
        tab();
        type(QStringLiteral("重庆市渝中区解放碑1号"));
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Return);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.saved());

        auto stored = UnitRepository(m_session->db()).findByUscc(ValidCode);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().text()));
        QCOMPARE(stored.value().name, QStringLiteral("示例商场有限公司"));
        QCOMPARE(stored.value().uscc, ValidCode);
        QCOMPARE(stored.value().address, QStringLiteral("重庆市渝中区解放碑1号"));
        QCOMPARE(stored.value().type, UnitType::Enterprise);
        QCOMPARE(count(*m_session,
                     QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'unit' AND entity_id = '%1'")
                         .arg(stored.value().id)),
            1);
    }

    void anIndividualNeedsNoCode()
    {
        UnitDialog dialog(*m_session);
        typeText(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("王五"));
        auto *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        auto *typeCombo = child<QComboBox>(dialog, "typeCombo");
        typeCombo->setCurrentIndex(typeCombo->findData(QStringLiteral("individual")));
        QVERIFY(ok->isEnabled());
        ok->click();
        QVERIFY(dialog.saved());
        QCOMPARE(dialog.saved()->uscc, QString());
        QCOMPARE(count(*m_session, QStringLiteral("SELECT COUNT(*) FROM units WHERE type = 'individual'")), 1);
    }

    void aRefusedWriteShowsTheStoresMessageAndChangesNothing()
    {
        Unit existing;
        existing.name = QStringLiteral("华为技术有限公司");
        existing.uscc = ValidCode;
        QVERIFY(UnitRepository(m_session->db()).add(existing, m_session->actor()));
        const int audits = count(*m_session, QStringLiteral("SELECT COUNT(*) FROM audit_log"));

        UnitDialog dialog(*m_session);
        dialog.show();
        typeText(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("另一家公司"));
        typeText(child<QLineEdit>(dialog, "usccEdit"), ValidCode);
        auto *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled()); // valid on its own; only the store knows the code is taken
        ok->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.saved());
        auto *error = child<QLabel>(dialog, "errorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(ValidCode), qPrintable(error->text()));
        QCOMPARE(count(*m_session, QStringLiteral("SELECT COUNT(*) FROM units")), 1);
        QCOMPARE(count(*m_session, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
    }

    void editsAUnit()
    {
        Unit u;
        u.name = QStringLiteral("旧名称有限公司");
        u.uscc = ValidCode;
        auto added = UnitRepository(m_session->db()).add(u, m_session->actor());
        QVERIFY(added);
        UnitDialog dialog(*m_session, added.value());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *name = child<QLineEdit>(dialog, "nameEdit");
        QCOMPARE(name->text(), u.name);
        name->selectAll();
        typeText(name, QStringLiteral("新名称有限公司"));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(dialog.saved());
        auto stored = UnitRepository(m_session->db()).get(added.value().id);
        QCOMPARE(stored.value().name, QStringLiteral("新名称有限公司"));
        QCOMPARE(count(*m_session, QStringLiteral("SELECT COUNT(*) FROM units")), 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<AppSession> m_session;
};

QTEST_MAIN(TestUnitDialog)
#include "TestUnitDialog.moc"
