#pragma once

#include "Actor.h"
#include "AuditEntry.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace psv {

class Database;

// The append-only, hash-chained audit log (table audit_log). Changes append their entries through
// WriteScope inside their own transaction; record() logs an event that changes nothing else
// (a view, an export, a print). verify() walks the whole chain.
class AuditLog
{
public:
    struct Filter
    {
        QString entityType;
        QString entityId;
        qint64 afterSeq = 0;
        int limit = 100;
        bool newestFirst = true;
    };

    struct Verification
    {
        bool ok = true;
        qint64 entries = 0; // entries checked
        qint64 brokenSeq = 0; // the first broken entry (0 when ok)
        QString problem; // "gap", "link", "hash", "content", "truncated"
        QString message; // translated
    };

    explicit AuditLog(Database &db) : m_db(db) { }

    Status record(const Actor &actor, const QString &action, const QString &entityType, const QString &entityId,
        const QJsonObject &details = {});
    Result<QList<AuditEntry>> list(const Filter &filter) const;
    Result<QList<AuditEntry>> list() const { return list(Filter {}); }
    Result<Verification> verify() const;

    // For WriteScope: the last (seq, hash), (0, genesis) when empty; and the row insert.
    static Result<std::pair<qint64, QString>> lastEntry(QSqlDatabase db);
    static Status insert(QSqlDatabase db, const AuditEntry &entry);

private:
    Database &m_db;
};

} // namespace psv
