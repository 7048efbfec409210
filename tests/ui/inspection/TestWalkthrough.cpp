// GUI tests of the inspection walkthrough, driven by the keyboard on the real widgets with a real
// store: a whole general inspection from the new-inspection wizard to every item's result, the
// Art. 17 and Art. 16 checks, and resuming after the app was killed with SIGKILL mid-walkthrough.
#include "AppSession.h"
#include "HelpDialog.h"
#include "InspectionRepository.h"
#include "InspectionsPage.h"
#include "ItemResultRepository.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NewInspectionWizard.h"
#include "OfficerRepository.h"
#include "SealService.h"
#include "Settings.h"
#include "SiteRepository.h"
#include "UnitRepository.h"
#include "WalkthroughWidget.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace psv;
using namespace psv::ui;

namespace {

const char *const ChildDirVar = "PSV_TEST_WALK_CHILD_DIR";
const char *const ChildInspectionVar = "PSV_TEST_WALK_CHILD_INSPECTION";
// QTest::keyClicks types Latin-1 only.
const QString Typed = QStringLiteral("No one on duty; 3 cameras dark");

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<AppSession> session;
    Site site;
    Officer me, colleague;

    bool open()
    {
        settings = std::make_unique<Settings>(dir.path());
        auto s = AppSession::open(dir.path(), *settings);
        if (!s) {
            qWarning() << s.error().message;
            return false;
        }
        session = std::move(s).value();
        return true;
    }

    bool populate()
    {
        if (!open())
            return false;
        const Actor actor = session->actor();
        Unit u;
        u.name = QStringLiteral("示例商场有限公司");
        u.type = UnitType::Enterprise;
        u.uscc = QStringLiteral("914403001922038216");
        auto unit = UnitRepository(session->db()).add(u, actor);
        if (!unit)
            return false;
        Site s;
        s.unitId = unit.value().id;
        s.name = QStringLiteral("示例商场 Mall CCTV");
        s.address = QStringLiteral("示例路1号");
        s.category = PlaceCategory::Art7_2_1;
        s.inUseSince = QDate(2025, 8, 10);
        auto added = SiteRepository(session->db()).add(s, actor);
        if (!added)
            return false;
        site = added.value();
        OfficerRepository officers(session->db());
        Officer a;
        a.name = QStringLiteral("王警官");
        a.policeNumber = QStringLiteral("100001");
        Officer b;
        b.name = QStringLiteral("李警官");
        b.policeNumber = QStringLiteral("100002");
        auto ar = officers.add(a, {}, actor);
        auto br = officers.add(b, {}, actor);
        if (!ar || !br)
            return false;
        me = ar.value();
        colleague = br.value();
        return bool(session->signIn(me.policeNumber, QString()));
    }

    QString draftInspection(const QDateTime &startedAt = QDateTime::currentDateTimeUtc())
    {
        Inspection i;
        i.siteId = site.id;
        const auto national = session->checklists().find(QStringLiteral("mps-2025"));
        i.checklistId = national->id();
        i.checklistVersion = QString::number(national->version());
        i.checklistHash = national->contentHash();
        i.inspectorIds = {me.id, colleague.id};
        i.startedAt = startedAt;
        auto r = InspectionRepository(session->db()).create(i, session->actor());
        return r ? r.value().id : QString();
    }
};

// A key to whatever has the keyboard focus, as a person would press it.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *w = QApplication::focusWidget();
    QVERIFY2(w, "nothing has the keyboard focus");
    QTest::keyClick(w, Qt::Key(key), modifiers);
    QCoreApplication::processEvents();
}

// PSV_TEST_SCREENSHOT_DIR=DIR: keep pictures of the screens the test passes through.
void screenshot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("PSV_TEST_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + QLatin1String(name) + QStringLiteral(".png"));
}

