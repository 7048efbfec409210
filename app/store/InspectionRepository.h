#pragma once

#include "Actor.h"
#include "Codes.h"
#include "Inspection.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace psv {

class Database;
class WriteScope;

struct InspectionFilter
{
    std::optional<InspectionStatus> status;
    std::optional<InspectionKind> kind;
    QString siteId;
    QString unitId;
    QString officerId; // among the inspectors
    QString uscc; // the unit's code, exactly (normalised)
    QString unitName; // part of the unit's name
    QString number; // the start of the number
    QString search; // any of: a number's start, a USCC, part of a unit's or a system's name
    QDateTime startedFrom;
    QDateTime startedBefore;
    bool latestVersionOnly = true;
    int limit = 50;
    int offset = 0;
};

// One row of an inspections list, with the names the list shows.
struct InspectionSummary
{
    QString id;
    QString number;
    int version = 1;
    InspectionStatus status = InspectionStatus::Draft;
    InspectionKind kind = InspectionKind::General;
    InspectionTrigger trigger = InspectionTrigger::Routine;
    QDateTime startedAt;
    QDateTime endedAt;
    QString siteId;
    QString siteName;
    QString unitId;
    QString unitName;
    QString uscc;
    QString sealHash;
    QJsonObject toJson() const;
};

// Inspections: creation with a device-unique number, header changes while a draft, status
// changes, lookups and the lists the UI needs. Sealing and corrections are SealService's; item
// results are ItemResultRepository's.
class InspectionRepository
{
public:
    explicit InspectionRepository(Database &db) : m_db(db) { }

    // Assigns id, number (from startedAt's year, default now) and version 1; status draft.
    // alsoWrite, when given, runs in the same transaction after the inspection is written (e.g. to
    // link the order a re-inspection follows); its failure undoes everything.
    using AlsoWrite = std::function<Status(WriteScope &, const Inspection &)>;
    Result<Inspection> create(const Inspection &inspection, const Actor &actor, const AlsoWrite &alsoWrite = {});
    // Changes the header of a draft or completed inspection (not number, version or status).
    Result<Inspection> update(const Inspection &inspection, const Actor &actor);
    Result<Inspection> setStatus(const QString &id, InspectionStatus status, const Actor &actor);

    Result<Inspection> get(const QString &id) const;
    // The given version of a number; version 0 means the latest.
    Result<Inspection> byNumber(const QString &number, int version = 0) const;
    Result<Inspection> resolve(const QString &numberOrId, int version = 0) const;
    Result<QList<InspectionSummary>> list(const InspectionFilter &filter = {}) const;
    Result<QList<Inspection>> versions(const QString &number) const;

    // The inspection if it may still change, else why not (sealed → the precise message).
    Result<Inspection> editable(const QString &id) const;

    // For the store's services and sync: inserts the row and its inspectors exactly as given,
    // inside the caller's transaction, without checks and without an audit entry.
    static Status insertRow(WriteScope &scope, const Inspection &inspection);

private:
    Status checkReferences(const Inspection &inspection) const;
    Database &m_db;
};

} // namespace psv
