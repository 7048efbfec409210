#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace psv {

// What this device knows about each device it exchanges bundles with (table sync_peers):
// lastAckedSeq — the last of this device's change-log rows the peer has applied (it says so in
// the acknowledgement record of its bundles); lastReceivedSeq/Hlc — the end of the peer's change
// range in the last bundle applied here.
struct SyncPeer
{
    QString peerId;
    qint64 lastAckedSeq = 0;
    qint64 lastReceivedSeq = 0;
    QString lastReceivedHlc; // store form (Hlc::toString), empty when nothing was received
    QString lastBundleId;
    QString updatedAt;

    QJsonObject toJson() const;
};

class SyncPeers
{
public:
    static Result<QList<SyncPeer>> list(QSqlDatabase db);
    static Result<SyncPeer> get(QSqlDatabase db, const QString &peerId); // a default row when unknown
    // The clock stamp of this device's change-log row seq (empty when seq is 0 or unknown).
    static Result<QString> hlcOfSeq(QSqlDatabase db, qint64 seq);

    static Status noteAcked(QSqlDatabase db, const QString &peerId, qint64 seq, const QString &now);
    static Status noteReceived(QSqlDatabase db, const QString &peerId, qint64 seq, const QString &hlc,
        const QString &bundleId, const QString &now);
};

} // namespace psv
