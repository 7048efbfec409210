#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace psv {

// Where committed writes announce themselves. After Database::write() commits, it emits
// committed() once with the entity types that transaction changed (those of its change-log rows
// and of the local-only changes it named with WriteScope::touched()); a write that is refused or
// rolled back announces nothing. One object for the whole process, so that a listener (the
// desktop app's AppSession) also hears the writes that worker threads make on their own
// Database connections: the signal is emitted on the writing thread and reaches a receiver on
// another thread queued, in commit order.
class StoreEvents : public QObject
{
    Q_OBJECT
public:
    static StoreEvents &instance();

Q_SIGNALS:
    // storePath: the canonical path of the store file (QFileInfo::canonicalFilePath() of
    // Database::path()); entityTypes: sorted, each once (e.g. "inspection", "item").
    void committed(const QString &storePath, const QStringList &entityTypes);

private:
    friend class Database;
    StoreEvents() = default;
    void announce(const QString &storePath, const QStringList &entityTypes);
};

} // namespace psv
