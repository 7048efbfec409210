#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace psv {

// One entry of the append-only audit log. Entries are hash-chained:
//   hash = SHA-256( prev_hash (64 hex chars) ‖ CanonicalJson(hashedContent()) )
// with prev_hash of the first entry = 64 zeros; changing, removing or reordering any entry breaks
// the chain from that entry on.
struct AuditEntry
{
    qint64 seq = 0; // 1, 2, 3, … without gaps
    QDateTime at; // UTC, milliseconds
    QString actorId; // officer id, empty for a non-officer actor
    QString actorName; // display name ("张三 (012345)", "cli:alice")
    QString action; // "create", "update", "seal", "view", "export", "print", "import", …
    QString entityType; // "unit", "site", "officer", "inspection", "item", "order", "evidence", …
    QString entityId;
    QJsonObject details;
    QString prevHash;
    QString hash;

    static QString genesisHash(); // 64 zeros
    QJsonObject hashedContent() const;
    QString computeHash() const; // from prevHash and hashedContent()
    QJsonObject toJson() const;
    static Result<AuditEntry> fromJson(const QJsonObject &json);
};

} // namespace psv
