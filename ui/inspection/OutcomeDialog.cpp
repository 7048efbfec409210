#include "OutcomeDialog.h"

#include "AppSession.h"
#include "Codes.h"
#include "IsoTime.h"
#include "OrderActions.h"
#include "OrderIssuer.h"
#include "UiLogging.h"

#include "ui_OutcomeDialog.h"

namespace psv::ui {

namespace {
const QList<OrderKind> Kinds {
    OrderKind::Correction, OrderKind::CorrectionDeadline, OrderKind::PenaltyProposal, OrderKind::Referral};
const QList<CorrectionPeriod::Kind> PeriodKinds {
    CorrectionPeriod::Kind::CalendarDays, CorrectionPeriod::Kind::WorkingDays, CorrectionPeriod::Kind::UntilDate};
} // namespace

OutcomeDialog::OutcomeDialog(AppSession &session, QString inspectionId, QWidget *parent)
    : QDialog(parent), m_session(session), m_inspectionId(std::move(inspectionId)),
      m_ui(std::make_unique<Ui::OutcomeDialog>())
{
    m_ui->setupUi(this);
    for (OrderKind k : Kinds)
        m_ui->kindCombo->addItem(displayName(k), toCode(k));
    m_ui->periodTypeCombo->addItem(tr("Days (calendar)"));
    m_ui->periodTypeCombo->addItem(tr("Working days"));
    m_ui->periodTypeCombo->addItem(tr("Until a date"));
    m_ui->issuedDateEdit->setDate(QDate::currentDate());
    m_ui->periodDateEdit->setDate(QDate::currentDate().addDays(15));

    connect(m_ui->proposalList, &QListWidget::currentRowChanged, this, &OutcomeDialog::showProposal);
    const auto changed = [this] {
        if (m_filling)
            return;
        readForm();
        updatePeriodWidgets();
        updateSchedule();
    };
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->periodTypeCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->periodDaysSpin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->periodDateEdit, &QDateEdit::dateChanged, this, changed);
    connect(m_ui->issuedDateEdit, &QDateEdit::dateChanged, this, changed);
    connect(m_ui->violatedEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->legalBasisEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->factsEdit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_ui->requirementEdit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_ui->issueButton, &QPushButton::clicked, this, &OutcomeDialog::issue);
    load();
}

OutcomeDialog::~OutcomeDialog() = default;

int OutcomeDialog::issuedCount() const
{
    int n = 0;
    for (const QString &id : m_issuedIds)
        n += id.isEmpty() ? 0 : 1;
    return n;
}

void OutcomeDialog::load()
{
    auto r = OrderProposer(m_session.db(), m_session.checklists()).propose(m_inspectionId);
    if (!r) {
        m_ui->statusLabel->setText(r.error().message);
        m_ui->issueButton->setEnabled(false);
        return;
    }
    m_proposals = r.value();
    m_issuedIds = QStringList(m_proposals.size(), QString());
    for (int i = 0; i < m_proposals.size(); ++i)
        m_ui->proposalList->addItem(rowText(i));
    if (m_proposals.isEmpty()) {
        m_ui->statusLabel->setText(tr("No item is non-compliant: there is nothing to order."));
        m_ui->issueButton->setEnabled(false);
        return;
    }
    m_ui->proposalList->setCurrentRow(0);
    m_ui->proposalList->setFocus();
}

QString OutcomeDialog::rowText(int row) const
{
    const OrderProposer::Proposal &p = m_proposals.at(row);
    QString text = tr("Item %1: %2").arg(p.itemKey, p.findingLabel.isEmpty() ? p.itemText : p.findingLabel);
    text += QStringLiteral(" — ") + displayName(p.draft.kind);
    if (!m_issuedIds.value(row).isEmpty())
        text = tr("[issued] %1").arg(text);
    return text;
}

void OutcomeDialog::showProposal(int row)
{
    m_row = row;
    if (row < 0 || row >= m_proposals.size())
        return;
    const OrderProposer::Proposal &p = m_proposals.at(row);
    const OrderDraft &d = p.draft;
    m_filling = true;
    QString finding = p.findingLabel.isEmpty() ? p.itemText : p.findingLabel;
    if (!p.findingKey.isEmpty() && !p.findingChosen)
        finding
            += QLatin1Char(' ') + tr("(finding not named in the walkthrough: the checklist's first one is assumed)");
    if (!p.penalty.isEmpty())
        finding += QLatin1Char('\n') + tr("If not corrected: %1").arg(p.penalty);
    m_ui->findingLabel->setText(tr("Item %1: %2").arg(p.itemKey, finding));
    m_ui->kindCombo->setCurrentIndex(int(Kinds.indexOf(d.kind)));
    m_ui->violatedEdit->setText(d.violated);
    m_ui->legalBasisEdit->setText(d.legalBasis);
    m_ui->factsEdit->setPlainText(d.facts);
    m_ui->requirementEdit->setPlainText(d.requirement);
    if (d.period.kind != CorrectionPeriod::Kind::None) {
        m_ui->periodTypeCombo->setCurrentIndex(int(PeriodKinds.indexOf(d.period.kind)));
        if (d.period.kind == CorrectionPeriod::Kind::UntilDate)
            m_ui->periodDateEdit->setDate(d.period.date);
        else
            m_ui->periodDaysSpin->setValue(d.period.days);
    }
    m_filling = false;
    const bool issued = !m_issuedIds.value(row).isEmpty();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->kindCombo), static_cast<QWidget *>(m_ui->violatedEdit),
             static_cast<QWidget *>(m_ui->legalBasisEdit), static_cast<QWidget *>(m_ui->factsEdit),
             static_cast<QWidget *>(m_ui->requirementEdit), static_cast<QWidget *>(m_ui->issuedDateEdit),
             static_cast<QWidget *>(m_ui->issueButton)})
        w->setEnabled(!issued);
    updatePeriodWidgets();
    updateSchedule();
}

