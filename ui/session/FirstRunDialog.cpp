#include "FirstRunDialog.h"

#include "AppSession.h"
#include "DemoData.h"
#include "MessageBox.h"
#include "OfficerActions.h"
#include "SecretHash.h"
#include "UiLogging.h"

#include "ui_FirstRunDialog.h"

#include <QPushButton>

namespace psv::ui {

FirstRunDialog::FirstRunDialog(AppSession &session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FirstRunDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create and sign in"));
    m_ui->secretEdit->setPlaceholderText(tr("at least %1 characters").arg(SecretHash::minimumLength()));
    m_ui->errorLabel->hide();
    // After `psvctl demo` the samples are there already (their officers have no secret).
    m_ui->sampleCheck->setVisible(!DemoData::isLoaded(m_session.db()));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->nameEdit->setFocus();
}

FirstRunDialog::~FirstRunDialog() = default;

QString FirstRunDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void FirstRunDialog::showError(const QString &text, QWidget *field)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
    if (field)
        field->setFocus();
}

void FirstRunDialog::accept()
{
    Officer admin;
    admin.name = m_ui->nameEdit->text();
    admin.policeNumber = m_ui->policeNumberEdit->text().trimmed();
    admin.unitName = m_ui->policeUnitEdit->text();
    admin.role = OfficerRole::Admin;
    const auto fieldFor = [this](const QString &where) -> QWidget * {
        if (where == QLatin1String("name"))
            return m_ui->nameEdit;
        if (where == QLatin1String("police_number"))
            return m_ui->policeNumberEdit;
        return nullptr;
    };
    if (auto valid = admin.validated(); !valid)
        return showError(valid.error().message, fieldFor(valid.error().where));
    const QString secret = m_ui->secretEdit->text();
    if (secret.size() < SecretHash::minimumLength())
        return showError(tr("The secret has %1 character(s); at least %2 are needed.")
                             .arg(secret.size())
                             .arg(SecretHash::minimumLength()),
            m_ui->secretEdit);
    if (m_ui->repeatEdit->text() != secret) {
        m_ui->repeatEdit->clear();
        return showError(tr("The two secrets differ; enter the same secret twice."), m_ui->repeatEdit);
    }
    auto added = OfficerActions(m_session.db()).add(admin, secret, m_session.actor());
    if (!added)
        return showError(added.error().message, fieldFor(added.error().where));
    if (Status s = m_session.signIn(added.value().policeNumber, secret); !s)
        return showError(s.error().message, m_ui->secretEdit);
    if (m_ui->sampleCheck->isChecked()) {
        if (Status s = DemoData::load(m_session.db(), m_session.actor()); !s) {
            qCWarning(lcUi) << "sample data not loaded:" << s.error().text();
            MessageBox::warning(this, tr("Sample data"),
                tr("The administrator was recorded, but the sample data could not be loaded: %1")
                    .arg(s.error().message));
        } else {
            m_sampleLoaded = true;
        }
    }
    QDialog::accept();
}

} // namespace psv::ui
