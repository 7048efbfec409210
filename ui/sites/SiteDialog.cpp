#include "SiteDialog.h"

#include "AppSession.h"
#include "Checklist.h"
#include "SiteActions.h"
#include "SiteRepository.h"
#include "SiteTableModel.h"
#include "UnitDialog.h"
#include "UnitRepository.h"

#include "ui_SiteDialog.h"

#include <QPushButton>
#include <QRegularExpression>

namespace psv::ui {

SiteDialog::SiteDialog(AppSession &session, const QString &unitId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SiteDialog>()), m_session(session)
{
    m_site.unitId = unitId;
    setUp();
    setWindowTitle(tr("New video system"));
    m_ui->categoryCombo->setCurrentIndex(m_ui->categoryCombo->findData(toCode(m_site.category)));
    m_ui->inUseDate->setDate(QDate::currentDate());
    m_ui->filingDateEdit->setDate(QDate::currentDate());
    updateState();
}

SiteDialog::SiteDialog(AppSession &session, const Site &site, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SiteDialog>()), m_session(session), m_site(site)
{
    setUp();
    setWindowTitle(tr("Edit video system"));
    m_ui->nameEdit->setText(site.name);
    m_ui->addressEdit->setText(site.address);
    m_ui->categoryCombo->setCurrentIndex(m_ui->categoryCombo->findData(toCode(site.category)));
    const int listed = m_ui->jurisdictionCombo->findData(site.jurisdiction);
    if (listed >= 0)
        m_ui->jurisdictionCombo->setCurrentIndex(listed);
    else
        m_ui->jurisdictionCombo->setEditText(site.jurisdiction);
    m_ui->inUseKnown->setChecked(site.inUseSince.isValid());
    m_ui->inUseDate->setDate(site.inUseSince.isValid() ? site.inUseSince : QDate::currentDate());
    m_ui->cameraCountSpin->setValue(site.cameraCount);
    m_ui->cameraTypesEdit->setText(site.cameraTypes.join(QStringLiteral(", ")));
    m_ui->retentionSpin->setValue(site.retentionDays.value_or(-1));
    m_ui->filingStatusCombo->setCurrentIndex(m_ui->filingStatusCombo->findData(toCode(site.filingStatus)));
    m_ui->filingNumberEdit->setText(site.filingNumber);
    m_ui->filingDateEdit->setDate(site.filingDate.isValid() ? site.filingDate : QDate::currentDate());
    m_nameTouched = true;
    updateState();
}

SiteDialog::~SiteDialog() = default;

void SiteDialog::setUp()
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    for (const auto &entry : codeTable<PlaceCategory>())
        m_ui->categoryCombo->addItem(displayName(entry.value), toCode(entry.value));
    for (const auto &entry : codeTable<FilingStatus>())
        m_ui->filingStatusCombo->addItem(displayName(entry.value), toCode(entry.value));
    m_ui->retentionSpin->setSpecialValueText(tr("Not declared"));

    // The division codes of the installed local packs, padded to the 6 digits of GB/T 2260.
    m_ui->jurisdictionCombo->addItem(QString(), QString());
    for (const auto &checklist : m_session.checklists().current()) {
        const auto j = checklist->jurisdiction();
        if (!j || j->divisionCode.isEmpty() || j->divisionCode.size() > 6)
            continue;
        const QString code = j->divisionCode.leftJustified(6, u'0');
        if (m_ui->jurisdictionCombo->findData(code) >= 0)
            continue;
        m_ui->jurisdictionCombo->addItem(QStringLiteral("%1 %2").arg(code, j->name.text()), code);
    }
    loadUnits(m_site.unitId);

    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        updateState();
    });
    connect(m_ui->unitCombo, &QComboBox::currentIndexChanged, this, &SiteDialog::updateState);
    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this, &SiteDialog::updateState);
    connect(m_ui->jurisdictionCombo, &QComboBox::currentTextChanged, this, &SiteDialog::updateState);
    connect(m_ui->inUseKnown, &QCheckBox::toggled, this, &SiteDialog::updateState);
    connect(m_ui->inUseDate, &QDateEdit::dateChanged, this, &SiteDialog::updateState);
    connect(m_ui->filingStatusCombo, &QComboBox::currentIndexChanged, this, &SiteDialog::updateState);
    connect(m_ui->newUnitButton, &QPushButton::clicked, this, &SiteDialog::addUnit);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SiteDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SiteDialog::reject);
}

