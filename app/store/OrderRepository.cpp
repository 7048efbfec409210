#include "OrderRepository.h"

#include "Database.h"
#include "InspectionRepository.h"
#include "JsonDiff.h"
#include "Sql.h"
#include "Uuid.h"
#include "WriteScope.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace psv {

namespace {
const char *const Columns = "id, inspection_id, kind, findings, facts, legal_basis, requirement, issued_on, deadline, "
                            "reinspection_due, due_basis, document_number, status, reinspection_id, created_at, "
                            "updated_at, hlc, violated";

Order fromRow(const QSqlQuery &q)
{
    Order o;
    o.id = q.value(0).toString();
    o.inspectionId = q.value(1).toString();
    o.kind = fromCode<OrderKind>(q.value(2).toString()).value_or(OrderKind::Correction);
    o.findings = Sql::toStringList(q.value(3));
    o.facts = q.value(4).toString();
    o.legalBasis = q.value(5).toString();
    o.requirement = q.value(6).toString();
    o.issuedOn = Sql::toDate(q.value(7));
    o.deadline = Sql::toDate(q.value(8));
    o.reinspectionDue = Sql::toDate(q.value(9));
    o.dueBasis = q.value(10).toString();
    o.documentNumber = q.value(11).toString();
    o.status = fromCode<OrderStatus>(q.value(12).toString()).value_or(OrderStatus::Open);
    o.reinspectionId = Sql::text(q.value(13));
    o.createdAt = Sql::toTime(q.value(14));
    o.updatedAt = Sql::toTime(q.value(15));
    o.hlc = q.value(16).toString();
    o.violated = q.value(17).toString();
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
        m_db.sql(), QStringLiteral("SELECT %1 FROM orders WHERE id = ?").arg(QLatin1String(Columns)), {id}, fromRow);
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
    QString sql = QStringLiteral("SELECT %1 FROM orders WHERE 1").arg(QLatin1String(Columns));
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
