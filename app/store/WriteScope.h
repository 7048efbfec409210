#pragma once

#include "Actor.h"
#include "HlcTimestamp.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace psv {

class Database;

// The open write transaction handed to Database::write()'s body: who is writing, the time and
// clock stamp of this change, and the two logs every change appends to.
class WriteScope
{
public:
    Database &database() { return m_db; }
    QSqlDatabase sql() const;
    const Actor &actor() const { return m_actor; }
    QDateTime now() const { return m_now; } // one time for the whole transaction (UTC, ms)
    QString hlc() const { return m_hlc.toString(); }
    QString deviceId() const;

    // Appends a hash-chained audit entry.
    Status audit(
        const QString &action, const QString &entityType, const QString &entityId, const QJsonObject &details = {});
    // Records a change for sync (op: "insert", "update", "delete"); its entity type is announced
    // after the commit (StoreEvents).
    Status changed(const QString &entityType, const QString &entityId, const QString &op);
    // A change that stays on this device and has no change-log row (an officer's secret, sync
    // bookkeeping such as conflicts and applied bundles): its entity type is announced as well.
    void touched(const QString &entityType) { m_changedTypes.insert(entityType); }
    // The entity types this transaction changed so far, sorted, each once.
    QStringList changedTypes() const;
    // A clock stamp received from another device (sync import): the device's clock is advanced
    // past it when the transaction commits, so that later local stamps order after it.
    void receiveClock(const QString &remoteHlc);
    // Both: the usual pair for a change to an entity.
    Status record(const QString &action, const QString &entityType, const QString &entityId, const QJsonObject &details,
        const QString &op);

private:
    friend class Database;
    WriteScope(Database &db, Actor actor, QDateTime now, HlcTimestamp hlc);
    Status finish(); // writes the clock and the audit head into meta

    Database &m_db;
    Actor m_actor;
    QDateTime m_now;
    HlcTimestamp m_hlc;
    qint64 m_auditSeq = -1; // last audit seq, -1 until read
    QString m_auditHash;
    bool m_clockUsed = false;
    HlcTimestamp m_received;
    QSet<QString> m_changedTypes;
};

} // namespace psv
