#include "AppSession.h"

#include "AuditLog.h"
#include "OfficerRepository.h"
#include "SessionLogging.h"
#include "Settings.h"
#include "StoreEvents.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

#include <algorithm>

namespace psv {

Result<std::unique_ptr<AppSession>> AppSession::open(const QString &dataDir, Settings &settings)
{
    auto db = Database::open(dataDir);
    if (!db)
        return db.error();
    return std::unique_ptr<AppSession>(new AppSession(dataDir, settings, std::move(db.value())));
}

AppSession::AppSession(const QString &dataDir, Settings &settings, std::unique_ptr<Database> db)
    : m_dataDir(dataDir), m_settings(settings), m_db(std::move(db)), m_checklists(ChecklistRegistry::load(dataDir)),
      m_calendar(WorkCalendar::load(dataDir)), m_storePath(QFileInfo(m_db->path()).canonicalFilePath())
{
    qCInfo(lcSession) << "session opened on" << m_db->path() << "device" << m_db->deviceId();
    // Writes on this thread arrive at once; those of worker threads queued, in commit order.
    connect(&StoreEvents::instance(), &StoreEvents::committed, this, &AppSession::announce);
}

AppSession::~AppSession() = default;

void AppSession::reloadCalendar()
{
    m_calendar = WorkCalendar::load(m_dataDir);
    Q_EMIT dataChanged(Topic::Calendar);
}

QList<AppSession::Topic> AppSession::topicsOf(const QStringList &entityTypes)
{
    // The entity types of the audit entries and change-log rows the store writes.
    static const QHash<QString, QList<Topic>> topics {
        {QStringLiteral("unit"), {Topic::Units}},
        {QStringLiteral("site"), {Topic::Sites}},
        {QStringLiteral("officer"), {Topic::Officers}},
        {QStringLiteral("inspection"), {Topic::Inspections}},
        {QStringLiteral("item"), {Topic::Inspections}},
        {QStringLiteral("order"), {Topic::Orders}},
        {QStringLiteral("evidence"), {Topic::Evidence}},
        {QStringLiteral("review"), {Topic::Inspections, Topic::Sync}},
        {QStringLiteral("sync_conflict"), {Topic::Sync}},
        {QStringLiteral("bundle"), {Topic::Sync}},
    };
    QList<Topic> out;
    for (const QString &type : entityTypes) {
        const auto it = topics.constFind(type);
        if (it == topics.constEnd()) {
            qCDebug(lcSession) << "no topic for changed entity type" << type;
            continue;
        }
        for (Topic t : *it)
            if (!out.contains(t))
                out.append(t);
    }
    std::sort(out.begin(), out.end());
    return out;
}

void AppSession::announce(const QString &storePath, const QStringList &entityTypes)
{
    if (storePath != m_storePath)
        return; // another store (tests open several)
    for (Topic t : topicsOf(entityTypes))
        Q_EMIT dataChanged(t);
}

Actor AppSession::actor() const
{
    if (m_officer)
        return Actor::officer(*m_officer);
    return Actor::system(QStringLiteral("app:%1").arg(Actor::cliUser().name.section(QLatin1Char(':'), 1)));
}

bool AppSession::needsFirstRun() const
{
    const auto active = OfficerRepository(*m_db).list(true);
    return active
        && std::none_of(active.value().cbegin(), active.value().cend(), [](const Officer &o) { return o.hasSecret; });
}

Status AppSession::signIn(const QString &policeNumber, const QString &secret)
{
    const QString number = policeNumber.trimmed();
    if (number.isEmpty())
        return makeError(QCoreApplication::translate("AppSession", "Enter your police number to sign in."),
            QStringLiteral("police_number"), 1);
    OfficerRepository officers(*m_db);
    auto officer = officers.byPoliceNumber(number);
    if (officer && !officer.value().active) {
        audit(QStringLiteral("session.sign-in-failed"), officer.value().id,
            {{QStringLiteral("police_number"), number}, {QStringLiteral("reason"), QStringLiteral("inactive")}});
        return makeError(QCoreApplication::translate("AppSession",
                             "The officer with police number %1 is deactivated and cannot sign in; ask the "
                             "administrator to reactivate the account.")
                             .arg(number),
            QStringLiteral("inactive"), 1);
    }
    const Status verified = officer ? officers.verifySecret(officer.value().id, secret) : Status(officer.error());
    if (!verified) {
        // One message for an unknown number and a wrong secret: do not reveal which officers exist.
        audit(QStringLiteral("session.sign-in-failed"), officer ? officer.value().id : QString(),
            {{QStringLiteral("police_number"), number},
                {QStringLiteral("reason"), officer ? QStringLiteral("secret") : QStringLiteral("unknown")}});
        return makeError(QCoreApplication::translate("AppSession",
                             "The police number or the secret is not correct. Check both and try again; the "
                             "secret is case-sensitive."),
            QStringLiteral("secret"), 1);
    }
    if (m_officer && m_officer->id != officer.value().id)
        signOut(); // another officer was still signed in: end that session first (audited)
    m_officer = officer.value();
    audit(QStringLiteral("session.sign-in"), m_officer->id, {{QStringLiteral("police_number"), number}});
    Q_EMIT signedInChanged();
    return {};
}

Status AppSession::unlock(const QString &secret)
{
    if (!m_officer)
        return makeError(
            QCoreApplication::translate("AppSession", "No officer is signed in."), QStringLiteral("unlock"), 1);
    OfficerRepository officers(*m_db);
    if (!officers.verifySecret(m_officer->id, secret)) {
        audit(QStringLiteral("session.unlock-failed"), m_officer->id);
        return makeError(QCoreApplication::translate(
                             "AppSession", "The secret is not correct; enter the secret of %1 (%2), or sign out.")
                             .arg(m_officer->name, m_officer->policeNumber),
            QStringLiteral("secret"), 1);
    }
    audit(QStringLiteral("session.unlock"), m_officer->id);
    return {};
}

void AppSession::signOut(const QString &reason)
{
    if (!m_officer)
        return;
    QJsonObject details;
    if (!reason.isEmpty())
        details.insert(QStringLiteral("reason"), reason);
    audit(QStringLiteral("session.sign-out"), m_officer->id, details);
    m_officer.reset();
    Q_EMIT signedInChanged();
}

void AppSession::audit(const QString &action, const QString &officerId, const QJsonObject &details)
{
    AuditLog log(*m_db);
    if (Status s = log.record(actor(), action, QStringLiteral("officer"), officerId, details); !s)
        qCWarning(lcSession) << "cannot audit" << action << s.error().text();
}

} // namespace psv
