#include "UnitDialog.h"

#include "AppSession.h"
#include "UnitActions.h"
#include "Uscc.h"

#include "ui_UnitDialog.h"

#include <QPushButton>

namespace psv::ui {

UnitDialog::UnitDialog(AppSession &session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UnitDialog>()), m_session(session)
{
    setUp();
    setWindowTitle(tr("New unit"));
}

UnitDialog::UnitDialog(AppSession &session, const Unit &unit, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UnitDialog>()), m_session(session), m_unit(unit)
{
    setUp();
    setWindowTitle(tr("Edit unit"));
    m_ui->nameEdit->setText(unit.name);
    m_ui->typeCombo->setCurrentIndex(m_ui->typeCombo->findData(toCode(unit.type)));
    m_ui->usccEdit->setText(unit.uscc);
    m_ui->addressEdit->setText(unit.address);
    m_ui->contactPersonEdit->setText(unit.contactPerson);
    m_ui->contactPhoneEdit->setText(unit.contactPhone);
    m_ui->policeStationEdit->setText(unit.policeStation);
    m_ui->countyOrganEdit->setText(unit.countyOrgan);
    m_nameTouched = true;
    updateValidity();
}

UnitDialog::~UnitDialog() = default;

void UnitDialog::setUp()
{
    m_ui->setupUi(this);
    for (const auto &entry : codeTable<UnitType>())
        m_ui->typeCombo->addItem(displayName(entry.value), toCode(entry.value));
    m_ui->errorLabel->hide();
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        updateValidity();
    });
    connect(m_ui->usccEdit, &QLineEdit::textChanged, this, &UnitDialog::updateValidity);
    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this, &UnitDialog::updateValidity);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UnitDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UnitDialog::reject);
    updateValidity();
}

Unit UnitDialog::fields() const
{
    Unit u = m_unit;
    u.name = m_ui->nameEdit->text();
    u.type = fromCode<UnitType>(m_ui->typeCombo->currentData().toString()).value_or(UnitType::Enterprise);
    u.uscc = Uscc::normalize(m_ui->usccEdit->text());
    u.address = m_ui->addressEdit->text();
    u.contactPerson = m_ui->contactPersonEdit->text();
    u.contactPhone = m_ui->contactPhoneEdit->text();
    u.policeStation = m_ui->policeStationEdit->text();
    u.countyOrgan = m_ui->countyOrganEdit->text();
    return u;
}

bool UnitDialog::fieldsValid() const
{
    return fields().validated().ok();
}

void UnitDialog::updateValidity()
{
    const Unit u = fields();
    const bool nameOk = !u.name.trimmed().isEmpty();
    m_ui->nameProblem->setText(nameOk || !m_nameTouched ? QString() : tr("The unit's name is required."));
    m_ui->nameProblem->setVisible(!m_ui->nameProblem->text().isEmpty());

    // The exact problem as it is typed; an empty code is only mentioned once the field was edited.
    const auto code = Uscc::validateForUnit(m_ui->usccEdit->text(), u.type);
    const bool untouchedEmpty = m_ui->usccEdit->text().trimmed().isEmpty() && !m_ui->usccEdit->isModified();
    const QString usccText = code || untouchedEmpty ? QString() : code.error().message;
    m_ui->usccProblem->setText(usccText);
    m_ui->usccProblem->setVisible(!usccText.isEmpty());

    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(nameOk && code.ok());
}

void UnitDialog::accept()
{
    if (!fieldsValid())
        return;
    auto result = UnitActions(m_session.db()).save(fields(), m_session.actor());
    if (!result) {
        m_ui->errorLabel->setText(result.error().message);
        m_ui->errorLabel->show();
        return;
    }
    m_saved = result.value();
    QDialog::accept();
}

} // namespace psv::ui
