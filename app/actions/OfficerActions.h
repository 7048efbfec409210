#pragma once

#include "Actor.h"
#include "Officer.h"
#include "Result.h"

#include <QString>

namespace psv {

class Database;

// Recording officers and (de)activating them, for psvctl officer add and the officers dialog alike.
class OfficerActions
{
public:
    explicit OfficerActions(Database &db) : m_db(db) { }

    // Records an officer; `secret` (empty: none, the officer cannot sign in here) is hashed and
    // must have at least SecretHash::minimumLength() characters.
    Result<Officer> add(const Officer &officer, const QString &secret, const Actor &actor);
    // Deactivates or reactivates the officer as stored now. An officer cannot deactivate themself.
    Result<Officer> setActive(const QString &officerId, bool active, const Actor &actor);

private:
    Database &m_db;
};

} // namespace psv
