#pragma once

#include "Actor.h"
#include "ItemResult.h"
#include "Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace psv {

class Database;

// Checklist item results of an inspection, with their evidence links. Every keystroke the GUI
// saves goes through set(): one transaction with its audit entry.
class ItemResultRepository
{
public:
    explicit ItemResultRepository(Database &db) : m_db(db) { }

    // Creates or replaces the result of (item.inspectionId, item.itemKey); refused when sealed.
    Result<ItemResult> set(const ItemResult &item, const Actor &actor);
    Result<std::optional<ItemResult>> find(const QString &inspectionId, const QString &itemKey) const;
    Result<QList<ItemResult>> list(const QString &inspectionId) const; // ordered by item key (numeric first)

private:
    Status loadLinks(QList<ItemResult> &items) const;
    Database &m_db;
};

} // namespace psv
