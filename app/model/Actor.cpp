#include "Actor.h"

#include <pwd.h>
#include <unistd.h>

namespace psv {

Actor Actor::officer(const Officer &o)
{
    return Actor {o.id, o.name, o.policeNumber};
}

Actor Actor::system(const QString &label)
{
    return Actor {QString(), label, QString()};
}

Actor Actor::cliUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        if (const passwd *pw = getpwuid(getuid()))
            user = QString::fromLocal8Bit(pw->pw_name);
    }
    if (user.isEmpty())
        user = QString::number(getuid());
    return system(QStringLiteral("cli:") + user);
}

QString Actor::display() const
{
    return policeNumber.isEmpty() ? name : name + QStringLiteral(" (") + policeNumber + u')';
}

QJsonObject Actor::toJson() const
{
    return {{QStringLiteral("officer_id"), officerId}, {QStringLiteral("name"), name},
        {QStringLiteral("police_number"), policeNumber}};
}

} // namespace psv
