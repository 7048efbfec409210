#pragma once

#include <QObject>
#include <QPointer>

class QMainWindow;

namespace psv {
class AppSession;
}

namespace psv::ui {

class IdleWatcher;
class LockDialog;
class SignInDialog;

// Locks the main window after the idle time of Settings::Key::IdleLockMinutes (0 = never) or on
// request: the window's content is hidden and a window-modal LockDialog asks for the signed-in
// officer's secret. Signing out (from the lock or the File menu) hides the content too and shows
// the SignInDialog; cancelling that closes the window.
class ScreenLock : public QObject
{
    Q_OBJECT
public:
    ScreenLock(AppSession &session, QMainWindow *window);
    ~ScreenLock() override;

    // Idle time before locking, in milliseconds (0: never). Starts from the setting.
    void setIdleTimeout(int milliseconds);
    int idleTimeout() const;
    bool isLocked() const;
    LockDialog *lockDialog() const;
    SignInDialog *signInDialog() const;

public Q_SLOTS:
    void lock();
    void signOut();
    void reloadSettings();

Q_SIGNALS:
    void locked();
    void unlocked();
    void signedIn();

private:
    void cover(bool covered);

    AppSession &m_session;
    QMainWindow *m_window;
    IdleWatcher *m_watcher;
    QPointer<LockDialog> m_lockDialog;
    QPointer<SignInDialog> m_signInDialog;
};

} // namespace psv::ui