void SiteDialog::loadUnits(const QString &selectId)
{
    UnitFilter filter;
    filter.limit = 1000000;
    const auto units = UnitRepository(m_session.db()).list(filter);
    m_ui->unitCombo->clear();
    if (units) {
        for (const Unit &u : units.value())
            m_ui->unitCombo->addItem(u.uscc.isEmpty() ? u.name : QStringLiteral("%1 (%2)").arg(u.name, u.uscc), u.id);
    }
    const int index = m_ui->unitCombo->findData(selectId);
    m_ui->unitCombo->setCurrentIndex(index >= 0 ? index : (m_ui->unitCombo->count() > 0 ? 0 : -1));
}

void SiteDialog::addUnit()
{
    UnitDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.saved())
        return;
    loadUnits(dialog.saved()->id);
    m_ui->unitCombo->setFocus();
}

QString SiteDialog::jurisdictionCode() const
{
    const QString text = m_ui->jurisdictionCombo->currentText().trimmed();
    const int listed = m_ui->jurisdictionCombo->findText(text);
    if (listed >= 0)
        return m_ui->jurisdictionCombo->itemData(listed).toString();
    return text;
}

QString SiteDialog::jurisdictionProblem(const QString &code)
{
    return SiteActions::jurisdictionProblem(code);
}

Site SiteDialog::fields() const
{
    Site s = m_site;
    s.unitId = m_ui->unitCombo->currentData().toString();
    s.name = m_ui->nameEdit->text();
    s.address = m_ui->addressEdit->text();
    s.category
        = fromCode<PlaceCategory>(m_ui->categoryCombo->currentData().toString()).value_or(PlaceCategory::Art7_2_1);
    s.jurisdiction = jurisdictionCode();
    s.inUseSince = m_ui->inUseKnown->isChecked() ? m_ui->inUseDate->date() : QDate();
    s.cameraCount = m_ui->cameraCountSpin->value();
    static const QRegularExpression separators(QStringLiteral("[,，、;；]"));
    s.cameraTypes = m_ui->cameraTypesEdit->text().split(separators, Qt::SkipEmptyParts);
    const int retention = m_ui->retentionSpin->value();
    s.retentionDays = retention < 0 ? std::nullopt : std::optional<int>(retention);
    s.filingStatus
        = fromCode<FilingStatus>(m_ui->filingStatusCombo->currentData().toString()).value_or(FilingStatus::NotFiled);
    if (s.filingStatus == FilingStatus::Filed) {
        s.filingNumber = m_ui->filingNumberEdit->text();
        s.filingDate = m_ui->filingDateEdit->date();
    } else {
        // Not filed: no filing details (what was filed before is dropped with the status).
        s.filingNumber.clear();
        s.filingDate = QDate();
        s.filedCameraCount.reset();
        s.filedRetentionDays.reset();
    }
    return s;
}

void SiteDialog::updateState()
{
    const Site s = fields();
    const bool filed = s.filingStatus == FilingStatus::Filed;
    m_ui->filingNumberEdit->setEnabled(filed);
    m_ui->filingDateEdit->setEnabled(filed);
    m_ui->inUseDate->setEnabled(m_ui->inUseKnown->isChecked());

    const bool unitOk = !s.unitId.isEmpty();
    m_ui->unitProblem->setText(
        unitOk ? QString() : tr("No unit is recorded yet; add the unit that runs the system first."));
    m_ui->unitProblem->setVisible(!unitOk);
    const bool nameOk = !s.name.trimmed().isEmpty();
    m_ui->nameProblem->setText(nameOk || !m_nameTouched ? QString() : tr("The video system's name is required."));
    m_ui->nameProblem->setVisible(!m_ui->nameProblem->text().isEmpty());
    const QString jurisdiction = jurisdictionProblem(s.jurisdiction);
    m_ui->jurisdictionProblem->setText(jurisdiction);
    m_ui->jurisdictionProblem->setVisible(!jurisdiction.isEmpty());

    const FilingDeadline deadline = SiteTableModel::deadlineFor(s, m_session);
    m_ui->deadlineValue->setText(deadline.date().isValid()
            ? QStringLiteral("%1 (%2)").arg(deadline.date().toString(Qt::ISODate), deadline.basis())
            : deadline.basis());

    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(unitOk && nameOk && jurisdiction.isEmpty() && s.validated().ok());
}

void SiteDialog::accept()
{
    auto result = SiteActions(m_session.db()).save(fields(), m_session.actor());
    if (!result) {
        m_ui->errorLabel->setText(result.error().message);
        m_ui->errorLabel->show();
        return;
    }
    m_saved = result.value();
    QDialog::accept();
}

} // namespace psv::ui
