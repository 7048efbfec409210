#include "CorrectionNoticeData.h"

#include "RecordJsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace psv {

const QStringList &CorrectionNoticeData::kinds()
{
    static const QStringList k {QStringLiteral("correction"), QStringLiteral("correction-deadline")};
    return k;
}

Result<CorrectionNoticeData> CorrectionNoticeData::fromJson(const QByteArray &json)
{
    const Result<QJsonObject> o = RecordJsonReader::parseObject(json);
    if (!o)
        return o.error();
    return fromJson(*o);
}

Result<CorrectionNoticeData> CorrectionNoticeData::fromJson(const QJsonObject &json)
{
    CorrectionNoticeData d;
    RecordJsonReader r(json);
    d.organName = r.string(QStringLiteral("organName"));
    d.kind = r.code(QStringLiteral("kind"), kinds(), QStringLiteral("correction-deadline"));
    d.documentNumber = r.string(QStringLiteral("documentNumber"));
    d.inspectionNumber = r.string(QStringLiteral("inspectionNumber"));
    r.object(QStringLiteral("party"), [&d](RecordJsonReader &c) {
        d.party = {c.string(QStringLiteral("name")), c.string(QStringLiteral("uscc")),
            c.string(QStringLiteral("address")), c.string(QStringLiteral("representative"))};
    });
    d.facts = r.string(QStringLiteral("facts"));
    d.provisionViolated = r.string(QStringLiteral("provisionViolated"));
    d.legalBasis = r.string(QStringLiteral("legalBasis"));
    d.corrections = r.strings(QStringLiteral("corrections"));
    d.deadline = r.string(QStringLiteral("deadline"));
    d.reinspectionDate = r.string(QStringLiteral("reinspectionDate"));
    d.reconsiderationBody = r.string(QStringLiteral("reconsiderationBody"));
    d.court = r.string(QStringLiteral("court"));
    d.issueDate = r.string(QStringLiteral("issueDate"));
    d.serviceAddress = r.string(QStringLiteral("serviceAddress"));
    d.serviceMethod = r.string(QStringLiteral("serviceMethod"));
    if (r.ok() && d.documentNumber.isEmpty())
        r.fail(QStringLiteral("documentNumber"),
            QCoreApplication::translate("RecordJsonReader", "A notice needs its document number."));
    if (r.ok() && d.party.name.isEmpty())
        r.fail(QStringLiteral("party/name"),
            QCoreApplication::translate("RecordJsonReader", "A notice needs the party's name."));
    const QList<std::pair<QString, QString>> required {{QStringLiteral("facts"), d.facts},
        {QStringLiteral("provisionViolated"), d.provisionViolated}, {QStringLiteral("legalBasis"), d.legalBasis}};
    for (const auto &[key, value] : required) {
        if (r.ok() && value.isEmpty())
            r.fail(key,
                QCoreApplication::translate("RecordJsonReader", "A notice needs this field; it is missing or empty."));
    }
    if (r.ok() && d.isDeadline() && d.deadline.isEmpty())
        r.fail(QStringLiteral("deadline"),
            QCoreApplication::translate("RecordJsonReader", "A 责令限期改正 notice needs its deadline."));
    if (r.ok() && !d.isDeadline() && !d.deadline.isEmpty())
        r.fail(QStringLiteral("deadline"),
            QCoreApplication::translate(
                "RecordJsonReader", "A 责令改正 notice has no deadline; use kind \"correction-deadline\" for one."));
    if (r.ok() && d.corrections.isEmpty())
        r.fail(QStringLiteral("corrections"),
            QCoreApplication::translate("RecordJsonReader", "A notice needs at least one thing to correct."));
    if (!r.ok())
        return r.error();
    return d;
}

QJsonObject CorrectionNoticeData::toJson() const
{
    return {{QStringLiteral("organName"), organName}, {QStringLiteral("kind"), kind},
        {QStringLiteral("documentNumber"), documentNumber}, {QStringLiteral("inspectionNumber"), inspectionNumber},
        {QStringLiteral("party"),
            QJsonObject {{QStringLiteral("name"), party.name}, {QStringLiteral("uscc"), party.uscc},
                {QStringLiteral("address"), party.address}, {QStringLiteral("representative"), party.representative}}},
        {QStringLiteral("facts"), facts}, {QStringLiteral("provisionViolated"), provisionViolated},
        {QStringLiteral("legalBasis"), legalBasis},
        {QStringLiteral("corrections"), QJsonArray::fromStringList(corrections)},
        {QStringLiteral("deadline"), deadline}, {QStringLiteral("reinspectionDate"), reinspectionDate},
        {QStringLiteral("reconsiderationBody"), reconsiderationBody}, {QStringLiteral("court"), court},
        {QStringLiteral("issueDate"), issueDate}, {QStringLiteral("serviceAddress"), serviceAddress},
        {QStringLiteral("serviceMethod"), serviceMethod}};
}

} // namespace psv
