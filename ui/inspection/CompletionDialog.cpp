#include "CompletionDialog.h"

#include "AppSession.h"
#include "Codes.h"
#include "InspectionActions.h"
#include "MessageBox.h"
#include "UiLogging.h"

#include "ui_CompletionDialog.h"

namespace psv::ui {

CompletionDialog::CompletionDialog(AppSession &session, QString inspectionId, QWidget *parent)
    : QDialog(parent), m_session(session), m_inspectionId(std::move(inspectionId)),
      m_ui(std::make_unique<Ui::CompletionDialog>())
{
    m_ui->setupUi(this);
    m_ui->reasonEdit->setPlaceholderText(tr("Why the inspection is sealed although pieces are missing"));
    connect(m_ui->overrideCheck, &QCheckBox::toggled, this, &CompletionDialog::updateButtons);
    connect(m_ui->reasonEdit, &QPlainTextEdit::textChanged, this, &CompletionDialog::updateButtons);
    connect(m_ui->sealButton, &QPushButton::clicked, this, &CompletionDialog::seal);
    refresh();
}

CompletionDialog::~CompletionDialog() = default;

void CompletionDialog::refresh()
{
    m_ui->missingList->clear();
    auto r = CompletionCheck(m_session.db(), m_session.checklists()).run(m_inspectionId);
    m_checked = r.ok();
    if (!r) {
        m_ui->resultLabel->setText(r.error().message);
        updateButtons();
        return;
    }
    m_report = r.value();
    for (const QString &m : m_report.messages())
        m_ui->missingList->addItem(m);
    if (m_report.sealed)
        m_ui->resultLabel->setText(tr("Inspection %1 is sealed.").arg(m_report.number));
    else if (m_report.complete())
        m_ui->resultLabel->setText(tr("Inspection %1 is complete and can be sealed.").arg(m_report.number));
    else
        m_ui->resultLabel->setText(
            tr("Inspection %1 is not complete: %n piece(s) missing.", nullptr, int(m_report.missing.size()))
                .arg(m_report.number));
    QStringList counts;
    for (ItemStatus s :
        {ItemStatus::Compliant, ItemStatus::NonCompliant, ItemStatus::NotApplicable, ItemStatus::NotChecked})
        counts << QStringLiteral("%1 %2").arg(displayName(s)).arg(m_report.itemsByStatus.value(s));
    m_ui->summaryLabel->setText(tr("Items: %1. Orders: %2. Evidence: %3 (videos: %4).")
            .arg(counts.join(QStringLiteral(", ")))
            .arg(m_report.orders)
            .arg(m_report.evidence)
            .arg(m_report.videos));
    const bool incomplete = !m_report.complete() && !m_report.sealed;
    m_ui->missingLabel->setVisible(incomplete);
    m_ui->missingList->setVisible(incomplete);
    m_ui->overrideCheck->setVisible(incomplete);
    m_ui->reasonEdit->setVisible(incomplete);
    updateButtons();
    if (incomplete)
        m_ui->missingList->setFocus();
    else
        m_ui->sealButton->setFocus();
}

void CompletionDialog::updateButtons()
{
    const bool incomplete = !m_report.complete();
    m_ui->reasonEdit->setEnabled(incomplete && m_ui->overrideCheck->isChecked());
    const bool reasonGiven = m_ui->overrideCheck->isChecked() && !m_ui->reasonEdit->toPlainText().trimmed().isEmpty();
    m_ui->sealButton->setEnabled(m_checked && !m_report.sealed && (!incomplete || reasonGiven));
}

void CompletionDialog::seal()
{
    if (!m_ui->sealButton->isEnabled())
        return;
    const QString reason = m_report.complete() ? QString() : m_ui->reasonEdit->toPlainText().trimmed();
    const QString question = reason.isEmpty()
        ? tr("Seal inspection %1? A sealed record can no longer be changed.").arg(m_report.number)
        : tr("Seal inspection %1 although %n piece(s) are missing? The reason is recorded with the record, "
             "which can no longer be changed.",
              nullptr, int(m_report.missing.size()))
              .arg(m_report.number);
    if (MessageBox::question(this, tr("Seal the inspection"), question) != QMessageBox::Yes)
        return;
    auto r = InspectionActions(m_session.db(), m_session.checklists()).seal(m_inspectionId, m_session.actor(), reason);
    if (!r) {
        m_ui->statusLabel->setText(r.error().message);
        return;
    }
    qCInfo(lcUi) << "sealed" << r.value().number << r.value().sealHash;
    Q_EMIT sealed(m_inspectionId);
    accept();
}

} // namespace psv::ui
