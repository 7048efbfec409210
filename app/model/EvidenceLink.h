#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace psv {

// A checklist item's link to a piece of evidence, optionally to a time range inside a video.
struct EvidenceLink
{
    QString evidenceId;
    std::optional<qint64> startMs;
    std::optional<qint64> endMs;
    QString note;

    Status validate() const; // start ≥ 0, end > start
    QJsonObject toJson() const;
    static Result<EvidenceLink> fromJson(const QJsonObject &json);
    // "EVIDENCE_ID" or "EVIDENCE_ID@START-END" with START/END in milliseconds (psvctl syntax)
    static Result<EvidenceLink> parse(const QString &text);
};

} // namespace psv
