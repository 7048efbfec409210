#pragma once

#include "Actor.h"
#include "Codes.h"
#include "Result.h"
#include "Unit.h"

#include <QList>
#include <QString>

#include <optional>

namespace psv {

class Database;
class WriteScope;

struct UnitFilter
{
    QString search; // part of the name, or the start of the USCC
    std::optional<UnitType> type;
    int limit = 100;
    int offset = 0;
};

// Units (公共安全视频系统管理单位). Every change is committed at once with its audit entry.
class UnitRepository
{
public:
    explicit UnitRepository(Database &db) : m_db(db) { }

    Result<Unit> add(const Unit &unit, const Actor &actor); // assigns id and times
    Result<Unit> update(const Unit &unit, const Actor &actor); // by unit.id
    Result<Unit> get(const QString &id) const;
    Result<Unit> findByUscc(const QString &uscc) const; // normalises the code first
    Result<Unit> resolve(const QString &idOrUscc) const; // an id, else a USCC
    Result<QList<Unit>> list(const UnitFilter &filter = {}) const;

    // Inserts an already validated unit inside an open write (assigns the id when empty, times and
    // clock, appends the audit entry); for callers that write several entities in one transaction.
    static Status insert(WriteScope &w, Unit &unit);

private:
    Status checkUsccFree(const Unit &unit) const;
    Database &m_db;
};

} // namespace psv
