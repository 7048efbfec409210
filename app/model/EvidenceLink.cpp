#include "EvidenceLink.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace psv {

Status EvidenceLink::validate() const
{
    if (evidenceId.isEmpty())
        return makeError(QCoreApplication::translate("EvidenceLink", "The evidence link names no evidence."),
            QStringLiteral("evidence_id"));
    if (startMs && *startMs < 0)
        return makeError(
            QCoreApplication::translate("EvidenceLink", "The start of the range, %1 ms, is negative.").arg(*startMs),
            QStringLiteral("start_ms"));
    if (endMs && !startMs)
        return makeError(QCoreApplication::translate("EvidenceLink", "The range has an end but no start."),
            QStringLiteral("start_ms"));
    if (startMs && endMs && *endMs <= *startMs)
        return makeError(QCoreApplication::translate("EvidenceLink",
                             "The range ends (%1 ms) before it starts (%2 ms); the end must be "
                             "after the start.")
                             .arg(*endMs)
                             .arg(*startMs),
            QStringLiteral("end_ms"));
    return {};
}

QJsonObject EvidenceLink::toJson() const
{
    return {{QStringLiteral("evidence_id"), evidenceId},
        {QStringLiteral("start_ms"), startMs ? QJsonValue(double(*startMs)) : QJsonValue()},
        {QStringLiteral("end_ms"), endMs ? QJsonValue(double(*endMs)) : QJsonValue()}, {QStringLiteral("note"), note}};
}

Result<EvidenceLink> EvidenceLink::fromJson(const QJsonObject &json)
{
    JsonReader r(json, QStringLiteral("evidence_link"));
    EvidenceLink l;
    l.evidenceId = r.string(QStringLiteral("evidence_id"), true);
    l.startMs = r.integer(QStringLiteral("start_ms"));
    l.endMs = r.integer(QStringLiteral("end_ms"));
    l.note = r.string(QStringLiteral("note"));
    if (!r.ok())
        return r.error();
    if (Status s = l.validate(); !s)
        return s.error();
    return l;
}

Result<EvidenceLink> EvidenceLink::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([^@\\s]+)(?:@(\\d+)(?:-(\\d+))?)?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return makeError(QCoreApplication::translate("EvidenceLink",
                             "'%1' is not an evidence link; expected EVIDENCE_ID or "
                             "EVIDENCE_ID@START_MS-END_MS.")
                             .arg(text),
            QStringLiteral("evidence"));
    EvidenceLink l;
    l.evidenceId = m.captured(1);
    if (m.hasCaptured(2))
        l.startMs = m.captured(2).toLongLong();
    if (m.hasCaptured(3))
        l.endMs = m.captured(3).toLongLong();
    if (Status s = l.validate(); !s)
        return s.error();
    return l;
}

} // namespace psv
