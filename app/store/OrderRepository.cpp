#include "OrderRepository.h"

#include "Database.h"
#include "InspectionRepository.h"
#include "JsonDiff.h"
#include "Sql.h"
#include "StoreColumns.h"
#include "Uuid.h"
#include "WriteScope.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace psv {

namespace {
QString columnList()
{
    static const QString list = StoreColumns::joined(StoreColumns::orders());
    return list;
}

Order fromRow(const QSqlQuery &q)
{
    Order o;
    o.id = q.value(QStringLiteral("id")).toString();
    o.inspectionId = q.value(QStringLiteral("inspection_id")).toString();
    o.kind = fromCode<OrderKind>(q.value(QStringLiteral("kind")).toString()).value_or(OrderKind::Correction);
    o.findings = Sql::toStringList(q.value(QStringLiteral("findings")));
    o.facts = q.value(QStringLiteral("facts")).toString();
    o.legalBasis = q.value(QStringLiteral("legal_basis")).toString();
    o.requirement = q.value(QStringLiteral("requirement")).toString();
    o.issuedOn = Sql::toDate(q.value(QStringLiteral("issued_on")));
    o.deadline = Sql::toDate(q.value(QStringLiteral("deadline")));
    o.reinspectionDue = Sql::toDate(q.value(QStringLiteral("reinspection_due")));
    o.dueBasis = q.value(QStringLiteral("due_basis")).toString();
    o.documentNumber = q.value(QStringLiteral("document_number")).toString();
    o.status = fromCode<OrderStatus>(q.value(QStringLiteral("status")).toString()).value_or(OrderStatus::Open);
    o.reinspectionId = Sql::text(q.value(QStringLiteral("reinspection_id")));
    o.createdAt = Sql::toTime(q.value(QStringLiteral("created_at")));
    o.updatedAt = Sql::toTime(q.value(QStringLiteral("updated_at")));
    o.hlc = q.value(QStringLiteral("hlc")).toString();
    o.violated = q.value(QStringLiteral("violated")).toString();
    return o;
}

QVariantList contentValues(const Order &o)
{
    return {toCode(o.kind), Sql::json(o.findings), o.facts, o.legalBasis, o.requirement, Sql::date(o.issuedOn),
        Sql::date(o.deadline), Sql::date(o.reinspectionDue), o.dueBasis, o.documentNumber, Sql::time(o.updatedAt),
        o.hlc, o.violated};
}
} // namespace

Result<Order> OrderRepository::add(const Order &input, const Actor &actor)
{
    auto v = input.validated();
    if (!v)
        return v.error();
    Order o = v.value();
    auto inspection = InspectionRepository(m_db).editable(o.inspectionId);
    if (!inspection)
        return inspection.error();
    const Status s = m_db.write(actor, [&](WriteScope &w) { return insert(w, o, inspection.value().number); });
    if (!s)
        return s.error();
    return o;
}

