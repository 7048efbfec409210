#include "RecordDataBuilder.h"

#include "AuditLog.h"
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
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace psv {

namespace {

// The provision an order found violated. Orders issued before schema 3 kept it only in their
// "create" audit entry; the migration copied it for unsealed inspections, and a sealed
// inspection's orders (which cannot change) are read from that entry here.
Result<QString> violatedProvision(Database &db, const Order &o)
{
    if (!o.violated.isEmpty())
        return o.violated;
    AuditLog::Filter f;
    f.entityType = QStringLiteral("order");
    f.entityId = o.id;
    f.newestFirst = false;
    f.limit = 1000;
    auto entries = AuditLog(db).list(f);
    if (!entries)
        return entries.error();
    for (const AuditEntry &e : std::as_const(entries.value()))
        if (e.action == QLatin1String("create"))
            return e.details.value(QStringLiteral("violated")).toString();
    return QString();
}

QString duration(const std::optional<qint64> &ms)
{
    if (!ms)
        return {};
    const qint64 s = *ms / 1000;
    return QStringLiteral("%1分%2秒").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString hms(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

// The place and the unit as the record shows them: from the seal's snapshot when sealed.
struct Place
{
    QString place;
    QString address;
    InspectionRecordData::Unit unit;
    QString contactPerson;
};

Result<Place> placeOf(Database &db, const Inspection &i)
{
    const QJsonObject site = i.snapshot.value(QStringLiteral("site")).toObject();
    const QJsonObject unit = i.snapshot.value(QStringLiteral("unit")).toObject();
    Place p;
    if (i.isSealed() && !site.isEmpty() && !unit.isEmpty()) {
        p.address = site.value(QStringLiteral("address")).toString();
        p.place = p.address.isEmpty() ? site.value(QStringLiteral("name")).toString() : p.address;
        p.unit = {unit.value(QStringLiteral("name")).toString(), unit.value(QStringLiteral("uscc")).toString(),
            unit.value(QStringLiteral("address")).toString()};
        p.contactPerson = unit.value(QStringLiteral("contact_person")).toString();
        return p;
    }
    auto s = SiteRepository(db).get(i.siteId);
    if (!s)
        return s.error();
    auto u = UnitRepository(db).get(s.value().unitId);
    if (!u)
        return u.error();
    p.address = s.value().address;
    p.place = p.address.isEmpty() ? s.value().name : p.address;
    p.unit = {u.value().name, u.value().uscc, u.value().address};
    p.contactPerson = u.value().contactPerson;
    return p;
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

QString RecordDataBuilder::formatRange(const std::optional<qint64> &startMs, const std::optional<qint64> &endMs)
{
    if (!startMs && !endMs)
        return {};
    if (!endMs)
        return hms(*startMs) + QStringLiteral("起");
    return hms(startMs.value_or(0)) + QStringLiteral("—") + hms(*endMs);
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
    d.triggerReference = i.reportReference;
    if (i.trigger == InspectionTrigger::Reinspection && !i.reinspectionOfOrderId.isEmpty()) {
        auto o = OrderRepository(m_db).get(i.reinspectionOfOrderId);
        d.triggerReference
            = o && !o.value().documentNumber.isEmpty() ? o.value().documentNumber : i.reinspectionOfOrderId;
    }
    d.startTime = formatDateTime(i.startedAt);
    d.endTime = formatDateTime(i.endedAt);
    d.bodyCameras = i.bodyCameras;
    d.representative.name = i.representative;
    d.witness.name = i.witness;
    d.sealed = i.isSealed();
    d.sealHash = i.sealHash;

    if (Status s = fillParties(i, d); !s)
        return s.error();
    auto items = ItemResultRepository(m_db).list(i.id);
    if (!items)
        return items.error();
    if (Status s = fillItems(i, items.value(), d); !s)
        return s.error();
    if (Status s = fillOrders(i, d); !s)
        return s.error();
    if (Status s = fillEvidence(i, items.value(), d); !s)
        return s.error();
    return d;
}

Status RecordDataBuilder::fillParties(const Inspection &i, InspectionRecordData &d) const
{
    auto place = placeOf(m_db, i);
    if (!place)
        return place.error();
    d.place = place.value().place;
    d.unit = place.value().unit;

    // Officers as sealed (snapshot "inspectors", by id), else as they are now.
    QHash<QString, InspectionRecordData::Officer> sealedOfficers;
    if (i.isSealed())
        for (const QJsonValue &v : i.snapshot.value(QStringLiteral("inspectors")).toArray()) {
            const QJsonObject o = v.toObject();
            sealedOfficers.insert(o.value(QStringLiteral("id")).toString(),
                {o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("unit_name")).toString(),
                    o.value(QStringLiteral("police_number")).toString()});
        }
    OfficerRepository officers(m_db);
    auto officer = [&](const QString &id) -> Result<InspectionRecordData::Officer> {
        if (const auto it = sealedOfficers.constFind(id); it != sealedOfficers.cend())
            return *it;
        auto o = officers.get(id);
        if (!o)
            return o.error();
        return InspectionRecordData::Officer {o.value().name, o.value().unitName, o.value().policeNumber};
    };
    for (const QString &id : i.inspectorIds) {
        auto o = officer(id);
        if (!o)
            return o.error();
        d.officers.append(o.value());
    }
    if (!i.recorderId.isEmpty()) {
        auto o = officer(i.recorderId);
        if (!o)
            return o.error();
        d.recorder = o.value();
    }
    return {};
}

Status RecordDataBuilder::fillItems(const Inspection &i, const QList<ItemResult> &items, InspectionRecordData &d) const
{
    const std::shared_ptr<const Checklist> checklist = m_checklists.find(i.checklistId, i.checklistVersion.toInt());
    if (checklist) {
        if (const Checklist::InspectionKind *k = checklist->inspectionKind(toCode(i.kind)); k && !k->basis.isEmpty())
            d.legalBasis << checklist->citeAll(k->basis, QStringLiteral("zh"));
    }
    for (const ItemResult &r : items) {
        InspectionRecordData::Item it;
        it.number = r.itemKey;
        // "4": the inspection's national checklist; "PACK/N": item N of the local pack PACK.
        std::shared_ptr<const Checklist> source = checklist;
        QString key = r.itemKey;
        if (const qsizetype slash = key.indexOf(u'/'); slash > 0) {
            source = m_checklists.find(key.left(slash));
            key = key.mid(slash + 1);
            if (source)
                it.notes = source->title().zh;
        }
        bool numeric = false;
        const int n = key.toInt(&numeric);
        if (source && numeric)
            if (const ChecklistItem *ci = source->item(n))
                it.text = ci->text.zh;
        it.result = toCode(r.status);
        it.observations = r.observation;
        d.items.append(it);
        if (r.status == ItemStatus::NonCompliant) {
            QString problem = it.text.isEmpty() ? r.observation : it.text;
            if (!it.text.isEmpty() && !r.observation.isEmpty())
                problem += QStringLiteral("：") + r.observation;
            d.problems.append(problem);
        }
    }
    return {};
}

Status RecordDataBuilder::fillOrders(const Inspection &i, InspectionRecordData &d) const
{
    OrderFilter of;
    of.inspectionId = i.id;
    of.limit = 100000;
    auto orders = OrderRepository(m_db).list(of);
    if (!orders)
        return orders.error();
    QList<Order> sorted = orders.value();
    std::stable_sort(sorted.begin(), sorted.end(), [](const Order &a, const Order &b) {
        if (a.issuedOn != b.issuedOn)
            return a.issuedOn < b.issuedOn;
        if (a.createdAt != b.createdAt)
            return a.createdAt < b.createdAt;
        return a.id < b.id;
    });
    for (const Order &o : std::as_const(sorted)) {
        InspectionRecordData::Outcome out;
        out.orderKind = toCode(o.kind);
        out.documentNumber = o.documentNumber;
        out.legalBasis = o.legalBasis;
        out.deadline = formatDate(o.deadline);
        out.reinspectionDate = formatDate(o.reinspectionDue);
        out.reinspectionBasis = o.dueBasis;
        d.outcomes.append(out);
    }
    return {};
}

Status RecordDataBuilder::fillEvidence(
    const Inspection &i, const QList<ItemResult> &items, InspectionRecordData &d) const
{
    EvidenceRepository repo(m_db);
    EvidenceFilter ef;
    ef.inspectionId = i.id;
    ef.limit = 100000;
    auto own = repo.list(ef);
    if (!own)
        return own.error();
    QList<Evidence> files = own.value();
    // The ranges the items use, per evidence id, in item order; files linked but not assigned too.
    QHash<QString, QStringList> ranges;
    for (const ItemResult &r : items)
        for (const EvidenceLink &l : r.evidence) {
            const QString range = formatRange(l.startMs, l.endMs);
            QStringList &list = ranges[l.evidenceId];
            const QString entry = range.isEmpty() ? QString() : QStringLiteral("第%1项 %2").arg(r.itemKey, range);
            if (!entry.isEmpty() && !list.contains(entry))
                list << entry;
            if (std::none_of(files.cbegin(), files.cend(), [&](const Evidence &e) { return e.id == l.evidenceId; })) {
                auto e = repo.get(l.evidenceId);
                if (!e)
                    return e.error();
                files << e.value();
            }
        }
    for (const Evidence &e : std::as_const(files))
        d.evidence.append({e.originalName, formatDateTime(e.capturedAt), e.deviceNumber, duration(e.durationMs),
            ranges.value(e.id).join(QStringLiteral("；")), e.sha256});
    return {};
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
    auto place = placeOf(m_db, insp.value());
    if (!place)
        return place.error();
    const Place &p = place.value();
    CorrectionNoticeData n;
    n.organName = m_organName;
    n.kind = o.kind == OrderKind::CorrectionDeadline ? QStringLiteral("correction-deadline")
                                                     : QStringLiteral("correction");
    n.documentNumber = o.documentNumber;
    n.inspectionNumber = insp.value().number;
    n.party = {p.unit.name, p.unit.uscc, p.unit.address,
        insp.value().representative.isEmpty() ? p.contactPerson : insp.value().representative};
    n.facts = o.facts;
    auto violated = violatedProvision(m_db, o);
    if (!violated)
        return violated.error();
    n.provisionViolated = violated.value();
    n.legalBasis = o.legalBasis;
    if (!o.requirement.isEmpty())
        n.corrections = {o.requirement};
    n.deadline = formatDate(o.deadline);
    n.reinspectionDate = formatDate(o.reinspectionDue);
    n.issueDate = formatDate(o.issuedOn);
    n.serviceAddress = p.address;
    return n;
}

} // namespace psv
