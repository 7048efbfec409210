// InspectionActions: starting an inspection, recording an item, sealing after the completion check
// (with a written override in the seal's own transaction) and correcting, on a real store.
#include "AuditLog.h"
#include "InspectionActions.h"
#include "InspectionRepository.h"
#include "SealService.h"
#include "StoreContent.h"
#include "WorkflowFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace psv;

class TestInspectionActions : public QObject
{
    Q_OBJECT

    static int auditCount(Database &db, const QString &action)
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(action);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void startRecordsTheChecklistHash()
    {
        WorkflowFixture fx;
        QVERIFY(fx.setUp());
        Inspection draft = fx.draft();
        draft.checklistHash.clear();
        auto started = InspectionActions(*fx.db, fx.checklists).start(draft, fx.actor);
        QVERIFY2(started.ok(), started ? "" : qPrintable(started.error().text()));
        const auto national = fx.checklists.find(QStringLiteral("mps-2025"), 1);
        QVERIFY(national);
        QCOMPARE(started.value().checklistHash, national->contentHash());
        QVERIFY(!started.value().number.isEmpty());
    }

    void startRefusesOneInspector()
    {
        WorkflowFixture fx;
        QVERIFY(fx.setUp());
        Inspection draft = fx.draft();
        draft.inspectorIds = {fx.officer1.id};
        const QString before = storeContent(fx.dir.path());
        auto started = InspectionActions(*fx.db, fx.checklists).start(draft, fx.actor);
        QVERIFY(!started.ok());
        QVERIFY2(started.error().message.contains(QStringLiteral("two")), qPrintable(started.error().text()));
        QCOMPARE(storeContent(fx.dir.path()), before);
    }

    void recordItemKeepsWhatIsNotGiven()
    {
        WorkflowFixture fx;
        QVERIFY(fx.setUp());
        InspectionActions actions(*fx.db, fx.checklists);
        InspectionActions::ItemChange status;
        status.itemKey = QStringLiteral("2");
        status.status = ItemStatus::NonCompliant;
        status.observation = QStringLiteral("未设置提示标识");
        QVERIFY(actions.recordItem(fx.inspection.id, status, fx.actor).ok());
        InspectionActions::ItemChange note;
        note.itemKey = QStringLiteral("2");
        note.observations = QJsonObject {{QStringLiteral("finding"), QStringLiteral("no-sign")}};
        auto saved = actions.recordItem(fx.inspection.id, note, fx.actor);
        QVERIFY2(saved.ok(), saved ? "" : qPrintable(saved.error().text()));
        QCOMPARE(saved.value().status, ItemStatus::NonCompliant);
        QCOMPARE(saved.value().observation, QStringLiteral("未设置提示标识"));
        QCOMPARE(saved.value().observations.value(QStringLiteral("finding")).toString(), QStringLiteral("no-sign"));
    }

    void sealRefusesAnIncompleteInspectionWithoutReason()
    {
        WorkflowFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.allFocusCompliant({4}));
        const QString before = storeContent(fx.dir.path());
        auto sealed = InspectionActions(*fx.db, fx.checklists).seal(fx.inspection.id, fx.actor);
        QVERIFY(!sealed.ok());
        // It names what is missing and what to do.
        QVERIFY2(sealed.error().message.contains(QStringLiteral("not complete")), qPrintable(sealed.error().text()));
        QVERIFY2(sealed.error().message.contains(QStringLiteral("Item 4")), qPrintable(sealed.error().text()));
        QVERIFY2(sealed.error().message.contains(QStringLiteral("reason")), qPrintable(sealed.error().text()));
        QCOMPARE(storeContent(fx.dir.path()), before);
        // A blank reason is no reason.
        QVERIFY(!InspectionActions(*fx.db, fx.checklists).seal(fx.inspection.id, fx.actor, QStringLiteral("  ")).ok());
        QCOMPARE(storeContent(fx.dir.path()), before);
    }

    void sealWithReasonRecordsItInTheNotesAndTheAuditLog()
    {
        WorkflowFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.allFocusCompliant({4}));
        const QString reason = QStringLiteral("执法记录仪故障，已另行拍照");
        auto sealed = InspectionActions(*fx.db, fx.checklists).seal(fx.inspection.id, fx.actor, reason);
        QVERIFY2(sealed.ok(), sealed ? "" : qPrintable(sealed.error().text()));
        QVERIFY(sealed.value().isSealed());
        auto stored = InspectionRepository(*fx.db).get(fx.inspection.id);
        QVERIFY(stored.ok());
        QVERIFY2(stored.value().notes.contains(reason), qPrintable(stored.value().notes));
        QCOMPARE(auditCount(*fx.db, QStringLiteral("completion-override")), 1);
        QCOMPARE(auditCount(*fx.db, QStringLiteral("seal")), 1);
        // The seal covers the note.
        auto check = SealService(*fx.db).verify(fx.inspection.id);
        QVERIFY(check.ok());
        QVERIFY2(check.value().intact(), qPrintable(check.value().message));
    }

    void theOverrideAndTheSealAreOneTransaction()
    {
        WorkflowFixture fx;
        QVERIFY(fx.setUp());
        QSqlQuery q(fx.db->sql());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_seal BEFORE INSERT ON audit_log WHEN NEW.action = "
                                      "'seal' BEGIN SELECT RAISE(ABORT, 'seal audit refused on purpose'); END")));
        const QString before = storeContent(fx.dir.path());
        auto sealed
            = InspectionActions(*fx.db, fx.checklists).seal(fx.inspection.id, fx.actor, QStringLiteral("现场停电"));
        QVERIFY(!sealed.ok());
        QVERIFY2(
            sealed.error().message.contains(QStringLiteral("refused on purpose")), qPrintable(sealed.error().text()));
        // Neither the note nor its audit entry was kept.
        QCOMPARE(storeContent(fx.dir.path()), before);
        QCOMPARE(auditCount(*fx.db, QStringLiteral("completion-override")), 0);
        QVERIFY(InspectionRepository(*fx.db).get(fx.inspection.id).value().notes.isEmpty());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_seal")));
        QVERIFY(
            InspectionActions(*fx.db, fx.checklists).seal(fx.inspection.id, fx.actor, QStringLiteral("现场停电")).ok());
    }

    void correctNeedsAReason()
    {
        WorkflowFixture fx;
        QVERIFY(fx.setUp());
        InspectionActions actions(*fx.db, fx.checklists);
        QVERIFY(actions.seal(fx.inspection.id, fx.actor, QStringLiteral("演练")).ok());
        const QString before = storeContent(fx.dir.path());
        auto refused = actions.correct(fx.inspection.id, QStringLiteral(" "), fx.actor);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().where, QStringLiteral("reason"));
        QCOMPARE(storeContent(fx.dir.path()), before);
        auto corrected = actions.correct(fx.inspection.id, QStringLiteral("检查项2结果录入错误"), fx.actor);
        QVERIFY2(corrected.ok(), corrected ? "" : qPrintable(corrected.error().text()));
        QCOMPARE(corrected.value().version, 2);
        QCOMPARE(corrected.value().number, fx.inspection.number);
    }
};

QTEST_GUILESS_MAIN(TestInspectionActions)
#include "TestInspectionActions.moc"
