// An inspection from an empty data directory to a sealed inspection, as a new officer does it: the real
// MainWindow over an AppSession, driven by the keyboard alone — first run (the administrator), the
// Sites page (a unit and its video system through UnitDialog and SiteDialog), the new-inspection
// wizard (general inspection, two inspectors), every checklist item by its key, one non-compliance
// with its observation, a 责令限期改正 in the findings dialog, and sealing with a written reason
// for the missing body-camera video. Then the store says what happened: the seal verifies, the
// items, the order's dates on the working-day calendar, the audit log.
#include "AppSession.h"
#include "AuditLog.h"
#include "CompletionDialog.h"
#include "FirstRunDialog.h"
#include "InspectionRepository.h"
#include "InspectionsPage.h"
#include "ItemResultRepository.h"
#include "KeyboardInput.h"
#include "MainWindow.h"
#include "ModalDriver.h"
#include "NewInspectionWizard.h"
#include "OfficerRepository.h"
#include "OfficersDialog.h"
#include "OrderRepository.h"
#include "OutcomeDialog.h"
#include "SealService.h"
#include "Settings.h"
#include "SiteDialog.h"
#include "SiteRepository.h"
#include "SitesPage.h"
#include "UnitDialog.h"
#include "UnitRepository.h"
#include "WalkthroughWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;
using namespace psv::ui;

namespace {

const QString Uscc = QStringLiteral("914403001922038216");
const QString UnitName = QStringLiteral("示例商场有限公司");
const QString SiteName = QStringLiteral("示例商场监控系统");
const QString Observation = QStringLiteral("主要出入口未设置提示标识");
const QString Reason = QStringLiteral("执法记录仪电量耗尽，检查过程由手机录像，已另行存档");

// Keys to whatever has the keyboard focus, as a person presses them: what the key posted (a
// field shown, a layout done) happens before the next one.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *w = QApplication::focusWidget();
    QVERIFY2(w, "nothing has the keyboard focus");
    QTest::keyClick(w, Qt::Key(key), modifiers);
    QCoreApplication::processEvents();
}

void type(const QString &text)
{
    QWidget *w = QApplication::focusWidget();
    QVERIFY2(w, "nothing has the keyboard focus");
    typeText(w, text);
}

QString focusName()
{
    QWidget *w = QApplication::focusWidget();
    return w ? w->objectName() : QString();
}

bool isTextField(QWidget *w)
{
    return qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w);
}

// The n-th working day after from on the calendar, counted day by day (start day not counted).
QDate workingDaysAfter(const WorkCalendar &calendar, QDate from, int n)
{
    while (n > 0) {
        from = from.addDays(1);
        if (calendar.isWorkingDay(from))
            --n;
    }
    return from;
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    auto *c = parent->findChild<T *>(QLatin1String(name));
    if (!c)
        qWarning() << "no child" << name << "in" << parent;
    return c;
}

} // namespace

class TestInspectionEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fromAnEmptyDeviceToASealedInspectionByKeyboard()
    {
        QTemporaryDir dir;
        Settings settings(dir.path());
        auto opened = AppSession::open(dir.path(), settings);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().text()));
        AppSession &session = *opened.value();

        // First run: the administrator, in tab order; Enter creates and signs in.
        QVERIFY(session.needsFirstRun());
        {
            FirstRunDialog first(session);
            first.show();
            QVERIFY(QTest::qWaitForWindowActive(&first));
            QCOMPARE(focusName(), QStringLiteral("nameEdit"));
            type(QStringLiteral("王警官"));
            press(Qt::Key_Tab);
            type(QStringLiteral("100001"));
            press(Qt::Key_Tab);
            type(QStringLiteral("城关派出所"));
            press(Qt::Key_Tab);
            type(QStringLiteral("Wache-2026"));
            press(Qt::Key_Tab);
            type(QStringLiteral("Wache-2026"));
            press(Qt::Key_Return);
            QCOMPARE(first.result(), int(QDialog::Accepted));
        }
        QVERIFY(session.isSignedIn());
        const Officer admin = *session.officer();
        QVERIFY(!session.needsFirstRun());
        MainWindow window(session);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // The second inspector: Tools ▸ Officers (Alt+T, O), added by the administrator.
        bool officersDriven = false;
        whenModal<OfficersDialog>([&](OfficersDialog *d) {
            press(Qt::Key_N, Qt::AltModifier);
            QCOMPARE(focusName(), QStringLiteral("nameEdit"));
            type(QStringLiteral("李警官"));
            press(Qt::Key_P, Qt::AltModifier);
            type(QStringLiteral("100002"));
            press(Qt::Key_S, Qt::AltModifier);
            type(QStringLiteral("Posten-2026"));
            press(Qt::Key_E, Qt::AltModifier);
            type(QStringLiteral("Posten-2026"));
            press(Qt::Key_A, Qt::AltModifier); // &Add officer
            QTRY_COMPARE(d->officerCount(), 2);
            press(Qt::Key_Escape);
            QVERIFY(!d->isVisible());
            officersDriven = true;
        });
        press(Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY(QApplication::activePopupWidget());
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_O);
        QTRY_VERIFY(officersDriven);
        auto colleague = OfficerRepository(session.db()).byPoliceNumber(QStringLiteral("100002"));
        QVERIFY(colleague);
        QVERIFY(colleague.value().hasSecret);
        window.activateWindow(); // as a window manager does when a dialog closes
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Sites & units (Ctrl+3), empty: Ctrl+Shift+N adds a unit, then its video system.
        press(Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Sites);
        auto *sites = window.findChild<SitesPage *>();
        QVERIFY(sites && sites->showsEmptyState());
        bool unitDriven = false, askedForSystem = false, siteDriven = false;
        whenModal<UnitDialog>([&](UnitDialog *d) {
            QCOMPARE(focusName(), QStringLiteral("nameEdit"));
            type(UnitName);
            press(Qt::Key_Tab); // type: enterprise
            press(Qt::Key_Tab);
            QCOMPARE(focusName(), QStringLiteral("usccEdit"));
            type(Uscc);
            press(Qt::Key_Return);
            QVERIFY(!d->isVisible());
            unitDriven = true;
        });
        whenModal<QMessageBox>([&](QMessageBox *box) {
            QVERIFY2(box->text().contains(UnitName), qPrintable(box->text())); // "add its video system now?"
            press(Qt::Key_Return); // Yes is the default
            QTRY_VERIFY(!box->isVisible());
            askedForSystem = true;
        });
        whenModal<SiteDialog>([&](SiteDialog *d) {
            QCOMPARE(focusName(), QStringLiteral("unitCombo"));
            QVERIFY(d->fields().unitId.size() > 0);
            press(Qt::Key_Tab); // "New unit…"
            press(Qt::Key_Tab);
            QCOMPARE(focusName(), QStringLiteral("nameEdit"));
            type(SiteName);
            press(Qt::Key_Tab);
            type(QStringLiteral("重庆市渝中区解放碑1号"));
            press(Qt::Key_Tab); // place category: a crowded public place (the default)
            press(Qt::Key_Tab); // jurisdiction: none
            press(Qt::Key_Tab);
            QCOMPARE(focusName(), QStringLiteral("inUseKnown"));
            press(Qt::Key_Space);
            press(Qt::Key_Tab); // the date: today; a year back with Down on the year
            press(Qt::Key_Down);
            press(Qt::Key_Tab);
            press(Qt::Key_Tab);
            press(Qt::Key_Tab);
            QCOMPARE(focusName(), QStringLiteral("cameraCountSpin"));
            type(QStringLiteral("24"));
            press(Qt::Key_Return);
            QVERIFY(!d->isVisible());
            siteDriven = true;
        });
        press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(unitDriven && askedForSystem && siteDriven);
        auto unit = UnitRepository(session.db()).findByUscc(Uscc);
        QVERIFY(unit);
        QCOMPARE(unit.value().name, UnitName);
        SiteFilter siteFilter;
        siteFilter.unitId = unit.value().id;
        const auto siteList = SiteRepository(session.db()).list(siteFilter);
        QVERIFY(siteList && siteList.value().size() == 1);
        const Site site = siteList.value().first();
        QCOMPARE(site.name, SiteName);
        QCOMPARE(site.category, PlaceCategory::Art7_2_1);
        QCOMPARE(site.inUseSince, QDate::currentDate().addYears(-1));
        QCOMPARE(site.cameraCount, 24);
        QVERIFY(!sites->showsEmptyState());
        QCOMPARE(sites->currentSiteId(), site.id);

        // Ctrl+I: a new inspection of the selected system, in the wizard.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        press(Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Inspections);
        NewInspectionWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = qobject_cast<NewInspectionWizard *>(QApplication::activeModalWidget())));
        QVERIFY(QTest::qWaitForWindowActive(wizard));
        QTRY_COMPARE(focusName(), QStringLiteral("siteSearch"));
        QCOMPARE(child<QListWidget>(wizard, "siteList")->currentItem()->data(Qt::UserRole).toString(), site.id);
        press(Qt::Key_Return);
        QTRY_COMPARE(wizard->currentPage(), child<QWizardPage>(wizard, "kindPage"));
        QCOMPARE(child<QComboBox>(wizard, "kindCombo")->currentData().toString(), QStringLiteral("general"));
        press(Qt::Key_Return);
        QTRY_COMPARE(wizard->currentPage(), child<QWizardPage>(wizard, "peoplePage"));
        QTRY_COMPARE(focusName(), QStringLiteral("officerList")); // the signed-in officer is ticked
        press(Qt::Key_Down);
        press(Qt::Key_Space); // and the colleague
        press(Qt::Key_Return);
        QTRY_COMPARE(wizard->currentPage(), child<QWizardPage>(wizard, "triggerPage"));
        QTRY_COMPARE(focusName(), QStringLiteral("routineRadio"));
        press(Qt::Key_Return); // start
        auto *inspections = window.findChild<InspectionsPage *>();
        QTRY_VERIFY(inspections->isWalkthroughShown());
        const auto created = InspectionRepository(session.db()).list();
        QVERIFY(created && created.value().size() == 1);
        const QString inspectionId = created.value().first().id;
        {
            const Inspection i = InspectionRepository(session.db()).get(inspectionId).value();
            QCOMPARE(i.kind, InspectionKind::General);
            QCOMPARE(i.trigger, InspectionTrigger::Routine);
            QCOMPARE(i.siteId, site.id);
            QCOMPARE(i.inspectorIds, QStringList({admin.id, colleague.value().id}));
        }

        // The walkthrough: every item by its key; item 2 non-compliant with what was seen.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        WalkthroughWidget *walk = inspections->walkthrough();
        QCOMPARE(focusName(), QStringLiteral("itemList"));
        const QStringList keys = walk->itemKeys();
        QVERIFY(keys.size() >= 7);
        QHash<QString, ItemStatus> typed;
        for (const QString &key : keys) {
            QCOMPARE(walk->currentItemKey(), key);
            const bool focus = key.toInt() >= 1 && key.toInt() <= 7; // general inspection: items 1–7
            // In a text field a digit is text: Alt+digit sets the result there.
            const Qt::KeyboardModifiers mods
                = isTextField(QApplication::focusWidget()) ? Qt::AltModifier : Qt::NoModifier;
            if (key == QLatin1String("2")) {
                press(Qt::Key_2, mods);
                press(Qt::Key_E, Qt::ControlModifier);
                QCOMPARE(focusName(), QStringLiteral("observationEdit"));
                type(Observation);
                // The structured observations are just before the text: the areas without a sign.
                press(Qt::Key_Backtab, Qt::ShiftModifier);
                press(Qt::Key_Backtab, Qt::ShiftModifier);
                QCOMPARE(focusName(), QStringLiteral("observation_areas-without-sign"));
                type(QStringLiteral("2"));
                typed.insert(key, ItemStatus::NonCompliant);
            } else if (focus) {
                press(Qt::Key_1, mods);
                typed.insert(key, ItemStatus::Compliant);
            } else {
                press(Qt::Key_3, mods);
                typed.insert(key, ItemStatus::NotApplicable);
            }
            press(Qt::Key_PageDown);
        }
        QCOMPARE(walk->checkedCount(), int(keys.size()));
        QVERIFY(child<QLabel>(walk, "progressLabel")->text().startsWith(QStringLiteral("%1/%1").arg(keys.size())));

        // Findings and outcome (Alt+D): the proposed 责令改正 becomes a 责令限期改正 of 10 working days.
        bool outcomeDriven = false;
        whenModal<OutcomeDialog>([&](OutcomeDialog *d) {
            QCOMPARE(d->proposalCount(), 1);
            QCOMPARE(focusName(), QStringLiteral("proposalList"));
            QTest::keyClick(d, Qt::Key_K, Qt::AltModifier); // &Kind
            QCOMPARE(focusName(), QStringLiteral("kindCombo"));
            auto *kind = child<QComboBox>(d, "kindCombo");
            while (kind->currentData().toString() != QLatin1String("correction-deadline")
                && kind->currentIndex() + 1 < kind->count())
                press(Qt::Key_Down);
            QCOMPARE(kind->currentData().toString(), QStringLiteral("correction-deadline"));
            QTest::keyClick(d, Qt::Key_P, Qt::AltModifier); // Correction &period
            QCOMPARE(focusName(), QStringLiteral("periodTypeCombo"));
            auto *periodType = child<QComboBox>(d, "periodTypeCombo");
            while (periodType->currentIndex() != 1) // working days
                press(periodType->currentIndex() < 1 ? Qt::Key_Down : Qt::Key_Up);
            press(Qt::Key_Tab);
            QCOMPARE(focusName(), QStringLiteral("periodDaysSpin"));
            press(Qt::Key_A, Qt::ControlModifier);
            type(QStringLiteral("10"));
            QCOMPARE(child<QSpinBox>(d, "periodDaysSpin")->value(), 10);
            QTest::keyClick(d, Qt::Key_I, Qt::AltModifier); // &Issue order
            QTRY_COMPARE(d->issuedCount(), 1);
            press(Qt::Key_Escape);
            QTRY_VERIFY(!d->isVisible());
            outcomeDriven = true;
        });
        press(Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(outcomeDriven);

        // Complete and seal (Alt+C): the video is missing; sealed anyway for a written reason.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        bool completionDriven = false, confirmed = false;
        whenModal<CompletionDialog>([&](CompletionDialog *d) {
            QCOMPARE(d->report().missing.size(), 1);
            QVERIFY(d->report().messages().first().contains(QStringLiteral("video")));
            QTest::keyClick(d, Qt::Key_A, Qt::AltModifier); // Seal &anyway
            QTRY_VERIFY(child<QCheckBox>(d, "overrideCheck")->isChecked());
            press(Qt::Key_Tab);
            QCOMPARE(focusName(), QStringLiteral("reasonEdit"));
            type(Reason);
            whenModal<QMessageBox>([&](QMessageBox *box) {
                QVERIFY2(box->text().contains(QStringLiteral("missing")), qPrintable(box->text()));
                press(Qt::Key_Y); // Yes
                QTRY_VERIFY(!box->isVisible());
                confirmed = true;
            });
            QTest::keyClick(d, Qt::Key_S, Qt::AltModifier); // &Seal…
            QTRY_VERIFY(!d->isVisible());
            QCOMPARE(d->result(), int(QDialog::Accepted));
            completionDriven = true;
        });
        press(Qt::Key_C, Qt::AltModifier);
        QTRY_VERIFY(completionDriven && confirmed);
        QTRY_VERIFY(walk->isReadOnly());

        // What the store holds.
        const Inspection sealed = InspectionRepository(session.db()).get(inspectionId).value();
        QVERIFY(sealed.isSealed());
        QVERIFY(sealed.notes.contains(Reason));
        const auto check = SealService(session.db()).verify(inspectionId, sealed.sealHash);
        QVERIFY(check);
        QVERIFY2(check.value().intact(), qPrintable(check.value().message));
        QCOMPARE(check.value().storedHash, sealed.sealHash);

        const auto items = ItemResultRepository(session.db()).list(inspectionId);
        QVERIFY(items);
        QCOMPARE(items.value().size(), keys.size());
        for (const ItemResult &r : items.value()) {
            QVERIFY2(typed.contains(r.itemKey), qPrintable(r.itemKey));
            QCOMPARE(r.status, typed.value(r.itemKey));
            if (r.itemKey == QLatin1String("2")) {
                QCOMPARE(r.observation, Observation);
                QCOMPARE(r.observations, QJsonObject({{QStringLiteral("areas-without-sign"), 2}}));
            } else {
                QVERIFY2(r.observation.isEmpty() && r.observations.isEmpty(), qPrintable(r.itemKey));
            }
        }

        OrderFilter orderFilter;
        orderFilter.inspectionId = inspectionId;
        const auto orders = OrderRepository(session.db()).list(orderFilter);
        QVERIFY(orders);
        QCOMPARE(orders.value().size(), 1);
        const Order order = orders.value().first();
        QCOMPARE(order.kind, OrderKind::CorrectionDeadline);
        QCOMPARE(order.findings, QStringList {QStringLiteral("2")});
        QCOMPARE(order.issuedOn, QDate::currentDate());
        // Rules Art. 15 on the official calendar: 10 working days, re-inspection on the 3rd after.
        const QDate deadline = workingDaysAfter(session.calendar(), order.issuedOn, 10);
        QCOMPARE(order.deadline, deadline);
        QCOMPARE(order.reinspectionDue, workingDaysAfter(session.calendar(), deadline, 3));
        QVERIFY(!order.dueBasis.isEmpty());
        QVERIFY(!order.documentNumber.isEmpty());
        QVERIFY(!order.legalBasis.isEmpty());

        // Every step is in the audit log, by the officer who did it, and the chain holds.
        AuditLog::Filter all;
        all.limit = 10000;
        all.newestFirst = false;
        const auto audit = AuditLog(session.db()).list(all);
        QVERIFY(audit);
        const auto has = [&audit](const QString &action, const QString &entityType, const QString &entityId = {}) {
            for (const AuditEntry &e : audit.value())
                if (e.action == action && e.entityType == entityType && (entityId.isEmpty() || e.entityId == entityId))
                    return true;
            return false;
        };
        QVERIFY(has(QStringLiteral("create"), QStringLiteral("officer"), admin.id));
        QVERIFY(has(QStringLiteral("session.sign-in"), QStringLiteral("officer"), admin.id));
        QVERIFY(has(QStringLiteral("create"), QStringLiteral("unit"), unit.value().id));
        QVERIFY(has(QStringLiteral("create"), QStringLiteral("site"), site.id));
        QVERIFY(has(QStringLiteral("create"), QStringLiteral("inspection"), inspectionId));
        QVERIFY(has(QStringLiteral("set-item"), QStringLiteral("item"), inspectionId + QStringLiteral("/2")));
        QVERIFY(has(QStringLiteral("create"), QStringLiteral("order"), order.id));
        QVERIFY(has(QStringLiteral("completion-override"), QStringLiteral("inspection"), inspectionId));
        QVERIFY(has(QStringLiteral("seal"), QStringLiteral("inspection"), inspectionId));
        for (const AuditEntry &e : audit.value())
            if (e.entityType == QLatin1String("item") || e.entityType == QLatin1String("order")
                || e.action == QLatin1String("seal"))
                QCOMPARE(e.actorId, admin.id);
        QVERIFY(AuditLog(session.db()).verify().value().ok);
    }
};

QTEST_MAIN(TestInspectionEndToEnd)
#include "TestInspectionEndToEnd.moc"