void OutcomeDialog::readForm()
{
    if (m_row < 0 || m_row >= m_proposals.size() || !m_issuedIds.value(m_row).isEmpty())
        return;
    OrderDraft &d = m_proposals[m_row].draft;
    d.kind = Kinds.value(m_ui->kindCombo->currentIndex(), OrderKind::Correction);
    d.violated = m_ui->violatedEdit->text();
    d.legalBasis = m_ui->legalBasisEdit->text();
    d.facts = m_ui->factsEdit->toPlainText();
    d.requirement = m_ui->requirementEdit->toPlainText();
    d.period = {};
    if (d.kind == OrderKind::CorrectionDeadline) {
        switch (PeriodKinds.value(m_ui->periodTypeCombo->currentIndex())) {
        case CorrectionPeriod::Kind::UntilDate:
            d.period = CorrectionPeriod::untilDate(m_ui->periodDateEdit->date());
            break;
        case CorrectionPeriod::Kind::WorkingDays:
            d.period = CorrectionPeriod::workingDays(m_ui->periodDaysSpin->value());
            break;
        default:
            d.period = CorrectionPeriod::calendarDays(m_ui->periodDaysSpin->value());
        }
    }
    if (QListWidgetItem *item = m_ui->proposalList->item(m_row))
        item->setText(rowText(m_row));
}

void OutcomeDialog::updatePeriodWidgets()
{
    const bool issued = m_row >= 0 && !m_issuedIds.value(m_row).isEmpty();
    const bool deadline = !issued && Kinds.value(m_ui->kindCombo->currentIndex()) == OrderKind::CorrectionDeadline;
    const bool byDate = PeriodKinds.value(m_ui->periodTypeCombo->currentIndex()) == CorrectionPeriod::Kind::UntilDate;
    m_ui->periodTypeCombo->setEnabled(deadline);
    m_ui->periodDaysSpin->setEnabled(deadline && !byDate);
    m_ui->periodDaysSpin->setVisible(!byDate);
    m_ui->periodDateEdit->setEnabled(deadline && byDate);
    m_ui->periodDateEdit->setVisible(byDate);
}

void OutcomeDialog::updateSchedule()
{
    if (m_row < 0 || m_row >= m_proposals.size()) {
        m_ui->scheduleLabel->clear();
        return;
    }
    const OrderDraft &d = m_proposals.at(m_row).draft;
    if (!OrderDraft::isScheduled(d.kind)) {
        m_ui->scheduleLabel->setText(
            tr("A %1 has no correction deadline or re-inspection date.").arg(displayName(d.kind)));
        return;
    }
    auto s = OrderIssuer::schedule(m_session.calendar(), d.kind, m_ui->issuedDateEdit->date(), d.period);
    if (!s) {
        m_ui->scheduleLabel->setText(s.error().message);
        return;
    }
    QString text;
    if (s.value().provisional)
        text += tr("PROVISIONAL: ");
    if (s.value().deadlineExpiry)
        text += tr("Correction deadline: %1. ").arg(IsoTime::format(*s.value().deadlineExpiry));
    text += tr("Re-inspection due: %1.").arg(IsoTime::format(s.value().reinspectionDue));
    text += QLatin1Char('\n') + s.value().basisText();
    m_ui->scheduleLabel->setText(text);
}

void OutcomeDialog::issue()
{
    if (m_row < 0 || m_row >= m_proposals.size() || !m_issuedIds.value(m_row).isEmpty())
        return;
    readForm();
    // A correction notice states the facts, the provision violated, the legal basis and the requirement
    // (规定 Art. 14): OrderActions refuses an order lacking one, as psvctl order add does.
    OrderActions orders(m_session.db(), m_session.checklists(), m_session.calendar());
    auto r = orders.issue(m_inspectionId, m_proposals.at(m_row).draft, m_ui->issuedDateEdit->date(), m_session.actor());
    if (!r) {
        m_ui->statusLabel->setText(r.error().message);
        const QString where = r.error().where;
        if (where == QLatin1String("facts"))
            m_ui->factsEdit->setFocus();
        else if (where == QLatin1String("violated"))
            m_ui->violatedEdit->setFocus();
        else if (where == QLatin1String("legal_basis"))
            m_ui->legalBasisEdit->setFocus();
        else if (where == QLatin1String("requirement"))
            m_ui->requirementEdit->setFocus();
        return;
    }
    const Order &o = r.value().order;
    m_issuedIds[m_row] = o.id;
    qCInfo(lcUi) << "order issued" << o.id;
    m_ui->statusLabel->setText(tr("Order %1 issued; re-inspection due %2.")
            .arg(o.documentNumber, o.reinspectionDue.isValid() ? IsoTime::format(o.reinspectionDue) : tr("(none)")));
    m_ui->proposalList->item(m_row)->setText(rowText(m_row));
    Q_EMIT orderIssued(o.id);
    // On to the next proposal not issued yet.
    for (int i = 0; i < m_proposals.size(); ++i)
        if (m_issuedIds.at(i).isEmpty()) {
            m_ui->proposalList->setCurrentRow(i);
            m_ui->proposalList->setFocus();
            return;
        }
    showProposal(m_row);
    m_ui->buttonBox->setFocus();
}

} // namespace psv::ui
