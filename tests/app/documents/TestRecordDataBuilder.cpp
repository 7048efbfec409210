// RecordDataBuilder on a real store: a sealed inspection prints from its seal's snapshot, every
// order is in the outcome, local pack items keep their own text, the evidence appendix carries the
// items' time ranges, and unused fields print "/". The PDFs are read back with pdftotext (NFKC),
// pdfinfo and zbarimg.
#include "ChecklistRegistry.h"
#include "EvidenceRepository.h"
#include "ItemResultRepository.h"
#include "OrderRepository.h"
#include "PdfExporter.h"
#include "PdfProbe.h"
#include "RecordDataBuilder.h"
#include "RecordVerifier.h"
#include "SealService.h"
#include "StoreFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace psv;

class TestRecordDataBuilder : public QObject
{
    Q_OBJECT

    StoreFixture fx;
    ChecklistRegistry checklists;
    Inspection inspection;
    Evidence video;
    QString packItemKey;
    QString packItemText;

    Order order(OrderKind kind, const QString &doc, const QDate &issued) const
    {
        Order o;
        o.inspectionId = inspection.id;
        o.kind = kind;
        o.findings = {QStringLiteral("2")};
        o.facts = QStringLiteral("监控录像保存不足三十日");
        o.legalBasis = QStringLiteral("《公共安全视频图像信息系统管理条例》第二十九条");
        o.requirement = QStringLiteral("将录像保存期限调整为不少于三十日");
        o.issuedOn = issued;
        o.documentNumber = doc;
        return o;
    }

