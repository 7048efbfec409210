#pragma once

#include "InspectionRepository.h"

#include <QVariantList>

#include <utility>

namespace psv {

// The inspections list: filters and search served by the indexes (see bench_store for figures).
class InspectionQuery
{
public:
    explicit InspectionQuery(Database &db) : m_db(db) { }
    Result<QList<InspectionSummary>> list(const InspectionFilter &filter) const;

private:
    // Up to this many matching video systems, their inspections are found through the
    // inspections_site index and sorted; beyond it, walking the inspections by date and testing
    // each finds a page sooner (measured in bench_store).
    static constexpr int ManySites = 1000;
    // The condition "the inspection is at one of the sites sitesSql selects"; rowCondition says the
    // same on the joined site (s) and unit (u) row, for when the sites are many. Both take binds.
    Result<std::pair<QString, QVariantList>> atSites(
        const QString &sitesSql, const QString &rowCondition, const QVariantList &binds) const;

    Database &m_db;
};

} // namespace psv
