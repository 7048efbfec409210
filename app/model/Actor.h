#pragma once

#include "Officer.h"

#include <QJsonObject>
#include <QString>

namespace psv {

// Who makes a change: a signed-in officer, or a named non-officer actor such as "cli:alice" or
// "sync:A7F3". Every write to the store takes one and names it in the audit entry.
struct Actor
{
    QString officerId; // empty for a non-officer actor
    QString name; // display name: the officer's name, or the actor's label
    QString policeNumber; // the officer's police number, empty otherwise

    static Actor officer(const Officer &officer);
    static Actor system(const QString &label); // e.g. "cli:alice"
    static Actor cliUser(); // "cli:<operating-system user>"

    bool isOfficer() const { return !officerId.isEmpty(); }
    bool isValid() const { return !name.isEmpty(); }
    QString display() const; // "张三 (012345)" or "cli:alice"
    QJsonObject toJson() const;
};

} // namespace psv
