#pragma once

#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace psv {

class Database;

// What changed on this device, in order, for sync: one row per changed entity per transaction,
// with the device's sequence number and the transaction's hybrid-logical-clock stamp.
class ChangeLog
{
public:
    struct Change
    {
        qint64 seq = 0;
        QString deviceId;
        QString hlc;
        QString entityType;
        QString entityId;
        QString op; // "insert", "update", "delete"
    };

    explicit ChangeLog(Database &db) : m_db(db) { }
    Result<QList<Change>> since(qint64 afterSeq, int limit = 1000) const;
    Result<qint64> lastSeq() const;

    static Status insert(QSqlDatabase db, const QString &deviceId, const QString &hlc, const QString &entityType,
        const QString &entityId, const QString &op);

private:
    Database &m_db;
};

} // namespace psv
