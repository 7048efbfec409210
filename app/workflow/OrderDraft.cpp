#include "OrderDraft.h"

#include <QJsonArray>

namespace psv {

bool OrderDraft::isScheduled(OrderKind kind)
{
    return kind == OrderKind::Correction || kind == OrderKind::CorrectionDeadline;
}

QJsonObject OrderDraft::toJson() const
{
    QJsonObject p {{QStringLiteral("type"), period.kindCode()}};
    if (period.kind == CorrectionPeriod::Kind::UntilDate)
        p.insert(QStringLiteral("date"), period.date.toString(Qt::ISODate));
    else if (period.kind != CorrectionPeriod::Kind::None)
        p.insert(QStringLiteral("days"), period.days);
    return {{QStringLiteral("kind"), toCode(kind)}, {QStringLiteral("findings"), QJsonArray::fromStringList(findings)},
        {QStringLiteral("facts"), facts}, {QStringLiteral("violated"), violated},
        {QStringLiteral("legal_basis"), legalBasis}, {QStringLiteral("requirement"), requirement},
        {QStringLiteral("period"), p}, {QStringLiteral("document_number"), documentNumber}};
}

} // namespace psv
