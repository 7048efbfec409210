#pragma once

#include <QString>
#include <QStringList>

namespace psv {

// The columns of each store table as the code that reads and writes the table names them, in the
// order it selects them: the repositories of app/store and the sync bookkeeping of app/syncstore
// build their SELECT and INSERT lists from here and read rows by these names. TestStoreColumns
// holds every list against PRAGMA table_info of a freshly migrated store, so a migration that adds
// or drops a column fails there until the code follows.
class StoreColumns
{
public:
    static const QStringList &units();
    static const QStringList &sites();
    static const QStringList &officers(); // secret_hash is read only as "has_secret" (set or not)
    static const QStringList &inspections();
    static const QStringList &itemResults();
    static const QStringList &orders();
    static const QStringList &evidence();
    static const QStringList &auditLog();
    static const QStringList &changeLog();
    static const QStringList &syncPeers();
    static const QStringList &syncConflicts();

    // "a, b, c", for a SELECT or an INSERT.
    static QString joined(const QStringList &columns) { return columns.join(QStringLiteral(", ")); }
};

} // namespace psv
