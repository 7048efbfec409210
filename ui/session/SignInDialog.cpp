#include "SignInDialog.h"

#include "AppSession.h"
#include "UiLogging.h"

#include "ui_SignInDialog.h"

#include <QPushButton>

namespace psv::ui {

SignInDialog::SignInDialog(AppSession &session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignInDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign &in"));
    m_ui->errorLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->policeNumberEdit->setFocus();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setPoliceNumber(const QString &policeNumber)
{
    m_ui->policeNumberEdit->setText(policeNumber);
    m_ui->secretEdit->setFocus();
}

QString SignInDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void SignInDialog::accept()
{
    const Status s = m_session.signIn(m_ui->policeNumberEdit->text(), m_ui->secretEdit->text());
    if (!s) {
        qCInfo(lcUi) << "sign-in refused:" << s.error().where;
        m_ui->errorLabel->setText(s.error().message);
        m_ui->errorLabel->show();
        m_ui->secretEdit->clear();
        if (s.error().where == QLatin1String("police_number"))
            m_ui->policeNumberEdit->setFocus();
        else
            m_ui->secretEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace psv::ui
