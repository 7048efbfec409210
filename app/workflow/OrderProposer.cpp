#include "OrderProposer.h"

#include "ChecklistRegistry.h"
#include "Database.h"
#include "InspectionRepository.h"
#include "ItemResultRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace psv {

namespace {
const QString Zh = QStringLiteral("zh");

// The checklist and item an item key names: "4" (the inspection's national checklist) or "PACK/4".
std::pair<std::shared_ptr<const Checklist>, const ChecklistItem *> lookUp(
    const ChecklistRegistry &registry, const Inspection &inspection, const QString &key)
{
    QString id = inspection.checklistId.isEmpty() ? Checklist::nationalId() : inspection.checklistId;
    QString number = key;
    if (const qsizetype slash = key.lastIndexOf(u'/'); slash > 0) {
        id = key.left(slash);
        number = key.mid(slash + 1);
    }
    bool ok = false;
    const int n = number.toInt(&ok);
    std::shared_ptr<const Checklist> list;
    if (id == inspection.checklistId && inspection.checklistVersion.toInt() > 0)
        list = registry.find(id, inspection.checklistVersion.toInt());
    if (!list)
        list = registry.find(id);
    if (!list || !ok)
        return {list, nullptr};
    return {list, list->item(n)};
}

QStringList namedFindings(const ItemResult &r)
{
    QStringList keys;
    const QJsonValue one = r.observations.value(QStringLiteral("finding"));
    if (one.isString() && !one.toString().isEmpty())
        keys << one.toString();
    for (const QJsonValue &v : r.observations.value(QStringLiteral("findings")).toArray())
        if (v.isString() && !v.toString().isEmpty() && !keys.contains(v.toString()))
            keys << v.toString();
    return keys;
}

// "备案编号：123；现场核实的图像采集设备数量：12台" from the structured observations the item defines.
QString structuredFacts(const ChecklistItem *item, const ItemResult &r)
{
    QStringList parts;
    if (!item)
        return {};
    for (const ChecklistItem::Observation &o : item->observations) {
        const QJsonValue v = r.observations.value(o.key);
        if (v.isUndefined() || v.isNull())
            continue;
        QString value = v.isString() ? v.toString()
            : v.isBool()             ? (v.toBool() ? QStringLiteral("是") : QStringLiteral("否"))
                                     : QString::number(v.toDouble());
        if (value.isEmpty())
            continue;
        parts << o.label.text(Zh) + u'：' + value + o.unit.text(Zh);
    }
    return parts.join(u'；');
}

QString factsOf(const QString &what, const ChecklistItem *item, const ItemResult &r)
{
    QString facts = what;
    if (!r.observation.isEmpty())
        facts += u'：' + r.observation;
    const QString structured = structuredFacts(item, r);
    if (!structured.isEmpty())
        facts += QStringLiteral("（%1）").arg(structured);
    if (!facts.endsWith(u'。'))
        facts += u'。';
    return facts;
}

OrderProposer::Proposal defaultProposal(
    const std::shared_ptr<const Checklist> &list, const ChecklistItem *item, const ItemResult &r)
{
    OrderProposer::Proposal p;
    p.itemKey = r.itemKey;
    p.itemText = item ? item->text.text(Zh) : r.itemKey;
    p.draft.kind = OrderKind::Correction; // 规定 Art. 14
    p.draft.findings = {r.itemKey};
    p.draft.facts = factsOf(QStringLiteral("检查项目“%1”不符合要求").arg(p.itemText), item, r);
    if (item && !item->enforces.isEmpty() && list)
        p.draft.violated = list->citeAll(item->enforces, Zh);
    p.draft.legalBasis = list ? list->cite(LawRef {QStringLiteral("mps-2025-rules"), 14, 0, 0}, Zh)
                              : QStringLiteral("《公共安全视频图像信息系统监督管理工作规定》第十四条");
    p.draft.requirement = QStringLiteral("对检查项目“%1”存在的问题予以改正").arg(p.itemText);
    return p;
}

OrderProposer::Proposal proposalFor(const std::shared_ptr<const Checklist> &list, const ChecklistItem *item,
    const ChecklistItem::Finding &f, const ItemResult &r, bool chosen)
{
    OrderProposer::Proposal p;
    p.itemKey = r.itemKey;
    p.itemText = item->text.text(Zh);
    p.findingKey = f.key;
    p.findingLabel = f.label.text(Zh);
    p.findingChosen = chosen;
    const ChecklistItem::Outcome &o = f.outcome;
    p.draft.kind = fromCode<OrderKind>(o.order).value_or(OrderKind::Correction);
    p.draft.findings = {r.itemKey};
    p.draft.facts = factsOf(p.findingLabel, item, r);
    p.draft.violated = list->citeAll(f.violates, Zh);
    p.draft.legalBasis = o.basis.isEmpty() ? list->cite(LawRef {QStringLiteral("mps-2025-rules"), 14, 0, 0}, Zh)
                                           : list->citeAll(o.basis, Zh);
    QStringList measures;
    for (const LocalizedText &m : o.measures)
        measures << m.text(Zh);
    p.draft.requirement
        = measures.isEmpty() ? QStringLiteral("改正“%1”的问题").arg(p.findingLabel) : measures.join(u'；');
    if (p.draft.kind == OrderKind::CorrectionDeadline) {
        const int days = o.periodDays.value_or(OrderProposer::kDefaultPeriodDays);
        p.draft.period = o.periodDayKind == QLatin1String("working") ? CorrectionPeriod::workingDays(days)
                                                                     : CorrectionPeriod::calendarDays(days);
    }
    p.penalty = o.penalty.text(Zh);
    p.note = o.note.text(Zh);
    return p;
}
} // namespace

Result<QList<OrderProposer::Proposal>> OrderProposer::propose(const QString &inspectionId) const
{
    auto inspection = InspectionRepository(m_db).get(inspectionId);
    if (!inspection)
        return inspection.error();
    auto items = ItemResultRepository(m_db).list(inspectionId);
    if (!items)
        return items.error();
    QList<Proposal> out;
    for (const ItemResult &r : items.value()) {
        if (r.status != ItemStatus::NonCompliant)
            continue;
        const auto [list, item] = lookUp(m_checklists, inspection.value(), r.itemKey);
        if (!item || item->findings.isEmpty()) {
            out << defaultProposal(list, item, r);
            continue;
        }
        bool named = false;
        for (const QString &key : namedFindings(r))
            if (const ChecklistItem::Finding *f = item->finding(key)) {
                out << proposalFor(list, item, *f, r, true);
                named = true;
            }
        if (named)
            continue;
        const ChecklistItem::Finding *pick = &item->findings.first();
        for (const ChecklistItem::Finding &f : item->findings)
            if (OrderDraft::isScheduled(fromCode<OrderKind>(f.outcome.order).value_or(OrderKind::Referral))) {
                pick = &f;
                break;
            }
        out << proposalFor(list, item, *pick, r, false);
    }
    return out;
}

} // namespace psv
