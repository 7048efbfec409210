#include "UnitActions.h"

#include "ActionsLogging.h"
#include "UnitRepository.h"

namespace psv {

Result<Unit> UnitActions::save(const Unit &unit, const Actor &actor)
{
    UnitRepository units(m_db);
    auto saved = unit.id.isEmpty() ? units.add(unit, actor) : units.update(unit, actor);
    if (saved)
        qCInfo(lcActions) << (unit.id.isEmpty() ? "registered unit" : "saved unit") << saved.value().id;
    return saved;
}

} // namespace psv
