#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SignInDialog;
}

namespace psv {
class AppSession;
}

namespace psv::ui {

// Sign-in by police number and secret. OK signs in through AppSession::signIn (audited); on a
// refusal the dialog stays open, says what was wrong and clears the secret.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(AppSession &session, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setPoliceNumber(const QString &policeNumber);
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    std::unique_ptr<Ui::SignInDialog> m_ui;
    AppSession &m_session;
};

} // namespace psv::ui
