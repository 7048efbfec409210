#pragma once

#include "Result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace psv {

class Database;

// What the sites list shows beside each video system: when it was last inspected and how many of
// the orders issued after its inspections are not yet corrected (status open or overdue).
struct SiteActivity
{
    QDateTime lastInspection; // latest started_at of any of its inspections; invalid when none
    int inspections = 0; // latest versions only
    int openOrders = 0;
};

// One pass over the inspections and orders tables (indexes inspections_site, orders_inspection).
class SiteActivityQuery
{
public:
    explicit SiteActivityQuery(Database &db) : m_db(db) { }
    // Keyed by site id; a site without inspections is absent.
    Result<QHash<QString, SiteActivity>> all() const;

private:
    Database &m_db;
};

} // namespace psv
