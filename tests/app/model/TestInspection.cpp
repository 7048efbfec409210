#include "Inspection.h"
#include "IsoTime.h"

#include <QJsonArray>
#include <QTest>

using namespace psv;

namespace {
Inspection sample()
{
    Inspection i;
    i.id = QStringLiteral("0190f4a8-0000-7000-8000-00000000000a");
    i.number = QStringLiteral("A7F3-2026-0012");
    i.siteId = QStringLiteral("0190f4a8-0000-7000-8000-000000000002");
    i.kind = InspectionKind::General;
    i.checklistId = QStringLiteral("mps-2025");
    i.checklistVersion = QStringLiteral("1");
    i.checklistHash = QString(64, u'a');
    i.startedAt = IsoTime::parseTime(QStringLiteral("2026-03-01T09:00:00+08:00"));
    i.endedAt = IsoTime::parseTime(QStringLiteral("2026-03-01T10:15:00+08:00"));
    i.inspectorIds = {QStringLiteral("o1"), QStringLiteral("o2")};
    i.representative = QStringLiteral("赵六");
    i.witness = QStringLiteral("钱七");
    i.bodyCameras = {QStringLiteral("DSJ-001"), QStringLiteral("DSJ-002")};
    return i;
}
} // namespace

class TestInspection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validSampleAndJsonRoundTrip()
    {
        const Inspection i = sample();
        QVERIFY(i.validated().ok());
        const QJsonObject j = i.toJson();
        QCOMPARE(j.value(QStringLiteral("trigger")).toString(), QStringLiteral("routine"));
        QCOMPARE(j.value(QStringLiteral("started_at")).toString(), QStringLiteral("2026-03-01T01:00:00.000Z"));
        QCOMPARE(j.value(QStringLiteral("inspectors")).toArray().size(), 2);
        auto back = Inspection::fromJson(j);
        QVERIFY(back.ok());
        QCOMPARE(back.value().toJson(), j);
    }

    void needsTwoDistinctInspectors()
    {
        Inspection i = sample();
        i.inspectorIds = {QStringLiteral("o1")};
        auto r = i.validated();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, QStringLiteral("inspectors"));
        QVERIFY2(r.error().message.contains(QStringLiteral("1")), qPrintable(r.error().message));
        i.inspectorIds = {QStringLiteral("o1"), QStringLiteral("o1")};
        QCOMPARE(i.validated().error().where, QStringLiteral("inspectors"));
        i.inspectorIds = {QStringLiteral("o1"), QStringLiteral("o2"), QStringLiteral("o3")};
        QVERIFY(i.validated().ok());
    }

    void triggerNeedsItsReference()
    {
        Inspection i = sample();
        i.trigger = InspectionTrigger::Report;
        QCOMPARE(i.validated().error().where, QStringLiteral("report_reference"));
        i.reportReference = QStringLiteral("举报 2026-031");
        QVERIFY(i.validated().ok());
        i.trigger = InspectionTrigger::Reinspection;
        QCOMPARE(i.validated().error().where, QStringLiteral("reinspection_of_order_id"));
    }

    void otherChecks()
    {
        Inspection i = sample();
        i.endedAt = i.startedAt.addSecs(-1);
        QCOMPARE(i.validated().error().where, QStringLiteral("ended_at"));
        i = sample();
        i.checklistId.clear();
        QCOMPARE(i.validated().error().where, QStringLiteral("checklist_id"));
        i = sample();
        i.siteId.clear();
        QCOMPARE(i.validated().error().where, QStringLiteral("site_id"));
        i = sample();
        i.version = 2;
        QCOMPARE(i.validated().error().where, QStringLiteral("correction_reason"));
        i.supersedesId = QStringLiteral("x");
        i.correctionReason = QStringLiteral("笔误");
        QVERIFY(i.validated().ok());
    }

    void statusChanges()
    {
        using S = InspectionStatus;
        QVERIFY(Inspection::canChangeStatus(S::Draft, S::Completed));
        QVERIFY(Inspection::canChangeStatus(S::Completed, S::Draft));
        QVERIFY(Inspection::canChangeStatus(S::Sealed, S::Submitted));
        QVERIFY(Inspection::canChangeStatus(S::Submitted, S::Approved));
        QVERIFY(Inspection::canChangeStatus(S::Submitted, S::Returned));
        QVERIFY(!Inspection::canChangeStatus(S::Draft, S::Sealed)); // sealing is SealService's
        QVERIFY(!Inspection::canChangeStatus(S::Sealed, S::Draft));
        QVERIFY(!Inspection::canChangeStatus(S::Approved, S::Draft));
    }

    void sealContentLeavesOutBookkeeping()
    {
        Inspection i = sample();
        const QJsonObject before = i.sealContent();
        for (const char *k : {"status", "seal_hash", "updated_at", "hlc", "created_at"})
            QVERIFY2(!before.contains(QLatin1String(k)), k);
        i.status = InspectionStatus::Submitted;
        i.hlc = QStringLiteral("later");
        QCOMPARE(i.sealContent(), before);
        i.witness = QStringLiteral("孙八");
        QVERIFY(i.sealContent() != before);
    }
};

QTEST_GUILESS_MAIN(TestInspection)
#include "TestInspection.moc"
