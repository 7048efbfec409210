#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace psv {

// What importing one bundle did (or, for a bundle applied before, that it did nothing).
struct ImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(ImportSummary)

public:
    QString bundleId;
    QString deviceId; // the exporting device
    QString officer; // who exported it
    QString kind; // metadata or full
    bool alreadyApplied = false;
    int records = 0;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int conflicts = 0; // new entries in the conflict list
    int reviews = 0; // review decisions applied
    int blobs = 0; // evidence files added to the evidence store

    QJsonObject toJson() const;
    QString text() const; // translated, several lines
};

} // namespace psv
