#include "RecordDataBuilder.h"

#include "Checklist.h"
#include "ChecklistRegistry.h"
#include "Codes.h"
#include "Database.h"
#include "EvidenceRepository.h"
#include "InspectionRepository.h"
#include "ItemResultRepository.h"
#include "OfficerRepository.h"
#include "OrderRepository.h"
#include "SiteRepository.h"
#include "UnitRepository.h"

#include <QCoreApplication>

namespace psv {

namespace {

QString duration(const std::optional<qint64> &ms)
{
    if (!ms)
        return {};
    const qint64 s = *ms / 1000;
    return QStringLiteral("%1分%2秒").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

RecordDataBuilder::RecordDataBuilder(Database &db, const ChecklistRegistry &checklists, QString organName)
    : m_db(db), m_checklists(checklists), m_organName(std::move(organName))
{
}

QString RecordDataBuilder::formatDateTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime l = t.toLocalTime();
    return QStringLiteral("%1年%2月%3日%4时%5分")
        .arg(l.date().year())
        .arg(l.date().month())
        .arg(l.date().day())
        .arg(l.time().hour())
        .arg(l.time().minute(), 2, 10, QLatin1Char('0'));
}

QString RecordDataBuilder::formatDate(const QDate &d)
{
    if (!d.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

Result<InspectionRecordData> RecordDataBuilder::record(const QString &inspectionId) const
{
    auto insp = InspectionRepository(m_db).get(inspectionId);
    if (!insp)
        return insp.error();
    const Inspection &i = insp.value();
    InspectionRecordData d;
    d.organName = m_organName;
    d.number = i.number;
    d.kind = toCode(i.kind);
    d.trigger = toCode(i.trigger);
    d.triggerReference = !i.reportReference.isEmpty() ? i.reportReference : i.reinspectionOfOrderId;
    d.startTime = formatDateTime(i.startedAt);
    d.endTime = formatDateTime(i.endedAt);
    d.bodyCameras = i.bodyCameras;
    d.representative.name = i.representative;
    d.witness.name = i.witness;
    d.sealed = i.isSealed();
    d.sealHash = i.sealHash;

    auto site = SiteRepository(m_db).get(i.siteId);
    if (!site)
        return site.error();
    d.place = site.value().address.isEmpty() ? site.value().name : site.value().address;
    auto unit = UnitRepository(m_db).get(site.value().unitId);
    if (!unit)
        return unit.error();
    d.unit = {unit.value().name, unit.value().uscc, unit.value().address};

    OfficerRepository officers(m_db);
    for (const QString &id : i.inspectorIds) {
        auto o = officers.get(id);
        if (!o)
            return o.error();
        d.officers.append({o.value().name, o.value().unitName, o.value().policeNumber});
    }
    if (!i.recorderId.isEmpty()) {
        auto o = officers.get(i.recorderId);
        if (!o)
            return o.error();
        d.recorder = {o.value().name, o.value().unitName, o.value().policeNumber};
    }

    const std::shared_ptr<const Checklist> checklist = m_checklists.find(i.checklistId, i.checklistVersion.toInt());
    auto items = ItemResultRepository(m_db).list(i.id);
    if (!items)
        return items.error();
    for (const ItemResult &r : items.value()) {
        InspectionRecordData::Item it;
        it.number = r.itemKey;
        bool numeric = false;
        const int n = r.itemKey.toInt(&numeric);
        if (checklist && numeric)
            if (const ChecklistItem *ci = checklist->item(n))
                it.text = ci->text.zh;
        it.result = toCode(r.status);
        it.observations = r.observation;
        d.items.append(it);
        if (r.status == ItemStatus::NonCompliant)
            d.problems.append(it.text.isEmpty() ? r.observation : it.text);
    }

    OrderFilter of;
    of.inspectionId = i.id;
    auto orders = OrderRepository(m_db).list(of);
    if (!orders)
        return orders.error();
    if (!orders.value().isEmpty()) {
        const Order &o = orders.value().first();
        d.outcome.orderKind = toCode(o.kind);
        d.outcome.documentNumber = o.documentNumber;
        d.outcome.legalBasis = o.legalBasis;
        d.outcome.deadline = formatDate(o.deadline);
        d.outcome.reinspectionDate = formatDate(o.reinspectionDue);
        d.outcome.reinspectionBasis = o.dueBasis;
    }

    EvidenceFilter ef;
    ef.inspectionId = i.id;
    auto evidence = EvidenceRepository(m_db).list(ef);
    if (!evidence)
        return evidence.error();
    for (const Evidence &e : evidence.value())
        d.evidence.append({e.originalName, formatDateTime(e.capturedAt), e.deviceNumber, duration(e.durationMs),
            QString(), e.sha256});
    return d;
}

Result<CorrectionNoticeData> RecordDataBuilder::notice(const QString &orderId) const
{
    auto order = OrderRepository(m_db).get(orderId);
    if (!order)
        return order.error();
    const Order &o = order.value();
    if (o.kind != OrderKind::Correction && o.kind != OrderKind::CorrectionDeadline)
        return makeError(QCoreApplication::translate("psv::RecordDataBuilder",
                             "Order %1 is a %2; only 责令改正 and 责令限期改正 orders have a correction notice.")
                             .arg(o.id, toCode(o.kind)),
            QStringLiteral("order"), 1);
    auto insp = InspectionRepository(m_db).get(o.inspectionId);
    if (!insp)
        return insp.error();
    auto site = SiteRepository(m_db).get(insp.value().siteId);
    if (!site)
        return site.error();
    auto unit = UnitRepository(m_db).get(site.value().unitId);
    if (!unit)
        return unit.error();
    CorrectionNoticeData n;
    n.organName = m_organName;
    n.kind = o.kind == OrderKind::CorrectionDeadline ? QStringLiteral("correction-deadline")
                                                     : QStringLiteral("correction");
    n.documentNumber = o.documentNumber;
    n.inspectionNumber = insp.value().number;
    n.party = {unit.value().name, unit.value().uscc, unit.value().address,
        insp.value().representative.isEmpty() ? unit.value().contactPerson : insp.value().representative};
    n.facts = o.facts;
    n.legalBasis = o.legalBasis;
    if (!o.requirement.isEmpty())
        n.corrections = {o.requirement};
    n.deadline = formatDate(o.deadline);
    n.reinspectionDate = formatDate(o.reinspectionDue);
    n.issueDate = formatDate(o.issuedOn);
    n.serviceAddress = site.value().address;
    return n;
}

} // namespace psv
