#pragma once

#include "Actor.h"
#include "Codes.h"
#include "Order.h"
#include "Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace psv {

class Database;
class WriteScope;

struct OrderFilter
{
    QString inspectionId;
    std::optional<OrderStatus> status;
    QDate dueFrom; // reinspection_due >= dueFrom
    QDate dueBefore; // reinspection_due < dueBefore
    int limit = 200;
    int offset = 0;
};

// Orders (处理) issued after an inspection. Their content is part of the inspection's seal and
// is fixed once it is sealed; their status (open → corrected / overdue / escalated) and the link
// to the re-inspection keep changing afterwards.
class OrderRepository
{
public:
    explicit OrderRepository(Database &db) : m_db(db) { }

    Result<Order> add(const Order &order, const Actor &actor); // assigns id; status open
    Result<Order> update(const Order &order, const Actor &actor);
    Result<Order> setStatus(
        const QString &orderId, OrderStatus status, const Actor &actor, const QString &reinspectionId = {});
    Result<Order> get(const QString &id) const;
    Result<QList<Order>> list(const OrderFilter &filter) const;

    // For services that issue an order inside their own transaction (e.g. with a document number
    // allocated in it): inserts the validated order `o` (id, times, clock and status set here) and
    // its audited "create" entry; inspectionNumber and extra go into the audit details.
    static Status insert(WriteScope &scope, Order &o, const QString &inspectionNumber, const QJsonObject &extra = {});
    // The same for a status change of `o` (as read before it), audited.
    static Status writeStatus(WriteScope &scope, Order &o, OrderStatus status, const QString &reinspectionId = {});

private:
    Database &m_db;
};

} // namespace psv
