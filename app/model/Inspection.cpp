#include "Inspection.h"

#include "IsoTime.h"
#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace psv {

bool Inspection::canChangeStatus(InspectionStatus from, InspectionStatus to)
{
    using S = InspectionStatus;
    switch (from) {
    case S::Draft:
        return to == S::Completed;
    case S::Completed:
        return to == S::Draft;
    case S::Sealed:
        return to == S::Submitted;
    case S::Submitted:
        return to == S::Approved || to == S::Returned;
    case S::Approved:
    case S::Returned:
        return false;
    }
    return false;
}

Result<Inspection> Inspection::validated() const
{
    Inspection i = *this;
    i.representative = representative.trimmed();
    i.witness = witness.trimmed();
    i.reportReference = reportReference.trimmed();
    i.correctionReason = correctionReason.trimmed();
    for (QString &c : i.bodyCameras)
        c = c.trimmed();
    i.bodyCameras.removeAll(QString());
    if (i.siteId.isEmpty())
        return makeError(QCoreApplication::translate(
                             "Inspection", "The inspection names no video system; choose the site inspected."),
            QStringLiteral("site_id"));
    if (i.checklistId.trimmed().isEmpty())
        return makeError(QCoreApplication::translate(
                             "Inspection", "The inspection names no checklist; give the checklist id (e.g. mps-2025)."),
            QStringLiteral("checklist_id"));
    if (i.checklistVersion.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("Inspection",
                             "The checklist version is missing; it is required so that the record keeps its text."),
            QStringLiteral("checklist_version"));
    const QSet<QString> distinct(i.inspectorIds.cbegin(), i.inspectorIds.cend());
    if (distinct.size() != i.inspectorIds.size())
        return makeError(QCoreApplication::translate("Inspection",
                             "An officer is listed twice among the inspectors; each inspector counts once."),
            QStringLiteral("inspectors"));
    if (i.inspectorIds.size() < 2)
        return makeError(
            QCoreApplication::translate("Inspection", "An inspection needs at least two inspecting officers; %n given.",
                nullptr, int(i.inspectorIds.size())),
            QStringLiteral("inspectors"));
    if (i.trigger == InspectionTrigger::Report && i.reportReference.isEmpty())
        return makeError(QCoreApplication::translate("Inspection",
                             "A report-triggered inspection (Rules Art. 16) needs the report's reference."),
            QStringLiteral("report_reference"));
    if (i.trigger == InspectionTrigger::Reinspection && i.reinspectionOfOrderId.isEmpty())
        return makeError(QCoreApplication::translate(
                             "Inspection", "A re-inspection (Rules Art. 15) needs the order it re-inspects."),
            QStringLiteral("reinspection_of_order_id"));
    if (i.startedAt.isValid() && i.endedAt.isValid() && i.endedAt < i.startedAt)
        return makeError(QCoreApplication::translate("Inspection",
                             "The inspection ends before it starts; the end time must be after the start time."),
            QStringLiteral("ended_at"));
    if (i.version > 1 && (i.supersedesId.isEmpty() || i.correctionReason.isEmpty()))
        return makeError(QCoreApplication::translate("Inspection",
                             "A corrected version must reference the sealed inspection and state a reason."),
            QStringLiteral("correction_reason"));
    return i;
}

QJsonObject Inspection::sealContent() const
{
    QJsonObject o = toJson();
    for (const char *k : {"status", "seal_hash", "created_at", "updated_at", "hlc"})
        o.remove(QLatin1String(k));
    return o;
}

QJsonObject Inspection::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("number"), number},
        {QStringLiteral("version"), version},
        {QStringLiteral("supersedes_id"), supersedesId},
        {QStringLiteral("correction_reason"), correctionReason},
        {QStringLiteral("site_id"), siteId},
        {QStringLiteral("kind"), toCode(kind)},
        {QStringLiteral("trigger"), toCode(trigger)},
        {QStringLiteral("report_reference"), reportReference},
        {QStringLiteral("reinspection_of_order_id"), reinspectionOfOrderId},
        {QStringLiteral("checklist_id"), checklistId},
        {QStringLiteral("checklist_version"), checklistVersion},
        {QStringLiteral("checklist_hash"), checklistHash},
        {QStringLiteral("started_at"), IsoTime::json(startedAt)},
        {QStringLiteral("ended_at"), IsoTime::json(endedAt)},
        {QStringLiteral("inspectors"), QJsonArray::fromStringList(inspectorIds)},
        {QStringLiteral("recorder_id"), recorderId},
        {QStringLiteral("representative"), representative},
        {QStringLiteral("witness"), witness},
        {QStringLiteral("body_cameras"), QJsonArray::fromStringList(bodyCameras)},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("status"), toCode(status)},
        {QStringLiteral("snapshot"), snapshot},
        {QStringLiteral("seal_hash"), sealHash},
        {QStringLiteral("sealed_at"), IsoTime::json(sealedAt)},
        {QStringLiteral("sealed_by"), sealedBy},
        {QStringLiteral("created_at"), IsoTime::json(createdAt)},
        {QStringLiteral("updated_at"), IsoTime::json(updatedAt)},
        {QStringLiteral("hlc"), hlc},
    };
}

Result<Inspection> Inspection::fromJson(const QJsonObject &json)
{
    JsonReader r(json, QStringLiteral("inspection"));
    Inspection i;
    i.id = r.string(QStringLiteral("id"));
    i.number = r.string(QStringLiteral("number"));
    i.version = int(r.integer(QStringLiteral("version")).value_or(1));
    i.supersedesId = r.string(QStringLiteral("supersedes_id"));
    i.correctionReason = r.string(QStringLiteral("correction_reason"));
    i.siteId = r.string(QStringLiteral("site_id"), true);
    i.kind = r.code<InspectionKind>(QStringLiteral("kind"), InspectionKind::General);
    i.trigger = r.code<InspectionTrigger>(QStringLiteral("trigger"), InspectionTrigger::Routine);
    i.reportReference = r.string(QStringLiteral("report_reference"));
    i.reinspectionOfOrderId = r.string(QStringLiteral("reinspection_of_order_id"));
    i.checklistId = r.string(QStringLiteral("checklist_id"), true);
    i.checklistVersion = r.string(QStringLiteral("checklist_version"), true);
    i.checklistHash = r.string(QStringLiteral("checklist_hash"));
    i.startedAt = r.time(QStringLiteral("started_at"));
    i.endedAt = r.time(QStringLiteral("ended_at"));
    i.inspectorIds = r.stringList(QStringLiteral("inspectors"));
    i.recorderId = r.string(QStringLiteral("recorder_id"));
    i.representative = r.string(QStringLiteral("representative"));
    i.witness = r.string(QStringLiteral("witness"));
    i.bodyCameras = r.stringList(QStringLiteral("body_cameras"));
    i.notes = r.string(QStringLiteral("notes"));
    i.status = r.code<InspectionStatus>(QStringLiteral("status"), InspectionStatus::Draft);
    i.snapshot = r.object(QStringLiteral("snapshot"));
    i.sealHash = r.string(QStringLiteral("seal_hash"));
    i.sealedAt = r.time(QStringLiteral("sealed_at"));
    i.sealedBy = r.string(QStringLiteral("sealed_by"));
    i.createdAt = r.time(QStringLiteral("created_at"));
    i.updatedAt = r.time(QStringLiteral("updated_at"));
    i.hlc = r.string(QStringLiteral("hlc"));
    if (!r.ok())
        return r.error();
    return i;
}

} // namespace psv
