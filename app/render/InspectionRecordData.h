#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace psv {

// The 检查笔录 as the renderer needs it: plain, already formatted strings (dates as
// "2026年3月5日9时30分", article lists as written), codes from CODES.md where the document shows a
// fixed label. The store fills it from a sealed (or draft) inspection; tests and
// `psvctl record render-json` read it from JSON. An empty string means "not used": the document
// prints "/" or strikes the space through, never a blank.
struct InspectionRecordData
{
    struct Officer
    {
        QString name;
        QString unit;
        QString policeNumber; // 警号
    };
    struct Party
    {
        QString name;
        QString position; // 职务 or relation to the unit
        QString phone;
    };
    struct Unit
    {
        QString name;
        QString uscc; // 统一社会信用代码 (empty for an individual)
        QString address;
    };
    struct Item
    {
        QString number; // the 规定 Art. 10 item number, e.g. "4"
        QString text; // the item as the checklist words it
        QString result; // "compliant", "non-compliant", "not-applicable", "not-checked"
        QString observations; // what the officers saw
        QString notes;
    };
    struct Outcome
    {
        QString orderKind; // "correction", "correction-deadline", "penalty-proposal", "referral"; empty: none
        QString documentNumber; // of the notice issued
        QString legalBasis; // articles the order rests on
        QString deadline; // for 责令限期改正
        QString reinspectionDate; // when the police will re-inspect
        QString reinspectionBasis; // e.g. 《规定》第十五条
    };
    struct Evidence
    {
        QString file; // original file name
        QString captureTime;
        QString device; // body camera number
        QString duration; // e.g. "12分05秒"
        QString timeRange; // the part used, e.g. "00:01:10—00:03:45"
        QString sha256; // 64 lowercase hex digits
    };

    QString organName; // 公安机关名称 (a setting)
    QString number; // inspection number, e.g. A7F3-2026-0012
    QString kind = QStringLiteral("general"); // "general", "professional", "art12-focus"
    QString trigger; // "routine", "report", "reinspection" (empty: routine)
    QString triggerReference; // the report or the earlier order it follows up
    QString startTime;
    QString endTime;
    QString place;
    QList<Officer> officers;
    Officer recorder;
    Unit unit;
    Party representative;
    Party witness;
    QStringList bodyCameras; // device numbers of the body-worn cameras
    QStringList legalBasis; // 规定第十条 and the applicable 条例 articles
    QList<Item> items;
    QStringList problems;
    QList<Outcome> outcomes; // one per order of the inspection, in issue order; empty: no order
    QList<Evidence> evidence;
    bool partyRefusedToSign = false;
    QString partyOpinion;
    bool sealed = false;
    QString sealHash; // SHA-256 over the sealed inspection, 64 lowercase hex digits

    static Result<InspectionRecordData> fromJson(const QJsonObject &json);
    static Result<InspectionRecordData> fromJson(const QByteArray &json);
    QJsonObject toJson() const;

    static const QStringList &kinds();
    static const QStringList &triggers();
    static const QStringList &itemResults();
    static const QStringList &orderKinds();
};

} // namespace psv
