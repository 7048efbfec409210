#pragma once

#include "Actor.h"
#include "Result.h"
#include "Unit.h"

namespace psv {

class Database;

// Registering and editing a unit (运营单位), for psvctl unit add and the unit dialog alike.
class UnitActions
{
public:
    explicit UnitActions(Database &db) : m_db(db) { }

    // Registers the unit when it has no id yet, else saves the changes to it; validated (name,
    // type, USCC check digit, …) and written with its audit entry in one transaction.
    Result<Unit> save(const Unit &unit, const Actor &actor);

private:
    Database &m_db;
};

} // namespace psv
