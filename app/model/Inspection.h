#pragma once

#include "Codes.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace psv {

// One supervision inspection (监督检查) of one video system. Its number is unique without a network
// (DEVICE-YEAR-SEQUENCE); a correction after sealing is a new version with the same number that
// references the sealed one and states a reason.
struct Inspection
{
    QString id; // UUID
    QString number;
    int version = 1;
    QString supersedesId; // the sealed version this one corrects
    QString correctionReason; // why (required for version > 1)
    QString siteId;
    InspectionKind kind = InspectionKind::General;
    InspectionTrigger trigger = InspectionTrigger::Routine;
    QString reportReference; // trigger "report": the report's reference (Rules Art. 16)
    QString reinspectionOfOrderId; // trigger "reinspection": the order re-inspected (Rules Art. 15)
    QString checklistId;
    QString checklistVersion;
    QString checklistHash; // SHA-256 of the exact checklist content used
    QDateTime startedAt;
    QDateTime endedAt;
    QStringList inspectorIds; // officer ids, at least two (the first leads)
    QString recorderId; // officer who writes the record (检查笔录), optional
    QString representative; // the inspected party's representative
    QString witness;
    QStringList bodyCameras; // 执法记录仪 device numbers (Rules Art. 13)
    QString notes;
    InspectionStatus status = InspectionStatus::Draft;
    QJsonObject snapshot; // the site, its unit and the inspecting officers as they were when sealed
    QString sealHash;
    QDateTime sealedAt;
    QString sealedBy; // actor display name
    QDateTime createdAt;
    QDateTime updatedAt;
    QString hlc;

    bool isSealed() const { return !sealHash.isEmpty(); }
    // The status changes a person or sync may make; sealing itself is SealService's.
    static bool canChangeStatus(InspectionStatus from, InspectionStatus to);

    Result<Inspection> validated() const;
    QJsonObject toJson() const;
    // The fields a seal covers: all but status, seal hash and bookkeeping.
    QJsonObject sealContent() const;
    static Result<Inspection> fromJson(const QJsonObject &json);
};

} // namespace psv
