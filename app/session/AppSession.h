#pragma once

#include "Actor.h"
#include "ChecklistRegistry.h"
#include "Database.h"
#include "Officer.h"
#include "Result.h"
#include "WorkCalendar.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace psv {

class Settings;

// The running desktop app's shared state: the device's store, its settings, the installed
// checklists and working-day calendar, and the officer who is signed in. Pages and dialogs take an
// AppSession& and write through db() with actor(). Every committed write to this store announces
// itself (StoreEvents), also one made on a worker thread's own Database on dataDir(); the session
// turns the entity types it changed into dataChanged() topics, so that every page showing that
// kind of data refreshes without being told. Lives on the GUI thread (the Database connection
// belongs to it).
class AppSession : public QObject
{
    Q_OBJECT
public:
    // What changed, for dataChanged(): pages refresh when a topic they show is named.
    enum class Topic { Units, Sites, Officers, Inspections, Orders, Evidence, Sync, Calendar, Settings };
    Q_ENUM(Topic)

    static Result<std::unique_ptr<AppSession>> open(const QString &dataDir, Settings &settings);
    ~AppSession() override;

    Database &db() { return *m_db; }
    Settings &settings() { return m_settings; }
    QString dataDir() const { return m_dataDir; }
    const ChecklistRegistry &checklists() const { return m_checklists; }
    const WorkCalendar &calendar() const { return m_calendar; }
    void reloadCalendar(); // after a calendar import

    // The signed-in officer, if any. actor() is that officer, or "app:<operating-system user>"
    // before anyone has signed in (only first-run set-up writes then).
    std::optional<Officer> officer() const { return m_officer; }
    bool isSignedIn() const { return m_officer.has_value(); }
    Actor actor() const;

    // True while no active officer can sign in with a secret (an empty store, or only the sample
    // officers of `psvctl demo`, who have none): the first run must create the administrator.
    bool needsFirstRun() const;
    // Signs in by police number and secret; the result is audited (success and failure alike).
    // Refusals: an empty number (where "police_number"), a deactivated officer ("inactive"), and
    // an unknown number or a wrong secret alike ("secret", so as not to reveal who is recorded).
    Status signIn(const QString &policeNumber, const QString &secret);
    // Checks the signed-in officer's secret again (unlocking the idle lock) without changing who
    // is signed in.
    Status unlock(const QString &secret);
    // Ends the officer's session (audited as session.sign-out; reason, when given, is in the
    // entry's details, e.g. "app-closed").
    void signOut(const QString &reason = {});

    // The topics that a write changing these entity types concerns, each once, in enum order.
    static QList<Topic> topicsOf(const QStringList &entityTypes);

Q_SIGNALS:
    void signedInChanged();
    void dataChanged(psv::AppSession::Topic topic);

private:
    AppSession(const QString &dataDir, Settings &settings, std::unique_ptr<Database> db);
    void audit(const QString &action, const QString &officerId, const QJsonObject &details = {});
    void announce(const QString &storePath, const QStringList &entityTypes);

    QString m_dataDir;
    Settings &m_settings;
    std::unique_ptr<Database> m_db;
    ChecklistRegistry m_checklists;
    WorkCalendar m_calendar;
    std::optional<Officer> m_officer;
    QString m_storePath; // canonical, as StoreEvents names it
};

} // namespace psv