    QString writePdf(const InspectionRecordData &d, const QString &name) const
    {
        const QString path = fx.dir.filePath(name);
        auto pdf = PdfExporter::writeRecord(d, path);
        return pdf.ok() ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(fx.open());
        checklists = ChecklistRegistry::load(fx.dir.path());
        const auto pack = checklists.find(QStringLiteral("beijing-2007"));
        QVERIFY(pack);
        QVERIFY(!pack->items().isEmpty());
        packItemKey = QStringLiteral("beijing-2007/%1").arg(pack->items().first().number);
        packItemText = pack->items().first().text.zh;
        QVERIFY(!packItemText.isEmpty());

        Inspection draft = fx.draft();
        draft.startedAt = QDateTime(QDate(2026, 3, 5), QTime(9, 30));
        draft.bodyCameras = {QStringLiteral("DSJ-0001")};
        draft.representative = QStringLiteral("王五");
        draft.recorderId = fx.officer2.id;
        auto created = InspectionRepository(*fx.db).create(draft, fx.actor);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().text()));
        inspection = created.value();

        Evidence e;
        e.inspectionId = inspection.id;
        e.sha256 = QStringLiteral("ab").repeated(32);
        e.size = 1000;
        e.originalName = QStringLiteral("DSJ-0001_20260305_093512.mp4");
        e.deviceNumber = QStringLiteral("DSJ-0001");
        e.capturedAt = QDateTime(QDate(2026, 3, 5), QTime(9, 35, 12));
        e.durationMs = 300000;
        auto added = EvidenceRepository(*fx.db).add(e, fx.actor);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().text()));
        video = added.value();

        ItemResultRepository items(*fx.db);
        ItemResult r1;
        r1.inspectionId = inspection.id;
        r1.itemKey = QStringLiteral("1");
        r1.status = ItemStatus::Compliant;
        r1.observation = QStringLiteral("已备案");
        ItemResult r2 = r1;
        r2.itemKey = QStringLiteral("2");
        r2.status = ItemStatus::NonCompliant;
        r2.observation = QStringLiteral("录像仅保存二十一日");
        r2.evidence = {EvidenceLink {video.id, 70000, 225000, QString()}};
        ItemResult r3 = r1;
        r3.itemKey = packItemKey;
        r3.observation = QStringLiteral("地方项目已检查");
        for (const ItemResult &r : {r1, r2, r3}) {
            auto s = items.set(r, fx.actor);
            QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().text()));
        }

        OrderRepository orders(*fx.db);
        Order deadline
            = order(OrderKind::CorrectionDeadline, QStringLiteral("某公（治）责改字〔2026〕12号"), QDate(2026, 3, 5));
        deadline.deadline = QDate(2026, 3, 20);
        deadline.reinspectionDue = QDate(2026, 3, 25);
        deadline.dueBasis = QStringLiteral("《规定》第十五条：期限届满后三个工作日内");
        Order proposal
            = order(OrderKind::PenaltyProposal, QStringLiteral("某公（治）建字〔2026〕3号"), QDate(2026, 3, 6));
        for (const Order &o : {deadline, proposal}) {
            auto a = orders.add(o, fx.actor);
            QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().text()));
        }
    }

    void draftPrintsLiveRowsWithEveryOrderAndItsLinks()
    {
        const RecordDataBuilder builder(*fx.db, checklists, QStringLiteral("某市公安局"));
        auto d = builder.record(inspection.id);
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().text()));
        QVERIFY(!d->sealed);
        QCOMPARE(d->unit.name, fx.unit.name);
        QCOMPARE(d->officers.size(), 2);
        QCOMPARE(d->recorder.name, fx.officer2.name);
        // every order, in issue order
        QCOMPARE(d->outcomes.size(), 2);
        QCOMPARE(d->outcomes[0].orderKind, QStringLiteral("correction-deadline"));
        QCOMPARE(d->outcomes[0].deadline, QStringLiteral("2026年3月20日"));
        QCOMPARE(d->outcomes[0].reinspectionDate, QStringLiteral("2026年3月25日"));
        QVERIFY(d->outcomes[0].reinspectionBasis.contains(QStringLiteral("第十五条")));
        QCOMPARE(d->outcomes[1].orderKind, QStringLiteral("penalty-proposal"));
        // the local pack's item with its own text
        bool packFound = false;
        for (const InspectionRecordData::Item &i : d->items)
            if (i.number == packItemKey) {
                QCOMPARE(i.text, packItemText);
                packFound = true;
            }
        QVERIFY(packFound);
        // the evidence with the range item 2 uses
        QCOMPARE(d->evidence.size(), 1);
        QVERIFY2(d->evidence[0].timeRange.contains(QStringLiteral("00:01:10—00:03:45")),
            qPrintable(d->evidence[0].timeRange));
        QCOMPARE(d->evidence[0].duration, QStringLiteral("5分00秒"));
        QCOMPARE(d->problems.size(), 1);
        QVERIFY(d->problems[0].contains(QStringLiteral("录像仅保存二十一日")));

        const QString pdf = writePdf(d.value(), QStringLiteral("draft.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = PdfProbe::solid(PdfProbe::text(pdf));
        QVERIFY(text.contains(
            PdfProbe::solid(QStringLiteral("某公(治)责改字〔2026〕12号").normalized(QString::NormalizationForm_KC))));
        QVERIFY(text.contains(
            PdfProbe::solid(QStringLiteral("某公(治)建字〔2026〕3号").normalized(QString::NormalizationForm_KC))));
        QVERIFY(text.contains(QStringLiteral("2026年3月20日")));
        QVERIFY(text.contains(QStringLiteral("2026年3月25日")));
        QVERIFY(text.contains(QStringLiteral("00:01:10")));
        QVERIFY(text.contains(QStringLiteral("00:03:45")));
        QVERIFY(text.contains(video.sha256.left(16)));
        QVERIFY(text.contains(PdfProbe::solid(packItemText.left(6).normalized(QString::NormalizationForm_KC))));
        // unused fields print "/": no witness, no party opinion
        QVERIFY2(text.contains(QStringLiteral("见证人:/")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("未封存")));
        // no QR code on a draft
        QVERIFY(PdfProbe::qrCodes(pdf, 1).isEmpty());
    }

    void sealedPrintsItsSnapshotNotTodaysRows()
    {
        auto sealed = SealService(*fx.db).seal(inspection.id, fx.actor);
        QVERIFY2(sealed.ok(), sealed.ok() ? "" : qPrintable(sealed.error().text()));
        // the unit and an officer are renamed after sealing
        Unit unit = UnitRepository(*fx.db).get(fx.unit.id).value();
        unit.name = QStringLiteral("改名后的公司");
        QVERIFY(UnitRepository(*fx.db).update(unit, fx.actor).ok());
        Officer officer = OfficerRepository(*fx.db).get(fx.officer1.id).value();
        officer.name = QStringLiteral("赵六");
        QVERIFY(OfficerRepository(*fx.db).update(officer, fx.actor).ok());

        const RecordDataBuilder builder(*fx.db, checklists, QStringLiteral("某市公安局"));
        auto d = builder.record(inspection.id);
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().text()));
        QVERIFY(d->sealed);
        QCOMPARE(d->sealHash, sealed->sealHash);
        QCOMPARE(d->unit.name, fx.unit.name);
        QCOMPARE(d->officers[0].name, fx.officer1.name);
        QCOMPARE(d->outcomes.size(), 2);
        QVERIFY(!d->endTime.isEmpty());

        const QString pdf = writePdf(d.value(), QStringLiteral("sealed.pdf"));
        QVERIFY(!pdf.isEmpty());
        const int pages = PdfProbe::pages(pdf);
        QVERIFY(pages >= 1);
        const QString text = PdfProbe::solid(PdfProbe::text(pdf));
        QVERIFY(text.contains(fx.unit.name));
        QVERIFY(!text.contains(QStringLiteral("改名后的公司")));
        QVERIFY(!text.contains(QStringLiteral("赵六")));
        QVERIFY(text.contains(sealed->sealHash));
        for (int p = 1; p <= pages; ++p) {
            QVERIFY(PdfProbe::solid(PdfProbe::text(pdf, p)).contains(QStringLiteral("第%1页共%2页").arg(p).arg(pages)));
            QCOMPARE(
                PdfProbe::qrCodes(pdf, p), QStringList {RecordVerifier::qrPayload(sealed->number, sealed->sealHash)});
        }

        // the notice of the 责令限期改正 order names the sealed party as well
        OrderFilter f;
        f.inspectionId = inspection.id;
        const QList<Order> orders = OrderRepository(*fx.db).list(f).value();
        for (const Order &o : orders) {
            auto n = builder.notice(o.id);
            if (o.kind == OrderKind::CorrectionDeadline) {
                QVERIFY(n.ok());
                QCOMPARE(n->party.name, fx.unit.name);
                QCOMPARE(n->deadline, QStringLiteral("2026年3月20日"));
            } else {
                QVERIFY(!n.ok());
                QCOMPARE(n.error().code, 1);
            }
        }
    }

    void noticeStatesTheProvisionViolated()
    {
        // Three orders: the provision stored with the order; stored only in the order's audit entry
        // (orders issued before schema 3, now on a sealed inspection); and none entered at all.
        StoreFixture s;
        QVERIFY(s.open());
        const Inspection i = s.newInspection();
        QVERIFY(!i.id.isEmpty());
        QStringList ids;
        for (const QString &violated : {QStringLiteral("《公共安全视频图像信息系统管理条例》第二十九条"),
                 QStringLiteral("《条例》第十三条"), QString()}) {
            Order o;
            o.inspectionId = i.id;
            o.kind = OrderKind::Correction;
            o.facts = QStringLiteral("监控录像保存不足三十日");
            o.violated = violated;
            o.legalBasis = QStringLiteral("《公共安全视频图像信息系统监督管理工作规定》第十四条");
            o.requirement = QStringLiteral("将录像保存期限调整为不少于三十日");
            o.issuedOn = QDate(2026, 3, 5);
            o.documentNumber = QStringLiteral("A7F3-2026-Z%1").arg(ids.size() + 1, 4, 10, QLatin1Char('0'));
            auto r = OrderRepository(*s.db).add(o, s.actor);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().text()));
            ids << r.value().id;
        }
        QSqlQuery q(s.db->sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE orders SET violated = '' WHERE id = '%1'").arg(ids[1])));
        QVERIFY(SealService(*s.db).seal(i.id, s.actor).ok());

        const RecordDataBuilder builder(*s.db, checklists, QStringLiteral("某市公安局"));
        const QStringList expected {QStringLiteral("违反了《公共安全视频图像信息系统管理条例》第二十九条的规定"),
            QStringLiteral("违反了《条例》第十三条的规定"), QString()};
        for (int k = 0; k < 3; ++k) {
            auto n = builder.notice(ids[k]);
            QVERIFY2(n.ok(), n.ok() ? "" : qPrintable(n.error().text()));
            const QString path = s.dir.filePath(QStringLiteral("notice-%1.pdf").arg(k));
            auto w = PdfExporter::writeNotice(n.value(), path);
            QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().text()));
            const QString text = PdfProbe::solid(PdfProbe::text(path));
            QVERIFY2(text.contains(QStringLiteral("根据《公共安全视频图像信息系统监督管理工作规定》第十四条的规定")),
                qPrintable(text));
            if (expected[k].isEmpty())
                QVERIFY2(!text.contains(QStringLiteral("违反了")), qPrintable(text)); // no "违反了的规定"
            else
                QVERIFY2(text.contains(expected[k]), qPrintable(text));
        }
    }

    void formatsRanges()
    {
        QCOMPARE(RecordDataBuilder::formatRange(std::nullopt, std::nullopt), QString());
        QCOMPARE(RecordDataBuilder::formatRange(3723000, std::nullopt), QStringLiteral("01:02:03起"));
        QCOMPARE(RecordDataBuilder::formatRange(0, 61000), QStringLiteral("00:00:00—00:01:01"));
    }
};

QTEST_MAIN(TestRecordDataBuilder)
#include "TestRecordDataBuilder.moc"
