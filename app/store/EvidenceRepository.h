#pragma once

#include "Actor.h"
#include "Evidence.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace psv {

class Database;

struct EvidenceFilter
{
    QString inspectionId;
    QString siteId; // evidence of the inspections of a site
    QString sha256;
    QDateTime capturedFrom;
    QDateTime capturedBefore;
    int limit = 200;
    int offset = 0;
};

// The evidence catalogue (rows only; the blobs are the evidence module's). Imports are audited.
class EvidenceRepository
{
public:
    explicit EvidenceRepository(Database &db) : m_db(db) { }

    // Assigns id and created time; importedAt defaults to now, importedBy to the actor.
    // Refused when the inspection named is sealed.
    Result<Evidence> add(const Evidence &evidence, const Actor &actor);
    // Attaches catalogued evidence to an inspection that is not sealed.
    Result<Evidence> assign(const QString &evidenceId, const QString &inspectionId, const Actor &actor);
    Result<Evidence> get(const QString &id) const;
    Result<QList<Evidence>> list(const EvidenceFilter &filter) const;
    // Every SHA-256 a seal of this inspection covers: its own evidence, that of the earlier
    // versions of its number, and all evidence its items link to; sorted, without duplicates.
    Result<QStringList> sealedHashes(const QString &inspectionId) const;

private:
    Database &m_db;
};

} // namespace psv