Status OrderRepository::insert(WriteScope &w, Order &o, const QString &inspectionNumber, const QJsonObject &extra)
{
    o.id = Uuid::create();
    o.status = OrderStatus::Open;
    o.reinspectionId.clear();
    o.createdAt = o.updatedAt = w.now();
    o.hlc = w.hlc();
    QVariantList binds {o.id, o.inspectionId};
    binds << contentValues(o) << toCode(o.status) << Sql::time(o.createdAt);
    QSqlQuery q(w.sql());
    if (Status st = Sql::run(q,
            QStringLiteral("INSERT INTO orders (id, inspection_id, kind, findings, facts, "
                           "legal_basis, requirement, issued_on, deadline, reinspection_due, "
                           "due_basis, document_number, updated_at, hlc, violated, status, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            binds);
        !st)
        return st;
    QJsonObject details = o.toJson();
    details.insert(QStringLiteral("number"), inspectionNumber);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        details.insert(it.key(), it.value());
    return w.record(QStringLiteral("create"), QStringLiteral("order"), o.id, details, QStringLiteral("insert"));
}

Result<Order> OrderRepository::update(const Order &input, const Actor &actor)
{
    auto before = get(input.id);
    if (!before)
        return before.error();
    auto inspection = InspectionRepository(m_db).editable(before.value().inspectionId);
    if (!inspection)
        return inspection.error();
    Order o = input;
    o.inspectionId = before.value().inspectionId;
    o.status = before.value().status;
    o.reinspectionId = before.value().reinspectionId;
    o.createdAt = before.value().createdAt;
    auto v = o.validated();
    if (!v)
        return v.error();
    o = v.value();
    const Status s = m_db.write(actor, [&](WriteScope &w) {
        o.updatedAt = w.now();
        o.hlc = w.hlc();
        QVariantList binds = contentValues(o);
        binds << o.id;
        QSqlQuery q(w.sql());
        if (Status st = Sql::run(q,
                QStringLiteral("UPDATE orders SET kind = ?, findings = ?, facts = ?, legal_basis = ?, "
                               "requirement = ?, issued_on = ?, deadline = ?, reinspection_due = ?, "
                               "due_basis = ?, document_number = ?, updated_at = ?, hlc = ?, "
                               "violated = ? WHERE id = ?"),
                binds);
            !st)
            return st;
        return w.record(QStringLiteral("update"), QStringLiteral("order"), o.id,
            {{QStringLiteral("changes"), JsonDiff::changes(before.value().toJson(), o.toJson())}},
            QStringLiteral("update"));
    });
    if (!s)
        return s.error();
    return o;
}

Result<Order> OrderRepository::setStatus(
    const QString &orderId, OrderStatus status, const Actor &actor, const QString &reinspectionId)
{
    auto before = get(orderId);
    if (!before)
        return before;
    if (!reinspectionId.isEmpty())
        if (auto r = InspectionRepository(m_db).get(reinspectionId); !r)
            return r.error();
    Order o = before.value();
    const Status s = m_db.write(actor, [&](WriteScope &w) { return writeStatus(w, o, status, reinspectionId); });
    if (!s)
        return s.error();
    return o;
}

Status OrderRepository::writeStatus(WriteScope &w, Order &o, OrderStatus status, const QString &reinspectionId)
{
    const OrderStatus from = o.status;
    o.status = status;
    if (!reinspectionId.isEmpty())
        o.reinspectionId = reinspectionId;
    o.updatedAt = w.now();
    o.hlc = w.hlc();
    QSqlQuery q(w.sql());
    if (Status st = Sql::run(q,
            QStringLiteral("UPDATE orders SET status = ?, reinspection_id = ?, updated_at = ?, "
                           "hlc = ? WHERE id = ?"),
            {toCode(o.status), Sql::orNull(o.reinspectionId), Sql::time(o.updatedAt), o.hlc, o.id});
        !st)
        return st;
    return w.record(QStringLiteral("status"), QStringLiteral("order"), o.id,
        {{QStringLiteral("from"), toCode(from)}, {QStringLiteral("to"), toCode(o.status)},
            {QStringLiteral("reinspection_id"), o.reinspectionId}},
        QStringLiteral("update"));
}

Result<Order> OrderRepository::get(const QString &id) const
{
    auto r = Sql::first<Order>(
        m_db.sql(), QStringLiteral("SELECT %1 FROM orders WHERE id = ?").arg(columnList()), {id}, fromRow);
    if (!r)
        return r.error();
    if (!r.value())
        return makeError(
            QCoreApplication::translate("OrderRepository", "No order with the id '%1' is recorded.").arg(id),
            QStringLiteral("order"));
    return *r.value();
}

Result<QList<Order>> OrderRepository::list(const OrderFilter &f) const
{
    QString sql = QStringLiteral("SELECT %1 FROM orders WHERE 1").arg(columnList());
    QVariantList binds;
    if (!f.inspectionId.isEmpty()) {
        sql += QStringLiteral(" AND inspection_id = ?");
        binds << f.inspectionId;
    }
    if (f.status) {
        sql += QStringLiteral(" AND status = ?");
        binds << toCode(*f.status);
    }
    if (f.dueFrom.isValid()) {
        sql += QStringLiteral(" AND reinspection_due >= ?");
        binds << Sql::date(f.dueFrom);
    }
    if (f.dueBefore.isValid()) {
        sql += QStringLiteral(" AND reinspection_due < ?");
        binds << Sql::date(f.dueBefore);
    }
    sql += QStringLiteral(" ORDER BY reinspection_due, issued_on, id LIMIT ? OFFSET ?");
    binds << f.limit << f.offset;
    return Sql::all<Order>(m_db.sql(), sql, binds, fromRow);
}

} // namespace psv
