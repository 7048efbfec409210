#include "AuditLog.h"

#include "CanonicalJson.h"
#include "Database.h"
#include "IsoTime.h"
#include "Sql.h"
#include "StoreColumns.h"
#include "WriteScope.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlQuery>

namespace psv {

namespace {
QString columnList()
{
    static const QString list = StoreColumns::joined(StoreColumns::auditLog());
    return list;
}

AuditEntry entryFrom(const QSqlQuery &q, bool *detailsOk = nullptr)
{
    AuditEntry e;
    e.seq = q.value(QStringLiteral("seq")).toLongLong();
    e.at = IsoTime::parseTime(q.value(QStringLiteral("at")).toString());
    e.actorId = q.value(QStringLiteral("actor_id")).toString();
    e.actorName = q.value(QStringLiteral("actor")).toString();
    e.action = q.value(QStringLiteral("action")).toString();
    e.entityType = q.value(QStringLiteral("entity_type")).toString();
    e.entityId = q.value(QStringLiteral("entity_id")).toString();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(QStringLiteral("details")).toString().toUtf8(), &err);
    e.details = doc.object();
    if (detailsOk)
        *detailsOk = err.error == QJsonParseError::NoError && doc.isObject();
    e.prevHash = q.value(QStringLiteral("prev_hash")).toString();
    e.hash = q.value(QStringLiteral("hash")).toString();
    return e;
}
} // namespace

Result<std::pair<qint64, QString>> AuditLog::lastEntry(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (Status s = Sql::run(q, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")); !s)
        return s.error();
    if (q.next())
        return std::pair<qint64, QString>(
            q.value(QStringLiteral("seq")).toLongLong(), q.value(QStringLiteral("hash")).toString());
    return std::pair<qint64, QString>(0, AuditEntry::genesisHash());
}

Status AuditLog::insert(QSqlDatabase db, const AuditEntry &e)
{
    QSqlQuery q(db);
    return Sql::run(q,
        QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(columnList()),
        {e.seq, IsoTime::format(e.at), e.actorId, e.actorName, e.action, e.entityType, e.entityId,
            QString::fromUtf8(CanonicalJson::serialize(e.details)), e.prevHash, e.hash});
}

Status AuditLog::record(const Actor &actor, const QString &action, const QString &entityType, const QString &entityId,
    const QJsonObject &details)
{
    return m_db.write(actor, [&](WriteScope &w) { return w.audit(action, entityType, entityId, details); });
}

Result<QList<AuditEntry>> AuditLog::list(const Filter &f) const
{
    QString sql = QStringLiteral("SELECT %1 FROM audit_log WHERE seq > ?").arg(columnList());
    QVariantList binds {f.afterSeq};
    if (!f.entityType.isEmpty()) {
        sql += QStringLiteral(" AND entity_type = ?");
        binds << f.entityType;
    }
    if (!f.entityId.isEmpty()) {
        sql += QStringLiteral(" AND entity_id = ?");
        binds << f.entityId;
    }
    sql += f.newestFirst ? QStringLiteral(" ORDER BY seq DESC LIMIT ?") : QStringLiteral(" ORDER BY seq LIMIT ?");
    binds << f.limit;
    QSqlQuery q(m_db.sql());
    if (Status s = Sql::run(q, sql, binds); !s)
        return s.error();
    QList<AuditEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

Result<AuditLog::Verification> AuditLog::verify() const
{
    Verification v;
    auto broken = [&v](qint64 seq, const char *problem, const QString &message) {
        v.ok = false;
        v.brokenSeq = seq;
        v.problem = QLatin1String(problem);
        v.message = message;
        return v;
    };
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (Status s = Sql::run(q, QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(columnList())); !s)
        return s.error();
    qint64 lastSeq = 0;
    QString lastHash = AuditEntry::genesisHash();
    while (q.next()) {
        bool detailsOk = false;
        const AuditEntry e = entryFrom(q, &detailsOk);
        if (e.seq != lastSeq + 1)
            return broken(lastSeq + 1, "gap",
                QCoreApplication::translate("AuditLog", "Entry %1 is missing: the log goes from entry %2 to entry %3.")
                    .arg(lastSeq + 1)
                    .arg(lastSeq)
                    .arg(e.seq));
        if (e.prevHash != lastHash)
            return broken(e.seq, "link",
                QCoreApplication::translate("AuditLog", "Entry %1 does not link to the entry before it.").arg(e.seq));
        if (!detailsOk || !e.at.isValid())
            return broken(e.seq, "content",
                QCoreApplication::translate("AuditLog", "Entry %1 cannot be read back as written.").arg(e.seq));
        if (e.computeHash() != e.hash)
            return broken(e.seq, "hash",
                QCoreApplication::translate(
                    "AuditLog", "Entry %1 was changed after it was written: its content does not match its hash.")
                    .arg(e.seq));
        lastSeq = e.seq;
        lastHash = e.hash;
        ++v.entries;
    }
    q.finish();
    auto head = m_db.meta(QStringLiteral("audit_head"));
    if (!head)
        return head.error();
    const QString expected = lastSeq ? QStringLiteral("%1:%2").arg(lastSeq).arg(lastHash) : QString();
    if (head.value() != expected) {
        const qint64 headSeq = head.value().section(u':', 0, 0).toLongLong();
        if (headSeq > lastSeq)
            return broken(lastSeq + 1, "truncated",
                QCoreApplication::translate("AuditLog", "Entries %1 to %2 are missing: the log was cut short.")
                    .arg(lastSeq + 1)
                    .arg(headSeq));
        return broken(lastSeq, "head",
            QCoreApplication::translate("AuditLog", "The last entry, %1, is not the one the store recorded last.")
                .arg(lastSeq));
    }
    return v;
}

} // namespace psv
