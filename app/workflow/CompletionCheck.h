#pragma once

#include "Codes.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace psv {

class ChecklistRegistry;
class Database;

// What an inspection needs before it is sealed (README.md, "Orders, completion and sealing"): every focus item
// of its kind (规定 Art. 11 ¶2 / Art. 12, from the checklist selection for the site) has a status other
// than not-checked; every non-compliant item has an observation; body-camera footage is linked
// (规定 Art. 13: evidence of the inspection whose media type is video); a start time (the end time is
// set when sealing if it is missing, and must not be before the start); at least two inspectors.
// Each missing piece is one translated, specific sentence.
class CompletionCheck
{
public:
    struct Missing
    {
        QString code; // "item-status", "observation", "video", "start-time", "end-time", "inspectors"
        QString itemKey; // for the item codes
        QString message; // translated, e.g. "Item 4 (…) has no status."
    };
    struct Report
    {
        QString inspectionId;
        QString number;
        QList<Missing> missing;
        QMap<ItemStatus, int> itemsByStatus; // over the items of the selection and those recorded
        int focusItems = 0;
        int orders = 0;
        int evidence = 0;
        int videos = 0;
        bool sealed = false;
        bool complete() const { return missing.isEmpty(); }
        QStringList messages() const;
        QJsonObject toJson() const;
    };

    CompletionCheck(Database &db, const ChecklistRegistry &checklists) : m_db(db), m_checklists(checklists) { }

    Result<Report> run(const QString &inspectionId) const;

private:
    Database &m_db;
    const ChecklistRegistry &m_checklists;
};

} // namespace psv
