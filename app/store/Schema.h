#pragma once

#include <QList>
#include <QString>

#include <span>

namespace psv {

// The store's schema as numbered migrations. Each migration runs in its own transaction and sets
// meta.schema_version to its number; a store is never opened by a build older than its schema.
struct Migration
{
    int version;
    const char *title;
    QList<const char *> statements;
};

class Schema
{
public:
    static std::span<const Migration> migrations();
    static int latestVersion();
    // The statement that creates the meta table (before any migration).
    static QString metaTable();
};

} // namespace psv
