#include "CompletionCheck.h"

#include "ChecklistRegistry.h"
#include "Database.h"
#include "EvidenceRepository.h"
#include "InspectionRepository.h"
#include "ItemResultRepository.h"
#include "OrderRepository.h"
#include "SiteRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace psv {

namespace {
// lupdate files these strings under the context it sees, the enclosing class "psv::CompletionCheck"
// (it is not a QObject): the lookup has to use that context, or the messages stay in English.
QString tr(const char *text)
{
    return QCoreApplication::translate("psv::CompletionCheck", text);
}

QString itemKeyOf(const ChecklistSelection::Entry &e, const QString &nationalId)
{
    const QString number = QString::number(e.item->number);
    return e.checklist->id() == nationalId ? number : e.checklist->id() + u'/' + number;
}

// Whether the item result records what was seen: text, or a structured value other than the finding.
bool hasObservation(const ItemResult &r)
{
    if (!r.observation.trimmed().isEmpty())
        return true;
    for (auto it = r.observations.begin(); it != r.observations.end(); ++it) {
        if (it.key() == QLatin1String("finding") || it.key() == QLatin1String("findings"))
            continue;
        const QJsonValue v = it.value();
        if (!v.isNull() && !v.isUndefined() && !(v.isString() && v.toString().trimmed().isEmpty()))
            return true;
    }
    return false;
}
} // namespace

QStringList CompletionCheck::Report::messages() const
{
    QStringList out;
    for (const Missing &m : missing)
        out << m.message;
    return out;
}

QJsonObject CompletionCheck::Report::toJson() const
{
    QJsonArray m;
    for (const Missing &x : missing)
        m.append(QJsonObject {{QStringLiteral("code"), x.code}, {QStringLiteral("item"), x.itemKey},
            {QStringLiteral("message"), x.message}});
    QJsonObject counts;
    for (auto it = itemsByStatus.begin(); it != itemsByStatus.end(); ++it)
        counts.insert(toCode(it.key()), it.value());
    return {{QStringLiteral("inspection_id"), inspectionId}, {QStringLiteral("number"), number},
        {QStringLiteral("complete"), complete()}, {QStringLiteral("missing"), m},
        {QStringLiteral("items_by_status"), counts}, {QStringLiteral("focus_items"), focusItems},
        {QStringLiteral("orders"), orders}, {QStringLiteral("evidence"), evidence}, {QStringLiteral("videos"), videos}};
}

Result<CompletionCheck::Report> CompletionCheck::run(const QString &inspectionId) const
{
    auto got = InspectionRepository(m_db).get(inspectionId);
    if (!got)
        return got.error();
    const Inspection &i = got.value();
    Report rep;
    rep.inspectionId = i.id;
    rep.number = i.number;
    rep.sealed = i.isSealed();
    auto site = SiteRepository(m_db).get(i.siteId);
    if (!site)
        return site.error();
    static const QRegularExpression digits(QStringLiteral("^\\d{6}(\\d{3}(\\d{3})?)?$"));
    const QString division = digits.match(site.value().jurisdiction).hasMatch() ? site.value().jurisdiction : QString();
    auto selection = m_checklists.select(toCode(i.kind), toCode(site.value().category), division);
    if (!selection)
        return selection.error();
    auto items = ItemResultRepository(m_db).list(i.id);
    if (!items)
        return items.error();
    QMap<QString, ItemResult> byKey;
    for (const ItemResult &r : items.value())
        byKey.insert(r.itemKey, r);
    const QString nationalId = selection.value().national() ? selection.value().national()->id() : QString();

    QSet<QString> counted;
    for (const ChecklistSelection::Entry &e : selection.value().entries()) {
        const QString key = itemKeyOf(e, nationalId);
        counted.insert(key);
        const ItemStatus status = byKey.contains(key) ? byKey.value(key).status : ItemStatus::NotChecked;
        rep.itemsByStatus[status] += 1;
        if (e.applicability != ChecklistSelection::Applicability::Focus)
            continue;
        ++rep.focusItems;
        if (status == ItemStatus::NotChecked)
            rep.missing << Missing {QStringLiteral("item-status"), key,
                tr("Item %1 (%2) is a focus item of this inspection and has no status.").arg(key, e.item->text.text())};
    }
    for (const ItemResult &r : items.value()) {
        if (!counted.contains(r.itemKey))
            rep.itemsByStatus[r.status] += 1;
        if (r.status == ItemStatus::NonCompliant && !hasObservation(r)) {
            QString text;
            for (const ChecklistSelection::Entry &e : selection.value().entries())
                if (itemKeyOf(e, nationalId) == r.itemKey)
                    text = e.item->text.text();
            rep.missing << Missing {QStringLiteral("observation"), r.itemKey,
                (text.isEmpty() ? tr("Item %1 is non-compliant but has no observation.").arg(r.itemKey)
                                : tr("Item %1 (%2) is non-compliant but has no observation.").arg(r.itemKey, text))};
        }
    }

    EvidenceFilter ef;
    ef.inspectionId = i.id;
    ef.limit = 100000;
    auto evidence = EvidenceRepository(m_db).list(ef);
    if (!evidence)
        return evidence.error();
    rep.evidence = int(evidence.value().size());
    for (const Evidence &e : evidence.value())
        if (e.mediaType == QLatin1String("video"))
            ++rep.videos;
    if (rep.videos == 0)
        rep.missing << Missing {QStringLiteral("video"), {},
            tr("No body-camera video is linked to the inspection (规定 Art. 13 requires the inspection to be "
               "recorded with a law-enforcement recorder); import the footage first.")};

    OrderFilter of;
    of.inspectionId = i.id;
    of.limit = 100000;
    auto orders = OrderRepository(m_db).list(of);
    if (!orders)
        return orders.error();
    rep.orders = int(orders.value().size());

    if (!i.startedAt.isValid())
        rep.missing << Missing {QStringLiteral("start-time"), {}, tr("The inspection has no start time.")};
    if (i.endedAt.isValid() && i.startedAt.isValid() && i.endedAt < i.startedAt)
        rep.missing << Missing {QStringLiteral("end-time"), {},
            tr("The inspection ends (%1) before it starts (%2).")
                .arg(i.endedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                    i.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))};
    if (i.inspectorIds.size() < 2)
        rep.missing << Missing {QStringLiteral("inspectors"), {},
            tr("The inspection names %1 inspector(s); at least two officers must inspect.").arg(i.inspectorIds.size())};
    return rep;
}

} // namespace psv
