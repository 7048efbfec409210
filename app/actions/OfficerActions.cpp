#include "OfficerActions.h"

#include "ActionsLogging.h"
#include "OfficerRepository.h"

#include <QCoreApplication>

namespace psv {

Result<Officer> OfficerActions::add(const Officer &officer, const QString &secret, const Actor &actor)
{
    auto added = OfficerRepository(m_db).add(officer, secret, actor);
    if (added)
        qCInfo(lcActions) << "officer added" << added.value().id;
    return added;
}

Result<Officer> OfficerActions::setActive(const QString &officerId, bool active, const Actor &actor)
{
    OfficerRepository officers(m_db);
    auto current = officers.get(officerId);
    if (!current)
        return current.error();
    Officer changed = current.value();
    if (!active && changed.active && actor.officerId == changed.id)
        return makeError(
            QCoreApplication::translate("OfficerActions", "You cannot deactivate yourself while signed in."),
            QStringLiteral("active"));
    if (changed.active == active)
        return changed;
    changed.active = active;
    return officers.update(changed, actor);
}

} // namespace psv
