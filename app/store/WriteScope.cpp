#include "WriteScope.h"

#include "AuditEntry.h"
#include "AuditLog.h"
#include "ChangeLog.h"
#include "Database.h"
#include "Sql.h"

#include <QSqlQuery>

namespace psv {

WriteScope::WriteScope(Database &db, Actor actor, QDateTime now, HlcTimestamp hlc)
    : m_db(db), m_actor(std::move(actor)), m_now(std::move(now)), m_hlc(std::move(hlc))
{
}

QSqlDatabase WriteScope::sql() const
{
    return m_db.sql();
}

QString WriteScope::deviceId() const
{
    return m_db.deviceId();
}

Status WriteScope::audit(
    const QString &action, const QString &entityType, const QString &entityId, const QJsonObject &details)
{
    if (m_auditSeq < 0) {
        auto head = AuditLog::lastEntry(m_db.sql());
        if (!head)
            return head.error();
        m_auditSeq = head.value().first;
        m_auditHash = head.value().second;
    }
    AuditEntry e;
    e.seq = m_auditSeq + 1;
    e.at = m_now;
    e.actorId = m_actor.officerId;
    e.actorName = m_actor.display();
    e.action = action;
    e.entityType = entityType;
    e.entityId = entityId;
    e.details = details;
    e.prevHash = m_auditHash;
    e.hash = e.computeHash();
    if (Status s = AuditLog::insert(m_db.sql(), e); !s)
        return s;
    m_auditSeq = e.seq;
    m_auditHash = e.hash;
    return {};
}

Status WriteScope::changed(const QString &entityType, const QString &entityId, const QString &op)
{
    m_clockUsed = true;
    m_changedTypes.insert(entityType);
    return ChangeLog::insert(m_db.sql(), m_db.deviceId(), m_hlc.toString(), entityType, entityId, op);
}

Status WriteScope::record(const QString &action, const QString &entityType, const QString &entityId,
    const QJsonObject &details, const QString &op)
{
    if (Status s = audit(action, entityType, entityId, details); !s)
        return s;
    return changed(entityType, entityId, op);
}

QStringList WriteScope::changedTypes() const
{
    QStringList types(m_changedTypes.cbegin(), m_changedTypes.cend());
    types.sort();
    return types;
}

void WriteScope::receiveClock(const QString &remoteHlc)
{
    const HlcTimestamp r = HlcTimestamp::parseOrNull(remoteHlc);
    if (!r.isNull() && m_received < r)
        m_received = r;
}

Status WriteScope::finish()
{
    QSqlQuery q(m_db.sql());
    if (m_clockUsed || !m_received.isNull()) {
        HlcTimestamp last = m_hlc;
        if (m_hlc < m_received)
            last = HlcTimestamp {m_received.wallMs, m_received.counter, m_hlc.deviceId};
        if (Status s = Sql::run(
                q, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('hlc', ?)"), {last.toString()});
            !s)
            return s;
    }
    if (m_auditSeq > 0) {
        if (Status s = Sql::run(q, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_head', ?)"),
                {QStringLiteral("%1:%2").arg(m_auditSeq).arg(m_auditHash)});
            !s)
            return s;
    }
    return {};
}

} // namespace psv
