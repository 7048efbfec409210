#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace psv {

// The 责令改正通知书 / 责令限期改正通知书 as the renderer needs it: plain, already formatted
// strings. Filled by the store from an order (规定 Art. 14) or read from JSON by
// `psvctl notice render-json`.
struct CorrectionNoticeData
{
    struct Party
    {
        QString name;
        QString uscc;
        QString address;
        QString representative;
    };

    QString organName; // issuing organ
    QString kind = QStringLiteral("correction-deadline"); // "correction" (责令改正) or "correction-deadline"
    QString documentNumber; // 文书编号, e.g. "某公（治）责改字〔2026〕12号"
    QString inspectionNumber; // the inspection the order follows
    Party party;
    QString facts; // facts found
    QString provisionViolated; // e.g. 《条例》第十四条第一款
    QString legalBasis; // the basis for the order, e.g. 《条例》第二十九条
    QStringList corrections; // what to correct
    QString deadline; // for 责令限期改正 only, e.g. "2026年3月20日"
    QString reinspectionDate; // optional: when the police plan to re-inspect
    QString reconsiderationBody; // 行政复议机关 (optional)
    QString court; // 人民法院 for a lawsuit (optional)
    QString issueDate; // 年月日
    QString serviceAddress; // 送达地点 for the receipt (optional)
    QString serviceMethod; // 送达方式, e.g. 直接送达 (optional)

    bool isDeadline() const { return kind == QLatin1String("correction-deadline"); }

    static Result<CorrectionNoticeData> fromJson(const QJsonObject &json);
    static Result<CorrectionNoticeData> fromJson(const QByteArray &json);
    QJsonObject toJson() const;

    static const QStringList &kinds();
};

} // namespace psv
