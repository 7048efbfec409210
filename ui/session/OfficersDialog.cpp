#include "OfficersDialog.h"

#include "AppSession.h"
#include "OfficerActions.h"
#include "OfficerRepository.h"
#include "SecretHash.h"
#include "UiLogging.h"

#include "ui_OfficersDialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace psv::ui {

namespace {
const OfficerRole Roles[] = {OfficerRole::Station, OfficerRole::Tech, OfficerRole::Reviewer, OfficerRole::Admin};
}

OfficersDialog::OfficersDialog(AppSession &session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OfficersDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->officersTable->setColumnCount(6);
    m_ui->officersTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Police number"), tr("Police unit"), tr("Role"), tr("Sign-in"), tr("State")});
    m_ui->officersTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->officersTable->verticalHeader()->hide();
    for (OfficerRole r : Roles)
        m_ui->roleCombo->addItem(displayName(r), toCode(r));
    m_ui->secretEdit->setPlaceholderText(
        tr("optional; at least %1 characters to sign in here").arg(SecretHash::minimumLength()));
    connect(m_ui->addButton, &QPushButton::clicked, this, &OfficersDialog::addOfficer);
    connect(m_ui->activeButton, &QPushButton::clicked, this, &OfficersDialog::toggleActive);
    connect(m_ui->officersTable, &QTableWidget::itemSelectionChanged, this, &OfficersDialog::updateButtons);
    m_ui->addBox->setEnabled(canManage());
    if (!canManage())
        m_ui->statusLabel->setText(tr("Only an administrator can add, deactivate or reactivate officers."));
    reload();
}

OfficersDialog::~OfficersDialog() = default;

int OfficersDialog::officerCount() const
{
    return int(m_officers.size());
}

bool OfficersDialog::canManage() const
{
    const auto officer = m_session.officer();
    return officer && officer->role == OfficerRole::Admin && officer->active;
}

void OfficersDialog::reload(const QString &selectId)
{
    auto officers = OfficerRepository(m_session.db()).list();
    if (!officers) {
        m_ui->statusLabel->setText(officers.error().message);
        return;
    }
    m_officers = officers.value();
    QTableWidget *t = m_ui->officersTable;
    t->setRowCount(int(m_officers.size()));
    for (int row = 0; row < m_officers.size(); ++row) {
        const Officer &o = m_officers.at(row);
        const QStringList cells {o.name, o.policeNumber, o.unitName, displayName(o.role),
            o.hasSecret ? tr("with a secret") : tr("no secret"), o.active ? tr("active") : tr("deactivated")};
        for (int c = 0; c < cells.size(); ++c)
            t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        if (o.id == selectId)
            t->selectRow(row);
    }
    t->resizeColumnsToContents();
    updateButtons();
}

void OfficersDialog::updateButtons()
{
    const int row = m_ui->officersTable->currentRow();
    const bool selected
        = canManage() && row >= 0 && row < m_officers.size() && !m_ui->officersTable->selectedItems().isEmpty();
    const bool active = !selected || m_officers.at(row).active;
    m_ui->activeButton->setText(active ? tr("&Deactivate") : tr("Reac&tivate"));
    m_ui->activeButton->setEnabled(selected);
}

void OfficersDialog::showProblem(const QString &message, QWidget *field)
{
    m_ui->statusLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->statusLabel->setText(message);
    if (field)
        field->setFocus();
}

void OfficersDialog::addOfficer()
{
    if (!canManage())
        return;
    const QString secret = m_ui->secretEdit->text();
    if (!secret.isEmpty() && secret.size() < SecretHash::minimumLength())
        return showProblem(tr("The secret has %1 character(s); at least %2 are needed, or leave it empty.")
                               .arg(secret.size())
                               .arg(SecretHash::minimumLength()),
            m_ui->secretEdit);
    if (m_ui->repeatEdit->text() != secret)
        return showProblem(tr("The two secrets differ; type the same secret twice."), m_ui->repeatEdit);
    Officer o;
    o.name = m_ui->nameEdit->text();
    o.policeNumber = m_ui->numberEdit->text();
    o.unitName = m_ui->unitEdit->text();
    o.role = fromCode<OfficerRole>(m_ui->roleCombo->currentData().toString()).value_or(OfficerRole::Station);
    auto added = OfficerActions(m_session.db()).add(o, secret, m_session.actor());
    if (!added) {
        const QString where = added.error().where;
        QWidget *field = where == QLatin1String("name") ? static_cast<QWidget *>(m_ui->nameEdit)
            : where == QLatin1String("police_number")   ? static_cast<QWidget *>(m_ui->numberEdit)
                                                        : nullptr;
        return showProblem(added.error().message, field);
    }
    qCInfo(lcUi) << "officer added" << added.value().id;
    for (QLineEdit *e : {m_ui->nameEdit, m_ui->numberEdit, m_ui->secretEdit, m_ui->repeatEdit})
        e->clear();
    m_ui->statusLabel->setStyleSheet({});
    m_ui->statusLabel->setText(tr("%1 (%2) was added.").arg(added.value().name, added.value().policeNumber));
    reload(added.value().id);
    m_ui->nameEdit->setFocus();
}

void OfficersDialog::toggleActive()
{
    const int row = m_ui->officersTable->currentRow();
    if (!canManage() || row < 0 || row >= m_officers.size())
        return;
    auto current = OfficerRepository(m_session.db()).get(m_officers.at(row).id); // as stored now, not as listed
    if (!current)
        return showProblem(current.error().message, nullptr);
    const Officer &changed = current.value();
    auto saved = OfficerActions(m_session.db()).setActive(changed.id, !changed.active, m_session.actor());
    if (!saved)
        return showProblem(saved.error().message, nullptr);
    m_ui->statusLabel->clear();
    reload(changed.id);
}

} // namespace psv::ui
