#pragma once

#include "Actor.h"
#include "Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace psv {

class WriteScope;

// The device's store: DATA/psv.sqlite, opened through QtSql with WAL, foreign keys and
// synchronous=FULL, migrated to the latest schema (each migration in its own transaction).
// Each Database has its own uniquely named connection, used only from the thread that opened it;
// open several (e.g. one per thread) on the same file when needed.
class Database
{
public:
    struct Options
    {
        QString deviceId; // for a new store: use this device id (4 hex digits) instead of a random one
        bool create = true; // create the store when it does not exist
    };

    static QString fileName() { return QStringLiteral("psv.sqlite"); }
    static QString filePath(const QString &dataDir);
    static bool exists(const QString &dataDir);
    static Result<std::unique_ptr<Database>> open(const QString &dataDir, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &dataDir) { return open(dataDir, Options {}); }
    static bool isValidDeviceId(const QString &id); // 4 upper-case hex digits

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase sql() const { return m_db; }
    QString path() const { return m_path; }
    QString dataDir() const { return m_dataDir; }
    QString connectionName() const { return m_connection; }
    QString deviceId() const { return m_deviceId; }
    int schemaVersion() const { return m_schemaVersion; }
    bool createdNow() const { return m_created; } // this open created the store

    // Runs body in one write transaction (BEGIN IMMEDIATE … COMMIT) in which every change appends
    // its audit entry and change-log row: all of it is committed, or none of it. An error from body
    // rolls everything back and is returned unchanged.
    Status write(const Actor &actor, const std::function<Status(WriteScope &)> &body);

    Result<QString> meta(const QString &key) const; // empty when absent
    Result<QString> integrityCheck() const; // "ok" or SQLite's report
    bool inWrite() const { return m_inWrite; }

private:
    Database() = default;
    Status configure();
    Status bootstrap(const Options &options);
    Status migrate();
    Status runMigrations();
    Status exec(const QString &sql);

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    QString m_dataDir;
    QString m_deviceId;
    int m_schemaVersion = 0;
    bool m_created = false;
    bool m_inWrite = false;
};

} // namespace psv
