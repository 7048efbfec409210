#pragma once

#include "Actor.h"
#include "Result.h"
#include "Site.h"

#include <QString>

namespace psv {

class Database;

// Registering and editing a video system (site), for psvctl site add and the site dialog alike.
class SiteActions
{
public:
    explicit SiteActions(Database &db) : m_db(db) { }

    // Why a jurisdiction cannot be stored (translated), or empty: an administrative division code
    // (GB/T 2260) is 6 digits; none is allowed.
    static QString jurisdictionProblem(const QString &code);

    // Registers the site when it has no id yet, else saves the changes; validated (its unit, the
    // jurisdiction code, …) and written with its audit entry in one transaction.
    Result<Site> save(const Site &site, const Actor &actor);

private:
    Database &m_db;
};

} // namespace psv
