#include "LockDialog.h"

#include "AppSession.h"

#include "ui_LockDialog.h"

namespace psv::ui {

LockDialog::LockDialog(AppSession &session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LockDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowCloseButtonHint, false);
    if (const auto officer = m_session.officer())
        m_ui->titleLabel->setText(tr("Locked after a time without input. %1 (%2), enter your secret to go on.")
                .arg(officer->name, officer->policeNumber));
    m_ui->errorLabel->hide();
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &LockDialog::accept);
    connect(m_ui->signOutButton, &QPushButton::clicked, this, [this] { done(SignedOut); });
    m_ui->secretEdit->setFocus();
}

LockDialog::~LockDialog() = default;

QString LockDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void LockDialog::accept()
{
    const Status s = m_session.unlock(m_ui->secretEdit->text());
    if (!s) {
        m_ui->errorLabel->setText(s.error().message);
        m_ui->errorLabel->show();
        m_ui->secretEdit->clear();
        m_ui->secretEdit->setFocus();
        return;
    }
    QDialog::accept();
}

void LockDialog::reject()
{
    // Escape or the window manager's close: stay locked.
}

} // namespace psv::ui
