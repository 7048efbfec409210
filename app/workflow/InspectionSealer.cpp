#include "InspectionSealer.h"

#include "Database.h"
#include "InspectionRepository.h"
#include "SealService.h"
#include "Sql.h"
#include "WorkflowLogging.h"
#include "WriteScope.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace psv {

QString InspectionSealer::overrideNote(const QString &reason, const QStringList &missing)
{
    return QCoreApplication::translate("InspectionSealer", "Sealed although the completion check found: %1 Reason: %2")
        .arg(missing.join(u' '), reason.trimmed());
}

Status InspectionSealer::recordOverride(
    WriteScope &w, Inspection &inspection, const QString &reason, const CompletionCheck::Report &report)
{
    const QString note = overrideNote(reason, report.messages());
    inspection.notes = inspection.notes.isEmpty() ? note : inspection.notes + u'\n' + note;
    QSqlQuery q(w.sql());
    if (Status st = Sql::run(q,
            QStringLiteral("UPDATE inspections SET notes = ?, updated_at = ?, hlc = ? "
                           "WHERE id = ? AND seal_hash IS NULL"),
            {inspection.notes, Sql::time(w.now()), w.hlc(), inspection.id});
        !st)
        return st;
    if (Sql::changes(w.sql()) != 1)
        return Status(makeError(QStringLiteral("the inspection was sealed concurrently"), inspection.number, 3));
    return w.record(QStringLiteral("completion-override"), QStringLiteral("inspection"), inspection.id,
        {{QStringLiteral("number"), inspection.number}, {QStringLiteral("reason"), reason.trimmed()},
            {QStringLiteral("missing"), QJsonArray::fromStringList(report.messages())}},
        QStringLiteral("update"));
}

Result<Inspection> InspectionSealer::seal(
    const QString &inspectionId, const Actor &actor, const QString &overrideReason)
{
    auto inspection = InspectionRepository(m_db).editable(inspectionId);
    if (!inspection)
        return inspection.error();
    auto report = CompletionCheck(m_db, m_checklists).run(inspectionId);
    if (!report)
        return report.error();
    if (!report.value().complete()) {
        if (overrideReason.trimmed().isEmpty())
            return makeError(QCoreApplication::translate("InspectionSealer",
                                 "Inspection %1 is not complete: %2 Complete it, or give a written reason "
                                 "to seal it anyway.")
                                 .arg(inspection.value().number, report.value().messages().join(u' ')),
                inspection.value().number);
        // The override note and its audit entry are written in the seal's transaction: both or neither.
        const CompletionCheck::Report &missing = report.value();
        auto sealed = SealService(m_db).seal(inspectionId, actor,
            [&](WriteScope &w, Inspection &i) { return recordOverride(w, i, overrideReason, missing); });
        if (sealed)
            qCInfo(lcWorkflow) << "completion check overridden for" << inspection.value().number;
        return sealed;
    }
    return SealService(m_db).seal(inspectionId, actor);
}

} // namespace psv
