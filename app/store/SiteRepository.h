#pragma once

#include "Actor.h"
#include "Codes.h"
#include "Result.h"
#include "Site.h"

#include <QList>
#include <QString>

#include <optional>

namespace psv {

class Database;
class WriteScope;

struct SiteFilter
{
    QString unitId;
    QString search; // part of the system's name or address, or of its unit's name
    std::optional<PlaceCategory> category;
    std::optional<FilingStatus> filingStatus;
    int limit = 100;
    int offset = 0;
};

// Video systems (公共安全视频系统). Every change is committed at once with its audit entry.
class SiteRepository
{
public:
    explicit SiteRepository(Database &db) : m_db(db) { }

    Result<Site> add(const Site &site, const Actor &actor); // assigns id and times
    Result<Site> update(const Site &site, const Actor &actor);
    Result<Site> get(const QString &id) const;
    Result<QList<Site>> list(const SiteFilter &filter = {}) const;

    // Inserts an already validated site of an existing unit inside an open write (see
    // UnitRepository::insert).
    static Status insert(WriteScope &w, Site &site);

private:
    Status checkUnit(const QString &unitId) const;
    Database &m_db;
};

} // namespace psv
