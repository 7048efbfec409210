#pragma once

#include "Actor.h"
#include "Inspection.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace psv {

class Database;
class WriteScope;

// Sealing makes an inspection unchangeable and provable:
//   seal_hash = SHA-256( CanonicalJson(payload) ), payload = {
//     "format": "psv-seal/1", "inspection": Inspection::sealContent() (incl. the snapshot of the
//     site, unit and officers, sealed_at, sealed_by), "items": [ItemResult JSON without updated_at,
//     by item key], "orders": [Order::sealContent(), by id], "evidence": [SHA-256 hex, sorted] }.
// The hash is stored on the inspection and in the "seal" audit entry; verify() recomputes it from
// the rows and compares it with both.
class SealService
{
public:
    struct Check
    {
        QString inspectionId;
        QString number;
        int version = 0;
        QString storedHash; // on the inspection
        QString computedHash; // from the rows now
        QString auditedHash; // in the "seal" audit entry (empty when there is none)
        QString problem; // "", "content", "audit", "expected"
        QString message; // translated; empty when intact
        bool intact() const { return problem.isEmpty(); }
        QJsonObject toJson() const;
    };

    static QString format() { return QStringLiteral("psv-seal/1"); }

    explicit SealService(Database &db) : m_db(db) { }

    // Runs in the seal's own transaction before the hash is computed (e.g. InspectionSealer's
    // override note): what it changes on the inspection is covered by the seal; an error from it
    // rolls everything back.
    using BeforeSeal = std::function<Status(WriteScope &, Inspection &)>;

    // Called by InspectionSealer (app/workflow), which runs the CompletionCheck first: front ends
    // seal through it (InspectionActions::seal), never through this directly.
    Result<Inspection> seal(const QString &inspectionId, const Actor &actor, const BeforeSeal &beforeSeal = {});
    // expectedHash, when given (e.g. from a paper record's QR code), must match as well.
    Result<Check> verify(const QString &inspectionId, const QString &expectedHash = {}) const;
    // A new draft version of a sealed inspection (same number, version + 1) with its items and
    // inspectors copied; it references the sealed one and states the reason.
    Result<Inspection> correct(const QString &sealedId, const QString &reason, const Actor &actor);
    // The exact JSON a seal of this inspection covers, built from the rows.
    Result<QJsonObject> payload(const Inspection &inspection) const;
    static QString hashOf(const QJsonObject &payload);

private:
    Result<QJsonObject> snapshot(const Inspection &inspection) const;
    Database &m_db;
};

} // namespace psv
