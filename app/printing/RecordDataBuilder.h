#pragma once

#include "CorrectionNoticeData.h"
#include "InspectionRecordData.h"
#include "Result.h"

#include <QString>

namespace psv {

class Database;
class ChecklistRegistry;

// Fills the printed documents' view models from the store: the 检查笔录 of an inspection (officers,
// unit, site, item results worded as the inspection's checklist version words them, orders,
// evidence, seal) and the 责令(限期)改正通知书 of an order. Reads only.
class RecordDataBuilder
{
public:
    RecordDataBuilder(Database &db, const ChecklistRegistry &checklists, QString organName);

    Result<InspectionRecordData> record(const QString &inspectionId) const;
    Result<CorrectionNoticeData> notice(const QString &orderId) const;

    static QString formatDateTime(const QDateTime &t); // "2026年3月5日9时30分", empty when invalid
    static QString formatDate(const QDate &d); // "2026年3月5日", empty when invalid

private:
    Database &m_db;
    const ChecklistRegistry &m_checklists;
    QString m_organName;
};

} // namespace psv
