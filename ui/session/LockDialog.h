#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class LockDialog;
}

namespace psv {
class AppSession;
}

namespace psv::ui {

// The idle lock: the signed-in officer enters their secret again (AppSession::unlock, audited)
// or signs out. Finishes with Accepted when unlocked and with SignedOut when the officer chose to
// sign out; Escape does not close it.
class LockDialog : public QDialog
{
    Q_OBJECT
public:
    enum Outcome { SignedOut = 2 };

    explicit LockDialog(AppSession &session, QWidget *parent = nullptr);
    ~LockDialog() override;

    QString errorText() const;

public Q_SLOTS:
    void accept() override;
    void reject() override; // ignored: the lock is left by the secret or by signing out

private:
    std::unique_ptr<Ui::LockDialog> m_ui;
    AppSession &m_session;
};

} // namespace psv::ui
