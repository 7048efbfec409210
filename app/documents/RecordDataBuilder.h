#pragma once

#include "CorrectionNoticeData.h"
#include "InspectionRecordData.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace psv {

class Database;
class ChecklistRegistry;
struct Inspection;
struct ItemResult;

// Fills the printed documents' view models from the store: the 检查笔录 of an inspection and the
// 责令(限期)改正通知书 of an order. Reads only.
//
// A sealed inspection prints what its seal covers: the place, the inspected unit and the
// inspecting officers from the snapshot taken when it was sealed (Inspection::snapshot), not from
// today's rows, which may have been edited since; its items and orders are fixed by the seal. A
// draft prints the live rows. Items are worded as the inspection's checklist version words them
// (national items "4", local pack items "PACK/N" from that pack); every order of the inspection
// is listed in the outcome; the evidence appendix lists the inspection's files and those its items
// link to, with the time ranges the links use.
class RecordDataBuilder
{
public:
    RecordDataBuilder(Database &db, const ChecklistRegistry &checklists, QString organName);

    Result<InspectionRecordData> record(const QString &inspectionId) const;
    Result<CorrectionNoticeData> notice(const QString &orderId) const;

    static QString formatDateTime(const QDateTime &t); // "2026年3月5日9时30分", empty when invalid
    static QString formatDate(const QDate &d); // "2026年3月5日", empty when invalid
    // "00:01:10—00:03:45" for a link's range in milliseconds; "00:01:10起" with no end; empty with neither.
    static QString formatRange(const std::optional<qint64> &startMs, const std::optional<qint64> &endMs);

private:
    Status fillParties(const Inspection &i, InspectionRecordData &d) const;
    Status fillItems(const Inspection &i, const QList<ItemResult> &items, InspectionRecordData &d) const;
    Status fillOrders(const Inspection &i, InspectionRecordData &d) const;
    Status fillEvidence(const Inspection &i, const QList<ItemResult> &items, InspectionRecordData &d) const;

    Database &m_db;
    const ChecklistRegistry &m_checklists;
    QString m_organName;
};

} // namespace psv
