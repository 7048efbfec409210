#include "ScreenLock.h"

#include "AppSession.h"
#include "IdleWatcher.h"
#include "LockDialog.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "UiLogging.h"

#include <QMainWindow>

namespace psv::ui {

ScreenLock::ScreenLock(AppSession &session, QMainWindow *window)
    : QObject(window), m_session(session), m_window(window), m_watcher(new IdleWatcher(this))
{
    connect(m_watcher, &IdleWatcher::idle, this, &ScreenLock::lock);
    connect(&m_session, &AppSession::dataChanged, this, [this](AppSession::Topic topic) {
        if (topic == AppSession::Topic::Settings)
            reloadSettings();
    });
    reloadSettings();
}

ScreenLock::~ScreenLock() = default;

bool ScreenLock::isLocked() const
{
    return !m_lockDialog.isNull();
}

LockDialog *ScreenLock::lockDialog() const
{
    return m_lockDialog.data();
}

SignInDialog *ScreenLock::signInDialog() const
{
    return m_signInDialog.data();
}

void ScreenLock::reloadSettings()
{
    setIdleTimeout(m_session.settings().value(Settings::Key::IdleLockMinutes).toInt() * 60 * 1000);
}

void ScreenLock::setIdleTimeout(int milliseconds)
{
    m_watcher->setTimeout(milliseconds);
}

int ScreenLock::idleTimeout() const
{
    return m_watcher->timeout();
}

void ScreenLock::cover(bool covered)
{
    if (QWidget *content = m_window->centralWidget())
        content->setVisible(!covered);
    m_watcher->setSuspended(covered);
}

void ScreenLock::lock()
{
    if (isLocked() || !m_signInDialog.isNull() || !m_session.isSignedIn())
        return;
    qCInfo(lcUi) << "screen locked";
    cover(true);
    auto *dialog = new LockDialog(m_session, m_window);
    m_lockDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        m_lockDialog = nullptr;
        if (result == LockDialog::SignedOut) {
            signOut();
            return;
        }
        cover(false);
        Q_EMIT unlocked();
    });
    dialog->open();
    Q_EMIT locked();
}

void ScreenLock::signOut()
{
    if (!m_signInDialog.isNull())
        return;
    if (!m_lockDialog.isNull()) {
        // Leaving the lock by signing out: close it without unlocking.
        LockDialog *d = m_lockDialog.data();
        m_lockDialog = nullptr;
        d->disconnect(this);
        d->hide();
        d->deleteLater();
    }
    cover(true);
    m_session.signOut();
    auto *dialog = new SignInDialog(m_session, m_window);
    m_signInDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        m_signInDialog = nullptr;
        if (result != QDialog::Accepted) {
            m_window->close();
            return;
        }
        cover(false);
        Q_EMIT signedIn();
    });
    dialog->open();
}

} // namespace psv::ui
