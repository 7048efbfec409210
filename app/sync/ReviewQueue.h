#pragma once

#include "Actor.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace psv {

class Database;

struct ReviewItem
{
    QString inspectionId;
    QString number;
    int version = 0;
    QString status;
    QString sealHash;
    QString sealedAt;
    QString sealedBy;
    QString siteName;
    QString unitName;
    QString decision; // the latest decision, empty when none
    QString comment;

    QJsonObject toJson() const;
};

// The reviewer's queue: sealed inspections imported for review (status "submitted"). A decision
// (approve, or return with a comment) is bound to the seal hash the reviewer saw; it is stored in
// review_decisions, sets the inspection's status and travels back to the officer in the next bundle.
class ReviewQueue
{
    Q_DECLARE_TR_FUNCTIONS(ReviewQueue)

public:
    explicit ReviewQueue(Database &db) : m_db(db) { }

    // Waiting for a decision; with all, every sealed inspection with its latest decision.
    Result<QList<ReviewItem>> list(bool all = false) const;
    // The actor must be an officer whose role is reviewer or admin. expectedSeal, when given, must be
    // the inspection's seal hash; a return needs a comment.
    Result<ReviewItem> decide(const QString &numberOrId, bool approve, const QString &comment, const Actor &actor,
        const QString &expectedSeal = {});

private:
    Database &m_db;
};

} // namespace psv
