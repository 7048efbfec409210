#include "ImportSummary.h"

namespace psv {

QJsonObject ImportSummary::toJson() const
{
    return {{QStringLiteral("bundleId"), bundleId}, {QStringLiteral("device"), deviceId},
        {QStringLiteral("officer"), officer}, {QStringLiteral("kind"), kind},
        {QStringLiteral("alreadyApplied"), alreadyApplied}, {QStringLiteral("records"), records},
        {QStringLiteral("inserted"), inserted}, {QStringLiteral("updated"), updated},
        {QStringLiteral("unchanged"), unchanged}, {QStringLiteral("conflicts"), conflicts},
        {QStringLiteral("reviews"), reviews}, {QStringLiteral("blobs"), blobs}};
}

QString ImportSummary::text() const
{
    if (alreadyApplied)
        return tr("Bundle %1 from device %2 was already applied; nothing changed.").arg(bundleId.left(16), deviceId);
    QString t = tr("Bundle %1 from device %2 (%3) applied.").arg(bundleId.left(16), deviceId, officer) + u'\n';
    t += tr("Records: %1 (%2 new, %3 updated, %4 unchanged).").arg(records).arg(inserted).arg(updated).arg(unchanged)
        + u'\n';
    t += tr("Review decisions applied: %1. Evidence files added: %2.").arg(reviews).arg(blobs) + u'\n';
    t += tr("Conflicts to settle: %1.").arg(conflicts);
    return t;
}

} // namespace psv
