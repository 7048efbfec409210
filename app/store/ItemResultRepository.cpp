#include "ItemResultRepository.h"

#include "Database.h"
#include "EvidenceRepository.h"
#include "InspectionRepository.h"
#include "Sql.h"
#include "StoreColumns.h"
#include "WriteScope.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>

namespace psv {

namespace {
ItemResult fromRow(const QSqlQuery &q)
{
    ItemResult r;
    r.inspectionId = q.value(QStringLiteral("inspection_id")).toString();
    r.itemKey = q.value(QStringLiteral("item_key")).toString();
    r.status = fromCode<ItemStatus>(q.value(QStringLiteral("status")).toString()).value_or(ItemStatus::NotChecked);
    r.observation = q.value(QStringLiteral("observation")).toString();
    r.observations = Sql::toObject(q.value(QStringLiteral("observations")));
    r.updatedAt = Sql::toTime(q.value(QStringLiteral("updated_at")));
    return r;
}

// "2" before "10"; then pack items by text.
bool keyLess(const ItemResult &a, const ItemResult &b)
{
    bool na = false, nb = false;
    const int ia = a.itemKey.toInt(&na), ib = b.itemKey.toInt(&nb);
    if (na && nb)
        return ia < ib;
    if (na != nb)
        return na;
    return a.itemKey < b.itemKey;
}
} // namespace

Result<ItemResult> ItemResultRepository::set(const ItemResult &input, const Actor &actor)
{
    auto v = input.validated();
    if (!v)
        return v.error();
    ItemResult item = v.value();
    auto inspection = InspectionRepository(m_db).editable(item.inspectionId);
    if (!inspection)
        return inspection.error();
    EvidenceRepository evidence(m_db);
    for (const EvidenceLink &l : std::as_const(item.evidence))
        if (auto e = evidence.get(l.evidenceId); !e)
            return e.error();
    const QString number = inspection.value().number;
    const Status s = m_db.write(actor, [&](WriteScope &w) {
        item.updatedAt = w.now();
        QSqlQuery q(w.sql());
        if (Status st = Sql::run(q,
                QStringLiteral("INSERT INTO item_results (inspection_id, item_key, status, observation, "
                               "observations, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT (inspection_id, item_key) DO UPDATE SET "
                               "status = excluded.status, observation = excluded.observation, "
                               "observations = excluded.observations, updated_at = excluded.updated_at"),
                {item.inspectionId, item.itemKey, toCode(item.status), item.observation, Sql::json(item.observations),
                    Sql::time(item.updatedAt)});
            !st)
            return st;
        if (Status st
            = Sql::run(q, QStringLiteral("DELETE FROM item_evidence WHERE inspection_id = ? AND item_key = ?"),
                {item.inspectionId, item.itemKey});
            !st)
            return st;
        for (qsizetype p = 0; p < item.evidence.size(); ++p) {
            const EvidenceLink &l = item.evidence[p];
            if (Status st = Sql::run(q,
                    QStringLiteral("INSERT INTO item_evidence (inspection_id, item_key, position, "
                                   "evidence_id, start_ms, end_ms, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {item.inspectionId, item.itemKey, int(p), l.evidenceId, Sql::integer(l.startMs),
                        Sql::integer(l.endMs), l.note});
                !st)
                return st;
        }
        // The inspection's own clock moves too, so that sync sees the inspection as changed.
        if (Status st = Sql::run(q, QStringLiteral("UPDATE inspections SET updated_at = ?, hlc = ? WHERE id = ?"),
                {Sql::time(w.now()), w.hlc(), item.inspectionId});
            !st)
            return st;
        QJsonObject details = item.toJson();
        details.insert(QStringLiteral("number"), number);
        details.remove(QStringLiteral("updated_at"));
        return w.record(QStringLiteral("set-item"), QStringLiteral("item"), item.inspectionId + u'/' + item.itemKey,
            details, QStringLiteral("update"));
    });
    if (!s)
        return s.error();
    return item;
}

Result<std::optional<ItemResult>> ItemResultRepository::find(const QString &inspectionId, const QString &itemKey) const
{
    auto found = Sql::first<ItemResult>(m_db.sql(),
        QStringLiteral("SELECT %1 FROM item_results WHERE inspection_id = ? AND item_key = ?")
            .arg(StoreColumns::joined(StoreColumns::itemResults())),
        {inspectionId, itemKey}, fromRow);
    if (!found || !found.value())
        return found;
    QList<ItemResult> one {*found.value()};
    if (Status s = loadLinks(one); !s)
        return s.error();
    return std::optional<ItemResult>(one.first());
}

Result<QList<ItemResult>> ItemResultRepository::list(const QString &inspectionId) const
{
    auto rows = Sql::all<ItemResult>(m_db.sql(),
        QStringLiteral("SELECT %1 FROM item_results WHERE inspection_id = ?")
            .arg(StoreColumns::joined(StoreColumns::itemResults())),
        {inspectionId}, fromRow);
    if (!rows)
        return rows.error();
    QList<ItemResult> out = rows.value();
    if (Status s = loadLinks(out); !s)
        return s.error();
    std::sort(out.begin(), out.end(), keyLess);
    return out;
}

Status ItemResultRepository::loadLinks(QList<ItemResult> &items) const
{
    if (items.isEmpty())
        return {};
    StatementCache::Lease lease(m_db.sql(),
        QStringLiteral("SELECT item_key, evidence_id, start_ms, end_ms, note FROM item_evidence "
                       "WHERE inspection_id = ? ORDER BY item_key, position"));
    if (Status s = Sql::run(lease, {items.first().inspectionId}); !s)
        return s;
    QSqlQuery &q = lease.query();
    while (q.next()) {
        const QString key = q.value(QStringLiteral("item_key")).toString();
        for (ItemResult &r : items)
            if (r.itemKey == key)
                r.evidence.append(EvidenceLink {q.value(QStringLiteral("evidence_id")).toString(),
                    Sql::toInt64(q.value(QStringLiteral("start_ms"))), Sql::toInt64(q.value(QStringLiteral("end_ms"))),
                    q.value(QStringLiteral("note")).toString()});
    }
    return {};
}

} // namespace psv
