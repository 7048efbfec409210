#include "AuditLog.h"
#include "CompletionCheck.h"
#include "InspectionSealer.h"
#include "SealService.h"
#include "Translator.h"
#include "WorkflowFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace psv;

namespace {
QStringList codes(const CompletionCheck::Report &r)
{
    QStringList out;
    for (const CompletionCheck::Missing &m : r.missing)
        out << m.code + (m.itemKey.isEmpty() ? QString() : u':' + m.itemKey);
    return out;
}
} // namespace

class TestCompletionCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshInspectionMissesEverything()
    {
        WorkflowFixture f;
        QVERIFY(f.setUp());
        auto r = CompletionCheck(*f.db, f.checklists).run(f.inspection.id);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        QCOMPARE(r.value().focusItems, 7);
        QCOMPARE(codes(r.value()),
            (QStringList {QStringLiteral("item-status:1"), QStringLiteral("item-status:2"),
                QStringLiteral("item-status:3"), QStringLiteral("item-status:4"), QStringLiteral("item-status:5"),
                QStringLiteral("item-status:6"), QStringLiteral("item-status:7"), QStringLiteral("video")}));
        QVERIFY(r.value().missing.first().message.startsWith(QStringLiteral("Item 1 (")));
        QVERIFY(!r.value().complete());
        QCOMPARE(r.value().itemsByStatus.value(ItemStatus::NotChecked), 7);
    }

    void messagesAreInChinese()
    {
        // The default language: what the completion dialog lists must not be left in English.
        QVERIFY(Translator::install(QStringLiteral("zh_CN")));
        WorkflowFixture f;
        QVERIFY(f.setUp());
        auto r = CompletionCheck(*f.db, f.checklists).run(f.inspection.id);
        Translator::install(QStringLiteral("en"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().missing.size(), 8);
        for (const CompletionCheck::Missing &m : r.value().missing)
            QVERIFY2(!m.message.contains(QStringLiteral(" is ")) && !m.message.contains(QStringLiteral("No ")),
                qPrintable(m.message));
        QVERIFY2(r.value().missing.first().message.startsWith(QStringLiteral("第1项")),
            qPrintable(r.value().missing.first().message));
    }

    void eachMissingPiece()
    {
        WorkflowFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.allFocusCompliant({4}));
        QVERIFY(f.addEvidence(QStringLiteral("photo"), 'b'));
        CompletionCheck check(*f.db, f.checklists);
        auto r = check.run(f.inspection.id);
        QVERIFY(r.ok());
        QCOMPARE(codes(r.value()), (QStringList {QStringLiteral("item-status:4"), QStringLiteral("video")}));
        QCOMPARE(r.value().evidence, 1);
        QCOMPARE(r.value().videos, 0);

        // Non-compliant without an observation (a finding alone is not one).
        QVERIFY(f.setItem(QStringLiteral("4"), ItemStatus::NonCompliant, {},
            {{QStringLiteral("finding"), QStringLiteral("not-filed")}}));
        QVERIFY(f.addEvidence(QStringLiteral("video"), 'c'));
        r = check.run(f.inspection.id);
        QVERIFY(r.ok());
        QCOMPARE(codes(r.value()), QStringList {QStringLiteral("observation:4")});
        QVERIFY(r.value().missing.first().message.contains(QStringLiteral("no observation")));
        QCOMPARE(r.value().videos, 1);

        QVERIFY(f.setItem(QStringLiteral("4"), ItemStatus::NonCompliant, QStringLiteral("未备案")));
        r = check.run(f.inspection.id);
        QVERIFY(r.ok());
        QVERIFY2(r.value().complete(), qPrintable(r.value().messages().join(u'\n')));
        QCOMPARE(r.value().itemsByStatus.value(ItemStatus::Compliant), 6);
        QCOMPARE(r.value().itemsByStatus.value(ItemStatus::NonCompliant), 1);

        // One inspector only (behind the store's back: the model refuses it).
        int rc = -1;
        StoreFixture::sqlite3(f.path(),
            QStringLiteral("DELETE FROM inspection_officers WHERE position = 1 AND inspection_id = '%1'")
                .arg(f.inspection.id),
            &rc);
        QCOMPARE(rc, 0);
        r = check.run(f.inspection.id);
        QVERIFY(r.ok());
        QCOMPARE(codes(r.value()), QStringList {QStringLiteral("inspectors")});
    }

    void sealingNeedsAReasonWhenIncomplete()
    {
        WorkflowFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.allFocusCompliant({2}));
        InspectionSealer sealer(*f.db, f.checklists);
        const int audit = StoreFixture::count(*f.db, QStringLiteral("audit_log"));
        auto r = sealer.seal(f.inspection.id, f.actor);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("Item 2")));
        QVERIFY(!sealer.seal(f.inspection.id, f.actor, QStringLiteral("   ")).ok());
        QCOMPARE(StoreFixture::count(*f.db, QStringLiteral("audit_log")), audit);
        QVERIFY(!InspectionRepository(*f.db).get(f.inspection.id).value().isSealed());

        const QString reason = QStringLiteral("执法记录仪故障，已由第二名民警手机录像");
        r = sealer.seal(f.inspection.id, f.actor, reason);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        const Inspection sealed = InspectionRepository(*f.db).get(f.inspection.id).value();
        QVERIFY(sealed.isSealed());
        QVERIFY(sealed.endedAt.isValid());
        QVERIFY(sealed.notes.contains(reason));
        QVERIFY(sealed.notes.contains(QStringLiteral("Item 2")));
        auto payload = SealService(*f.db).payload(sealed);
        QVERIFY(payload.ok());
        QVERIFY(payload.value()
                .value(QStringLiteral("inspection"))
                .toObject()
                .value(QStringLiteral("notes"))
                .toString()
                .contains(reason));
        QVERIFY(SealService(*f.db).verify(sealed.id).value().intact());
        AuditLog::Filter filter;
        filter.entityType = QStringLiteral("inspection");
        filter.entityId = sealed.id;
        auto entries = AuditLog(*f.db).list(filter);
        QVERIFY(entries.ok());
        bool overridden = false;
        for (const AuditEntry &e : entries.value())
            if (e.action == QLatin1String("completion-override")) {
                overridden = true;
                QCOMPARE(e.details.value(QStringLiteral("reason")).toString(), reason);
                QCOMPARE(e.details.value(QStringLiteral("missing")).toArray().size(), 2);
            }
        QVERIFY(overridden);
    }

    void completeSealsWithoutOverride()
    {
        WorkflowFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.allFocusCompliant());
        QVERIFY(f.addEvidence(QStringLiteral("video")));
        auto r = InspectionSealer(*f.db, f.checklists).seal(f.inspection.id, f.actor);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        QVERIFY(r.value().notes.isEmpty());
        QVERIFY(SealService(*f.db).verify(f.inspection.id).value().intact());
    }
};

QTEST_GUILESS_MAIN(TestCompletionCheck)
#include "TestCompletionCheck.moc"
