#pragma once

#include "Actor.h"
#include "Evidence.h"
#include "EvidenceLink.h"
#include "ItemResult.h"
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

    // Links evidence (optionally a range of a video) to a checklist item of its inspection: the link
    // is appended to the item's links (the item result is created "not-checked" when it has none
    // yet), through ItemResultRepository::set (audited "set-item"). Refused when the evidence
    // belongs to another inspection or the inspection is sealed.
    Result<ItemResult> link(
        const QString &inspectionId, const QString &itemKey, const EvidenceLink &link, const Actor &actor);
    // Audits that an officer viewed (played or opened) a piece of evidence ("view").
    Status recordView(const QString &evidenceId, const Actor &actor);

private:
    Database &m_db;
};

} // namespace psv
