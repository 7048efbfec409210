#include "SyncPeers.h"

#include "Sql.h"
#include "StoreColumns.h"

namespace psv {

namespace {

SyncPeer fromRow(const QSqlQuery &q)
{
    return SyncPeer {q.value(QStringLiteral("peer_id")).toString(),
        q.value(QStringLiteral("last_acked_seq")).toLongLong(),
        q.value(QStringLiteral("last_received_seq")).toLongLong(),
        q.value(QStringLiteral("last_received_hlc")).toString(), q.value(QStringLiteral("last_bundle_id")).toString(),
        q.value(QStringLiteral("updated_at")).toString()};
}

QString columnList()
{
    return StoreColumns::joined(StoreColumns::syncPeers());
}

Status ensure(QSqlDatabase db, const QString &peerId, const QString &now)
{
    QSqlQuery q(db);
    return Sql::run(
        q, QStringLiteral("INSERT OR IGNORE INTO sync_peers (peer_id, updated_at) VALUES (?, ?)"), {peerId, now});
}

} // namespace

QJsonObject SyncPeer::toJson() const
{
    return {{QStringLiteral("peer"), peerId}, {QStringLiteral("last_acked_seq"), lastAckedSeq},
        {QStringLiteral("last_received_seq"), lastReceivedSeq}, {QStringLiteral("last_received_hlc"), lastReceivedHlc},
        {QStringLiteral("last_bundle_id"), lastBundleId}, {QStringLiteral("updated_at"), updatedAt}};
}

Result<QList<SyncPeer>> SyncPeers::list(QSqlDatabase db)
{
    return Sql::all<SyncPeer>(
        db, QStringLiteral("SELECT %1 FROM sync_peers ORDER BY peer_id").arg(columnList()), {}, fromRow);
}

Result<SyncPeer> SyncPeers::get(QSqlDatabase db, const QString &peerId)
{
    auto r = Sql::first<SyncPeer>(
        db, QStringLiteral("SELECT %1 FROM sync_peers WHERE peer_id = ?").arg(columnList()), {peerId}, fromRow);
    if (!r)
        return r.error();
    if (r.value())
        return *r.value();
    SyncPeer p;
    p.peerId = peerId;
    return p;
}

Result<QString> SyncPeers::hlcOfSeq(QSqlDatabase db, qint64 seq)
{
    if (seq <= 0)
        return QString();
    auto r
        = Sql::first<QString>(db, QStringLiteral("SELECT hlc FROM change_log WHERE seq <= ? ORDER BY seq DESC LIMIT 1"),
            {seq}, [](const QSqlQuery &q) { return q.value(QStringLiteral("hlc")).toString(); });
    if (!r)
        return r.error();
    return r.value().value_or(QString());
}

Status SyncPeers::noteAcked(QSqlDatabase db, const QString &peerId, qint64 seq, const QString &now)
{
    if (Status s = ensure(db, peerId, now); !s)
        return s;
    QSqlQuery q(db);
    return Sql::run(q,
        QStringLiteral("UPDATE sync_peers SET last_acked_seq = MAX(last_acked_seq, ?), updated_at = ? "
                       "WHERE peer_id = ?"),
        {seq, now, peerId});
}

Status SyncPeers::noteReceived(
    QSqlDatabase db, const QString &peerId, qint64 seq, const QString &hlc, const QString &bundleId, const QString &now)
{
    if (Status s = ensure(db, peerId, now); !s)
        return s;
    QSqlQuery q(db);
    return Sql::run(q,
        QStringLiteral("UPDATE sync_peers SET last_received_seq = MAX(last_received_seq, ?), "
                       "last_received_hlc = MAX(last_received_hlc, ?), last_bundle_id = ?, updated_at = ? "
                       "WHERE peer_id = ?"),
        {seq, hlc, bundleId, now, peerId});
}

} // namespace psv
