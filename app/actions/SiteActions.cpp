#include "SiteActions.h"

#include "ActionsLogging.h"
#include "SiteRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace psv {

QString SiteActions::jurisdictionProblem(const QString &code)
{
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    if (code.isEmpty() || sixDigits.match(code).hasMatch())
        return {};
    return QCoreApplication::translate("SiteActions",
        "The jurisdiction '%1' is not an administrative division code; expected 6 digits (GB/T 2260), e.g. "
        "500000, or nothing.")
        .arg(code);
}

Result<Site> SiteActions::save(const Site &site, const Actor &actor)
{
    if (const QString problem = jurisdictionProblem(site.jurisdiction); !problem.isEmpty())
        return makeError(problem, QStringLiteral("jurisdiction"));
    SiteRepository sites(m_db);
    auto saved = site.id.isEmpty() ? sites.add(site, actor) : sites.update(site, actor);
    if (saved)
        qCInfo(lcActions) << (site.id.isEmpty() ? "registered site" : "saved site") << saved.value().id;
    return saved;
}

} // namespace psv
