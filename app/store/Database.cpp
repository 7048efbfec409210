#include "Database.h"

#include "HybridLogicalClock.h"
#include "IsoTime.h"
#include "Schema.h"
#include "Sql.h"
#include "StatementCache.h"
#include "StoreEvents.h"
#include "StoreLogging.h"
#include "WriteScope.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace psv {

QString Database::filePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(fileName());
}

bool Database::exists(const QString &dataDir)
{
    return QFileInfo::exists(filePath(dataDir));
}

bool Database::isValidDeviceId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-F]{4}$"));
    return re.match(id).hasMatch();
}

Result<std::unique_ptr<Database>> Database::open(const QString &dataDir, const Options &options)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return makeError(QCoreApplication::translate("Database",
                             "The Qt SQLite driver (QSQLITE) is not installed; install the Qt "
                             "SQL SQLite plugin."),
            {}, 3);
    if (!options.deviceId.isEmpty() && !isValidDeviceId(options.deviceId))
        return makeError(QCoreApplication::translate("Database",
                             "The device id '%1' is not valid; expected 4 hexadecimal digits "
                             "in upper case, e.g. A7F3.")
                             .arg(options.deviceId),
            QStringLiteral("device-id"), 1);
    const QString path = filePath(dataDir);
    const bool existed = QFileInfo::exists(path);
    if (!existed && !options.create)
        return makeError(QCoreApplication::translate("Database",
                             "There is no store in this data directory; create one with "
                             "'psvctl init'."),
            dataDir, 3);
    if (!existed && !QDir().mkpath(dataDir))
        return makeError(QCoreApplication::translate("Database",
                             "The data directory cannot be created; check that its parent "
                             "exists and is writable."),
            dataDir, 3);

    static std::atomic<int> counter {0};
    std::unique_ptr<Database> db(new Database);
    db->m_connection = QStringLiteral("psv-store-%1").arg(++counter);
    db->m_path = path;
    db->m_dataDir = QDir(dataDir).absolutePath();
    db->m_created = !existed;
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connection);
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    if (!db->m_db.open())
        return makeError(
            QCoreApplication::translate("Database", "The store cannot be opened: %1").arg(db->m_db.lastError().text()),
            path, 3);
    StatementCache::enable(db->m_db);
    if (Status s = db->configure(); !s)
        return s.error();
    if (Status s = db->bootstrap(options); !s)
        return s.error();
    if (Status s = db->migrate(); !s)
        return s.error();
    return db;
}

Database::~Database()
{
    StatementCache::forget(m_db);
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Status Database::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return Sql::error(q);
    return {};
}

Status Database::configure()
{
    QSqlQuery q(m_db);
    // A file that is not an SQLite database fails here, on its first read.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
        return makeError(
            QCoreApplication::translate("Database", "The store cannot be read: %1").arg(q.lastError().text()), m_path,
            3);
    if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return makeError(QCoreApplication::translate("Database",
                             "The store cannot use write-ahead logging (journal mode is "
                             "'%1'); keep it on a local disk.")
                             .arg(q.value(0).toString()),
            m_path, 3);
    q.finish();
    for (const char *pragma : {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL"})
        if (Status s = exec(QLatin1String(pragma)); !s)
            return s;
    return {};
}

Status Database::bootstrap(const Options &options)
{
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'device_id'")))
            q.finish(); // no meta table yet
        else if (q.next()) {
            m_deviceId = q.value(0).toString();
            return {};
        }
    }
    // A new store: the meta table, the device id and the creation time, in one transaction.
    QString device = options.deviceId;
    if (device.isEmpty())
        device
            = QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(0x10000), 4, 16, QLatin1Char('0')).toUpper();
    if (Status s = exec(QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s;
    QSqlQuery q(m_db);
    Status s = exec(Schema::metaTable());
    if (s)
        s = Sql::run(q,
            QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES ('device_id', ?), "
                           "('created_at', ?), ('schema_version', '0')"),
            {device, IsoTime::format(IsoTime::nowUtc())});
    q.finish();
    if (s)
        s = exec(QStringLiteral("COMMIT"));
    if (!s) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return s;
    }
    auto stored = meta(QStringLiteral("device_id"));
    if (!stored)
        return stored.error();
    m_deviceId = stored.value();
    qCInfo(lcStore) << "created store" << m_path << "device" << m_deviceId;
    return {};
}