void type(const QString &text)
{
    QWidget *w = QApplication::focusWidget();
    QVERIFY2(w, "nothing has the keyboard focus");
    QTest::keyClicks(w, text);
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// Child mode of the crash test: open the draft, type an observation, go to item 5, say "ready" and
// wait to be killed.
int runChild()
{
    const QString dir = qEnvironmentVariable(ChildDirVar);
    Settings settings(dir);
    auto session = AppSession::open(dir, settings);
    if (!session)
        return 3;
    InspectionsPage page(*session.value());
    if (!page.openInspection(qEnvironmentVariable(ChildInspectionVar)))
        return 6;
    page.show();
    if (!QTest::qWaitForWindowActive(&page))
        return 4;
    page.walkthrough()->focusItemList();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), Typed);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down, Qt::ControlModifier);
    if (page.walkthrough()->currentItemKey() != QLatin1String("5"))
        return 5;
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    return QApplication::exec();
}

} // namespace

class TestWalkthrough : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void completeGeneralInspectionByKeyboard()
    {
        Fixture f;
        QVERIFY(f.populate());
        InspectionsPage page(*f.session);
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        press(Qt::Key_N, Qt::ControlModifier);
        NewInspectionWizard *wizard = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((wizard = page.findChild<NewInspectionWizard *>()) && wizard->isVisible(), 10000);
        QVERIFY(QTest::qWaitForWindowActive(wizard));
        QCoreApplication::processEvents();

        // Site: search, Enter.
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(wizard, "siteSearch"));
        type(QStringLiteral("Mall"));
        QCOMPARE(child<QListWidget>(wizard, "siteList")->count(), 1);
        press(Qt::Key_Return);
        // Kind: a station officer at an Art. 7 place gets a general inspection.
        QTRY_COMPARE(wizard->currentPage(), child<QWizardPage>(wizard, "kindPage"));
        QCOMPARE(child<QComboBox>(wizard, "kindCombo")->currentData().toString(), QStringLiteral("general"));
        screenshot(wizard, "wizard-kind");
        QVERIFY(child<QLabel>(wizard, "checklistLabel")->text().contains(QStringLiteral("mps-2025")));
        press(Qt::Key_Return);
        // People: only the signed-in officer is ticked; one inspector is refused.
        QTRY_COMPARE(wizard->currentPage(), child<QWizardPage>(wizard, "peoplePage"));
        auto *officers = child<QListWidget>(wizard, "officerList");
        QCOMPARE(officers->item(0)->data(Qt::UserRole).toString(), f.me.id);
        QCOMPARE(officers->item(0)->checkState(), Qt::Checked);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        press(Qt::Key_Return);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("two inspecting officers")));
        QCOMPARE(wizard->currentPage(), child<QWizardPage>(wizard, "peoplePage"));
        QCOMPARE(QApplication::focusWidget(), officers);
        press(Qt::Key_Down);
        press(Qt::Key_Space);
        QCOMPARE(officers->item(1)->checkState(), Qt::Checked);
        screenshot(wizard, "wizard-people");
        press(Qt::Key_P, Qt::AltModifier); // representative
        type(QStringLiteral("Zhao Jingli"));
        press(Qt::Key_W, Qt::AltModifier);
        type(QStringLiteral("Qian Jianzheng"));
        press(Qt::Key_Return);
        // Trigger: routine; Enter starts the inspection.
        QTRY_COMPARE(wizard->currentPage(), child<QWizardPage>(wizard, "triggerPage"));
        press(Qt::Key_Return);
        QTRY_VERIFY(page.isWalkthroughShown());

        auto list = InspectionRepository(f.session->db()).list();
        QVERIFY(list);
        QCOMPARE(list.value().size(), 1);
        auto inspection = InspectionRepository(f.session->db()).get(list.value().first().id);
        QVERIFY(inspection);
        QCOMPARE(inspection.value().kind, InspectionKind::General);
        QCOMPARE(inspection.value().trigger, InspectionTrigger::Routine);
        QCOMPARE(inspection.value().inspectorIds, QStringList({f.me.id, f.colleague.id}));
        QCOMPARE(inspection.value().recorderId, f.me.id);
        QCOMPARE(inspection.value().representative, QStringLiteral("Zhao Jingli"));
        QCOMPARE(inspection.value().witness, QStringLiteral("Qian Jianzheng"));
        QCOMPARE(inspection.value().status, InspectionStatus::Draft);

        // Walkthrough: every item by keys; item 2 non-compliant with an observation.
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        WalkthroughWidget *walk = page.walkthrough();
        const QStringList keys = walk->itemKeys();
        QVERIFY(keys.size() >= 7);
        QCOMPARE(walk->currentItemKey(), keys.first());
        for (int i = 0; i < keys.size(); ++i) {
            QCOMPARE(walk->currentItemKey(), keys[i]);
            if (keys[i] == QLatin1String("2")) {
                press(Qt::Key_2);
                press(Qt::Key_E, Qt::ControlModifier);
                QCOMPARE(QApplication::focusWidget(), child<QPlainTextEdit>(walk, "observationEdit"));
                type(Typed);
                press(Qt::Key_3); // typed into the text, not a result
                screenshot(&page, "walkthrough");
                press(Qt::Key_Down, Qt::ControlModifier);
            } else {
                if (keys[i] == QLatin1String("4")) {
                    // The last structured observation is just before the observation text.
                    press(Qt::Key_E, Qt::ControlModifier);
                    press(Qt::Key_Backtab, Qt::ShiftModifier);
                    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(walk, "observation_filed-retention-days"));
                    type(QStringLiteral("30"));
                    QCOMPARE(child<QLineEdit>(walk, "observation_filed-retention-days")->text(), QStringLiteral("30"));
                }
                // Once a text field has the focus (it keeps it from item to item), digits are text
                // there and Alt+digit sets the result.
                QWidget *focus = QApplication::focusWidget();
                const bool inText = qobject_cast<QPlainTextEdit *>(focus) || qobject_cast<QLineEdit *>(focus);
                press(i % 2 ? Qt::Key_1 : Qt::Key_3, inText || i % 3 == 0 ? Qt::AltModifier : Qt::NoModifier);
                press(Qt::Key_PageDown);
            }
        }
        QCOMPARE(walk->checkedCount(), int(keys.size()));
        // Fits 1366×768 beside the navigation, under the menu and status bars.
        qInfo() << "walkthrough minimum size" << walk->minimumSizeHint();
        QVERIFY(walk->minimumSizeHint().width() <= 1100);
        QVERIFY(walk->minimumSizeHint().height() <= 680);
        QVERIFY(child<QLabel>(walk, "progressLabel")->text().startsWith(QStringLiteral("%1/%1").arg(keys.size())));

        auto results = ItemResultRepository(f.session->db()).list(inspection.value().id);
        QVERIFY(results);
        QCOMPARE(results.value().size(), keys.size());
        for (const ItemResult &r : results.value()) {
            const int i = int(keys.indexOf(r.itemKey));
            QVERIFY2(i >= 0, qPrintable(r.itemKey));
            if (r.itemKey == QLatin1String("2")) {
                QCOMPARE(r.status, ItemStatus::NonCompliant);
                QCOMPARE(r.observation, Typed + u'3');
            } else {
                QCOMPARE(r.status, i % 2 ? ItemStatus::Compliant : ItemStatus::NotApplicable);
                QVERIFY(r.observation.isEmpty());
                if (r.itemKey == QLatin1String("4"))
                    QCOMPARE(r.observations, QJsonObject({{QStringLiteral("filed-retention-days"), 30}}));
                else
                    QVERIFY2(r.observations.isEmpty(), qPrintable(r.itemKey));
            }
        }
        // 0 sets an item back to not checked; PgUp goes back.
        press(Qt::Key_PageUp);
        QCOMPARE(walk->currentItemKey(), keys[keys.size() - 2]);
        press(Qt::Key_0, Qt::AltModifier);
        QCOMPARE(walk->checkedCount(), int(keys.size()) - 1);
        auto back = ItemResultRepository(f.session->db()).find(inspection.value().id, keys[keys.size() - 2]);
        QVERIFY(back && back.value());
        QCOMPARE(back.value()->status, ItemStatus::NotChecked);

        // The buttons for the other dialogs say which inspection.
        QSignalSpy outcome(&page, &InspectionsPage::outcomeRequested);
        press(Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(outcome.size(), 1);
        QCOMPARE(outcome.first().first().toString(), inspection.value().id);
    }

    void warnsWhenInspectedWithinTheRepeatPeriod()
    {
        Fixture f;
        QVERIFY(f.populate());
        const QString earlier = f.draftInspection(QDateTime::currentDateTimeUtc().addDays(-5));
        QVERIFY(!earlier.isEmpty());
        NewInspectionWizard wizard(*f.session, f.site.id);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QCoreApplication::processEvents();
        QCOMPARE(child<QListWidget>(&wizard, "siteList")->currentItem()->data(Qt::UserRole).toString(), f.site.id);
        press(Qt::Key_Return);
        QTRY_COMPARE(wizard.currentPage(), child<QWizardPage>(&wizard, "kindPage"));
        press(Qt::Key_Return);
        QTRY_COMPARE(wizard.currentPage(), child<QWizardPage>(&wizard, "peoplePage"));
        child<QListWidget>(&wizard, "officerList")->setFocus();
        press(Qt::Key_Down);
        press(Qt::Key_Space);
        press(Qt::Key_Return);
        QTRY_COMPARE(wizard.currentPage(), child<QWizardPage>(&wizard, "triggerPage"));
        MessageBox::setNextAnswer(QMessageBox::No);
        press(Qt::Key_Return);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Art. 17")));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("within the last 30 day")));
        QCOMPARE(wizard.currentPage(), child<QWizardPage>(&wizard, "triggerPage"));
        QCOMPARE(InspectionRepository(f.session->db()).list().value().size(), 1);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        press(Qt::Key_Return);
        QTRY_VERIFY(!wizard.isVisible());
        QVERIFY(!wizard.createdInspectionId().isEmpty());
        QCOMPARE(InspectionRepository(f.session->db()).list().value().size(), 2);
    }

    void reportTriggerNeedsItsReference()
    {
        Fixture f;
        QVERIFY(f.populate());
        f.settings->setValue(Settings::Key::RepeatInspectionDays, 0);
        NewInspectionWizard wizard(*f.session, f.site.id);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QCoreApplication::processEvents();
        press(Qt::Key_Return);
        press(Qt::Key_Return);
        QTRY_COMPARE(wizard.currentPage(), child<QWizardPage>(&wizard, "peoplePage"));
        child<QListWidget>(&wizard, "officerList")->setFocus();
        press(Qt::Key_Down);
        press(Qt::Key_Space);
        press(Qt::Key_Return);
        QTRY_COMPARE(wizard.currentPage(), child<QWizardPage>(&wizard, "triggerPage"));
        press(Qt::Key_E, Qt::AltModifier); // checking a report
        QTRY_VERIFY(child<QRadioButton>(&wizard, "reportRadio")->isChecked());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        press(Qt::Key_Return);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Art. 16")));
        QVERIFY(InspectionRepository(f.session->db()).list().value().isEmpty());
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&wizard, "reportReferenceEdit"));
        type(QStringLiteral("JB-2026-0042"));
        press(Qt::Key_Return);
        QTRY_VERIFY(!wizard.isVisible());
        auto created = InspectionRepository(f.session->db()).get(wizard.createdInspectionId());
        QVERIFY(created);
        QCOMPARE(created.value().trigger, InspectionTrigger::Report);
        QCOMPARE(created.value().reportReference, QStringLiteral("JB-2026-0042"));
    }

    void resumesAfterTheAppWasKilled()
    {
        Fixture f;
        QVERIFY(f.populate());
        const QString id = f.draftInspection();
        QVERIFY(!id.isEmpty());
        f.session.reset();
        f.settings.reset();

        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(ChildDirVar), f.dir.path());
        env.insert(QString::fromLatin1(ChildInspectionVar), id);
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QDeadlineTimer deadline(60000);
        while (!out.contains("ready") && process.state() == QProcess::Running && !deadline.hasExpired())
            if (process.waitForReadyRead(1000))
                out += process.readAllStandardOutput();
        QVERIFY2(out.contains("ready"), out.constData());
        process.kill(); // SIGKILL
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        QVERIFY(f.open());
        InspectionsPage page(*f.session);
        QVERIFY(page.isWalkthroughShown());
        QCOMPARE(page.walkthrough()->inspectionId(), id);
        QCOMPARE(page.walkthrough()->currentItemKey(), QStringLiteral("5"));
        auto first = ItemResultRepository(f.session->db()).find(id, QStringLiteral("1"));
        QVERIFY(first && first.value());
        QCOMPARE(first.value()->observation, Typed);
        page.walkthrough()->goToItem(QStringLiteral("1"));
        QCOMPARE(child<QPlainTextEdit>(page.walkthrough(), "observationEdit")->toPlainText(), Typed);
    }

    void sealedInspectionsOpenReadOnly()
    {
        Fixture f;
        QVERIFY(f.populate());
        const QString id = f.draftInspection();
        InspectionsPage page(*f.session);
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(page.openInspection(id));
        QVERIFY(!page.walkthrough()->isReadOnly());
        press(Qt::Key_1);
        QCOMPARE(page.walkthrough()->checkedCount(), 1);

        // Sealed meanwhile (by the completion dialog): the open walkthrough turns read-only.
        QVERIFY(InspectionRepository(f.session->db()).setStatus(id, InspectionStatus::Completed, f.session->actor()));
        QVERIFY(SealService(f.session->db()).seal(id, f.session->actor()));
        QVERIFY(page.walkthrough()->isReadOnly());
        press(Qt::Key_2);
        press(Qt::Key_3, Qt::AltModifier);
        auto items = ItemResultRepository(f.session->db()).list(id);
        QVERIFY(items);
        QCOMPARE(items.value().size(), 1);
        QCOMPARE(items.value().first().status, ItemStatus::Compliant);
        QVERIFY(child<QPlainTextEdit>(page.walkthrough(), "observationEdit")->isReadOnly());

        // And opens read-only.
        InspectionsPage again(*f.session);
        QVERIFY(again.openInspection(id));
        QVERIFY(again.walkthrough()->isReadOnly());
    }

    void mainWindowReturnsToTheOpenDraft()
    {
        Fixture f;
        QVERIFY(f.populate());
        const QString id = f.draftInspection();
        f.settings->setValue(Settings::Key::LastInspectionId, id);
        f.settings->setValue(Settings::Key::LastInspectionItem, QStringLiteral("3"));
        MainWindow window(*f.session);
        QCOMPARE(window.currentPage(), MainWindow::Page::Inspections);
        auto *page = window.findChild<InspectionsPage *>(QStringLiteral("inspectionsPage"));
        QVERIFY(page);
        QVERIFY(page->isWalkthroughShown());
        QCOMPARE(page->walkthrough()->currentItemKey(), QStringLiteral("3"));
    }

    void helpListsTheWalkthroughKeys()
    {
        const QString html = HelpDialog::helpHtml();
        for (const char *keys : {"1, 2, 3, 0", "Alt+1", "PgDown", "Ctrl+Down", "PgUp", "Ctrl+E", "Ctrl+N", "F1"})
            QVERIFY2(html.contains(QString::fromLatin1(keys)), keys);
        QVERIFY(html.contains(QStringLiteral("Tab order")));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(ChildDirVar))
        return runChild();
    TestWalkthrough test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestWalkthrough.moc"
