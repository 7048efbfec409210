#pragma once

#include "InspectionRepository.h"

namespace psv {

// The inspections list: filters and search served by the indexes (see bench_store for figures).
class InspectionQuery
{
public:
    explicit InspectionQuery(Database &db) : m_db(db) { }
    Result<QList<InspectionSummary>> list(const InspectionFilter &filter) const;

private:
    Database &m_db;
};

} // namespace psv
