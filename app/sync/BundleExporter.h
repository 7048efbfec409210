#pragma once

#include "Actor.h"
#include "BundleFormat.h"
#include "BundleManifest.h"
#include "BundleRecord.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace psv {

class Database;

struct ExportRequest
{
    QString peerId; // export what this peer has not acknowledged (and name it in the manifest)
    QStringList inspectionNumbers; // or: these inspections (every version), with what they refer to
    bool withMedia = false; // a "full" bundle with the evidence files
};

// Builds a sync bundle from the store (format: BundleFormat.h). Records:
//   unit, site, officer   the row (officers without their secret), with per-field stamps
//   inspection            {"inspection": row, "inspectors", "items", "evidence", "links": rows}
//   order, review         the row
//   sync-ack              {"acks": [{"device", "seq"}]}: what this device has applied from each peer
// With neither peer nor inspections, everything in the change log is exported. Referenced
// records (the site, unit and officers of an inspection, its orders and review decisions) always
// travel with it, so that a bundle applies on a device that has never seen them. Reading only:
// the store does not change.
class BundleExporter
{
    Q_DECLARE_TR_FUNCTIONS(BundleExporter)

public:
    explicit BundleExporter(Database &db) : m_db(db) { }

    // The records and the manifest header (everything but files and bundle id).
    struct Plan
    {
        BundleManifest header;
        QList<BundleRecord> records;
        QStringList blobHashes;
        int inspections = 0;
    };
    Result<Plan> plan(const ExportRequest &request, const Actor &actor) const;
    Result<BundleManifest> exportTo(const QString &outPath, const ExportRequest &request, const Actor &actor,
        const BundleCallbacks &callbacks = {});

private:
    Status collectChanges(const ExportRequest &request, Plan &plan, QSet<QString> &inspections, QSet<QString> &orders,
        QSet<QString> &reviews, QSet<QString> &units, QSet<QString> &sites, QSet<QString> &officers) const;
    Database &m_db;
};

} // namespace psv
