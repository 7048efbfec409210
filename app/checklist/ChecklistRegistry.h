#pragma once

#include "Checklist.h"
#include "ChecklistProblem.h"
#include "ChecklistSelection.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace psv {

// All checklists a device knows: the built-in ones (embedded as Qt resources under :/checklists) and
// the packs a department dropped into <data dir>/checklists/*.json. Every version of every id stays
// available; the highest version of an id is its current one. A pack that fails validation, or that
// reuses an id and version with different content, is refused with its problems and the rest keep working.
class ChecklistRegistry
{
public:
    struct RefusedPack
    {
        QString file;
        QList<ChecklistProblem> problems;
    };

    // Built-ins plus the packs in packDirectory(dataDir) (dataDir resolved like DataDir::resolve).
    static ChecklistRegistry load(const QString &dataDir);
    static QString packDirectory(const QString &dataDir);

    void addBuiltIn(); // the embedded checklists
    void addDirectory(const QString &directory); // every *.json in it, in name order; missing dir: nothing
    // Adds one checklist document; on refusal the problems are also recorded in refused().
    Result<std::shared_ptr<const Checklist>> add(const QByteArray &bytes, const QString &origin, bool builtIn = false);

    QList<std::shared_ptr<const Checklist>> all() const; // every version, by id then version (descending)
    QList<std::shared_ptr<const Checklist>> current() const; // the highest version of each id, by id
    QList<int> versions(const QString &id) const; // descending
    std::shared_ptr<const Checklist> find(const QString &id) const; // current version, or nullptr
    std::shared_ptr<const Checklist> find(const QString &id, int version) const;
    // For an inspection recorded with (id, version, hash): the checklist, or an error when it is not
    // available or its content is not the recorded one.
    Result<std::shared_ptr<const Checklist>> findVerified(const QString &id, int version, const QString &hash) const;
    const QList<RefusedPack> &refused() const { return m_refused; }

    // The national checklist's items for an inspection kind plus the local packs for the site.
    Result<ChecklistSelection> select(
        const QString &kind, const QString &placeCategory, const QString &divisionCode) const;

private:
    QList<std::shared_ptr<const Checklist>> m_checklists;
    QList<RefusedPack> m_refused;
};

} // namespace psv
