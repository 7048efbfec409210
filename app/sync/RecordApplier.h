#pragma once

#include "BundleManifest.h"
#include "BundleRecord.h"
#include "HlcTimestamp.h"
#include "ImportSummary.h"
#include "RecordTables.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace psv {

class WriteScope;

// Applies the records of one verified bundle inside the import's write transaction:
//  sync-ack     this device's changes the peer has applied (sync_peers.last_acked_seq)
//  unit, site,  inserted when new; otherwise merged field by field (FieldMerger). A field changed
//  officer      only on one side since the two devices last exchanged it takes that side's value;
//               changed on both to different values it becomes a sync_conflicts row.
//  inspection   SealedInspectionRule: a sealed inspection is never changed; the same id with a
//               different seal keeps the local one and lists the remote one as a conflict. A sealed
//               inspection is inserted only when its rows hash to its seal.
//  order        status changes of known orders (the orders themselves travel in their inspection)
//  review       a reviewer's decision, applied only to the inspection with the same seal hash
class RecordApplier
{
    Q_DECLARE_TR_FUNCTIONS(RecordApplier)

public:
    RecordApplier(WriteScope &scope, const BundleManifest &manifest, ImportSummary &summary);
    Status prepare(); // reads what this device knows about the peer
    Status apply(const BundleRecord &record);
    // Type order for applying: acknowledgements, units, sites, officers, inspections, orders, reviews.
    static int rank(const QString &type);

private:
    Status applyAck(const BundleRecord &r);
    Status applyStamped(const BundleRecord &r, const RecordTables::Table &table);
    Status applyInspection(const BundleRecord &r);
    Status insertInspection(const QJsonObject &data);
    Status deleteInspection(const QString &id);
    Status applyOrder(const BundleRecord &r);
    Status applyReview(const BundleRecord &r);
    Status conflict(const QString &kind, const QString &type, const QString &id, const QString &field,
        const QJsonValue &base, const QJsonValue &local, const QJsonValue &remote, const QString &localHlc,
        const QString &remoteHlc);
    bool localChangedSince(const QString &localStoreHlc) const;

    WriteScope &m_scope;
    const BundleManifest &m_manifest;
    ImportSummary &m_summary;
    QString m_peer;
    HlcTimestamp m_acked; // the latest of this device's stamps the peer has applied
    HlcTimestamp m_received; // the end of the peer's previous bundle applied here
};

} // namespace psv
