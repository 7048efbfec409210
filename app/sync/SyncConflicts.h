#pragma once

#include "Actor.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace psv {

class Database;

// One disagreement an import could not settle by itself (table sync_conflicts):
//   field   a unit/site/officer field changed on both devices (base, local and remote values)
//   sealed  the same inspection sealed differently on two devices (both kept; remote in "remote")
//   draft   an unsealed inspection changed on both devices
//   number  another inspection already holds the number and version
//   review  a review decision for a seal this device does not hold
//   unique  a USCC or police number held by another record here
struct SyncConflict
{
    qint64 id = 0;
    QString kind;
    QString entityType;
    QString entityId;
    QString field;
    QJsonValue base; // Undefined when absent
    QJsonValue local;
    QJsonValue remote;
    QString localHlc;
    QString remoteHlc;
    QString peerId;
    QString bundleId;
    QString createdAt;
    QString status; // open, settled
    QString resolution;
    QString settledBy;

    QJsonObject toJson() const;
};

class SyncConflicts
{
    Q_DECLARE_TR_FUNCTIONS(SyncConflicts)

public:
    explicit SyncConflicts(Database &db) : m_db(db) { }

    Result<QList<SyncConflict>> list(bool openOnly = true) const;
    Result<SyncConflict> get(qint64 id) const;
    // keep: "local", "remote" or a value (JSON, else taken as text) for a field conflict; the
    // other kinds are settled with "local" (the local version stays; the remote one remains in
    // the conflict's record). The chosen value is stamped now, so that it travels to the peers.
    Result<SyncConflict> settle(qint64 id, const QString &keep, const Actor &actor);

private:
    Database &m_db;
};

} // namespace psv
