#pragma once

#include "Actor.h"
#include "Officer.h"
#include "Result.h"
#include "Site.h"
#include "Unit.h"

#include <QList>
#include <QString>

namespace psv {

class Database;

// The sample data set: units whose names begin with "示例" (with valid 统一社会信用代码), their video
// systems in several place categories (one Art. 9 place, one in Chongqing "500000" so that the
// local checklist pack applies, one not filed and past its filing deadline) and three sample
// officers (police numbers 9000xx, no sign-in secret). Everything is clearly marked 示例 so that
// it is never taken for real records.
class DemoData
{
public:
    struct Counts
    {
        int units = 0;
        int sites = 0;
        int officers = 0;
        bool nothing() const { return units == 0 && sites == 0 && officers == 0; }
    };

    // What load() adds, before ids are assigned; sites name their unit by its USCC in unitId.
    static QList<Unit> units();
    static QList<Site> sites();
    static QList<Officer> officers();
    static QString marker() { return QStringLiteral("示例"); }

    // Adds every sample unit, site and officer that is not in the store yet (units by USCC, sites
    // by unit and name, officers by police number) in one audited write. Loading again changes
    // nothing: no write happens at all. added, when given, receives what was added.
    static Status load(Database &db, const Actor &actor, Counts *added = nullptr);
    // True when every sample unit, site and officer is in the store.
    static bool isLoaded(Database &db);

private:
    static Result<Counts> missing(
        Database &db, QList<Unit> *newUnits, QList<Site> *newSites, QList<Officer> *newOfficers);
};

} // namespace psv
