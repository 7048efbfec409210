#pragma once

#include "Codes.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace psv {

// 处理: what the police ordered after an inspection (Rules Art. 14): 责令改正, 责令限期改正, a
// penalty proposal or a referral. The deadline and re-inspection date are computed by the
// calendar module (Rules Art. 15) and stored here with the basis it gives.
struct Order
{
    QString id; // UUID
    QString inspectionId;
    OrderKind kind = OrderKind::Correction;
    QStringList findings; // item keys of the non-compliant items the order covers
    QString facts; // the facts found, as written in the notice
    QString violated; // the provision violated, e.g. "《条例》第十四条第一款" (the notice's "违反了…的规定")
    QString legalBasis; // article references, e.g. "《条例》第十三条"
    QString requirement; // what is to be corrected
    QDate issuedOn;
    QDate deadline; // 责令限期改正: the end of the correction period
    QDate reinspectionDue; // the 3rd working day after the order or the expiry (Rules Art. 15)
    QString dueBasis; // how the deadline and due date were counted (calendar module)
    QString documentNumber;
    OrderStatus status = OrderStatus::Open;
    QString reinspectionId; // the re-inspection that closed it
    QDateTime createdAt;
    QDateTime updatedAt;
    QString hlc;

    Result<Order> validated() const;
    QJsonObject toJson() const;
    // What an inspection's seal covers: the order as issued, without its later status.
    QJsonObject sealContent() const;
    static Result<Order> fromJson(const QJsonObject &json);
};

} // namespace psv
