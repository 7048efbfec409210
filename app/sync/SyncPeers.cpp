#include "SyncPeers.h"

#include "Sql.h"

namespace psv {

namespace {

SyncPeer fromRow(const QSqlQuery &q)
{
    return SyncPeer {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toString()};
}

const char *kColumns = "peer_id, last_acked_seq, last_received_seq, last_received_hlc, last_bundle_id, updated_at";

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
        db, QStringLiteral("SELECT %1 FROM sync_peers ORDER BY peer_id").arg(QLatin1String(kColumns)), {}, fromRow);
}

Result<SyncPeer> SyncPeers::get(QSqlDatabase db, const QString &peerId)
{
    auto r = Sql::first<SyncPeer>(db,
        QStringLiteral("SELECT %1 FROM sync_peers WHERE peer_id = ?").arg(QLatin1String(kColumns)), {peerId}, fromRow);
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
            {seq}, [](const QSqlQuery &q) { return q.value(0).toString(); });
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