Status Database::migrate()
{
    auto current = meta(QStringLiteral("schema_version"));
    if (!current)
        return current.error();
    m_schemaVersion = current.value().toInt();
    if (m_schemaVersion > Schema::latestVersion())
        return makeError(QCoreApplication::translate("Database",
                             "The store was written by a newer PSV Inspector (schema %1; this "
                             "program knows up to %2); update the program.")
                             .arg(m_schemaVersion)
                             .arg(Schema::latestVersion()),
            m_path, 3);
    if (m_schemaVersion >= Schema::latestVersion())
        return {};
    // A migration may rebuild a table (SQLite's way to drop a constraint), which needs foreign keys
    // off; each one checks them before it commits instead.
    if (Status s = exec(QStringLiteral("PRAGMA foreign_keys=OFF")); !s)
        return s;
    const Status done = runMigrations();
    if (Status s = exec(QStringLiteral("PRAGMA foreign_keys=ON")); !s)
        return s;
    return done;
}

Status Database::runMigrations()
{
    for (const Migration &m : Schema::migrations()) {
        if (m.version <= m_schemaVersion)
            continue;
        if (Status s = exec(QStringLiteral("BEGIN IMMEDIATE")); !s)
            return s;
        // Another process may have migrated while this one waited for the lock.
        auto again = meta(QStringLiteral("schema_version"));
        Status s = again ? Status() : Status(again.error());
        const bool pending = s && again.value().toInt() < m.version;
        for (const char *statement : m.statements) {
            if (!s || !pending)
                break;
            s = exec(QString::fromUtf8(statement));
        }
        if (s && pending) {
            QSqlQuery check(m_db);
            if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
                s = Sql::error(check);
            else if (check.next())
                s = makeError(QStringLiteral("a row of %1 refers to a missing %2 row")
                        .arg(check.value(QStringLiteral("table")).toString(),
                            check.value(QStringLiteral("parent")).toString()));
        }
        if (s && pending) {
            QSqlQuery q(m_db);
            s = Sql::run(q, QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"),
                {QString::number(m.version)});
        }
        if (s)
            s = exec(QStringLiteral("COMMIT"));
        if (!s) {
            (void)exec(QStringLiteral("ROLLBACK"));
            return makeError(QCoreApplication::translate("Database", "Updating the store to schema %1 failed: %2")
                                 .arg(m.version)
                                 .arg(s.error().message),
                m_path, 3);
        }
        qCInfo(lcStore) << "migrated" << m_path << "to schema" << m.version << m.title;
        m_schemaVersion = m.version;
    }
    return {};
}

Result<QString> Database::meta(const QString &key) const
{
    QSqlQuery q(m_db);
    if (Status s = Sql::run(q, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}); !s)
        return s.error();
    return q.next() ? q.value(0).toString() : QString();
}

Result<QString> Database::integrityCheck() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return Sql::error(q);
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(u'\n');
}

Status Database::write(const Actor &actor, const std::function<Status(WriteScope &)> &body)
{
    if (!actor.isValid())
        return makeError(
            QCoreApplication::translate("Database", "A change was attempted without naming who makes it."), {}, 3);
    if (m_inWrite)
        return makeError(QStringLiteral("nested write transaction"), {}, 3);
    if (Status s = exec(QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s;
    m_inWrite = true;
    const QDateTime now = IsoTime::nowUtc();
    Status s;
    QStringList changedTypes;
    auto last = meta(QStringLiteral("hlc"));
    if (!last)
        s = last.error();
    if (s) {
        // One time for the whole transaction: the clock's physical part is the write's now.
        HybridLogicalClock clock(
            m_deviceId, [&now] { return now.toMSecsSinceEpoch(); }, HlcTimestamp::parseOrNull(last.value()));
        const HlcTimestamp hlc = clock.now();
        WriteScope scope(*this, actor, now, hlc);
        s = body(scope);
        if (s)
            s = scope.finish();
        changedTypes = scope.changedTypes();
    }
    if (s)
        s = exec(QStringLiteral("COMMIT"));
    if (!s)
        (void)exec(QStringLiteral("ROLLBACK"));
    m_inWrite = false;
    // Only what is committed is announced, after the transaction is over (a listener may write).
    if (s && !changedTypes.isEmpty())
        StoreEvents::instance().announce(QFileInfo(m_path).canonicalFilePath(), changedTypes);
    return s;
}

} // namespace psv
