#include "StoreEvents.h"

#include "StoreLogging.h"

namespace psv {

StoreEvents &StoreEvents::instance()
{
    static StoreEvents events; // thread-safe initialisation; emitting from any thread is safe
    return events;
}

void StoreEvents::announce(const QString &storePath, const QStringList &entityTypes)
{
    qCDebug(lcStore) << "committed" << storePath << entityTypes;
    Q_EMIT committed(storePath, entityTypes);
}

} // namespace psv
