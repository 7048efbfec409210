#include "EvidenceLinkDialog.h"

#include "AppSession.h"
#include "Checklist.h"
#include "EvidenceActions.h"
#include "EvidenceImportDialog.h"
#include "EvidenceRepository.h"
#include "InspectionRepository.h"

#include "ui_EvidenceLinkDialog.h"

namespace psv::ui {

namespace {
enum Column { NameColumn, CapturedColumn, DurationColumn, HashColumn };
}

EvidenceLinkDialog::EvidenceLinkDialog(AppSession &session, QString inspectionId, QString itemKey, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EvidenceLinkDialog>()), m_session(session),
      m_inspectionId(std::move(inspectionId)), m_itemKey(std::move(itemKey))
{
    m_ui->setupUi(this);
    QString label = m_itemKey;
    for (const auto &[key, text] : itemChoices(m_session, m_inspectionId))
        if (key == m_itemKey)
            label = text;
    QString number;
    if (auto i = InspectionRepository(m_session.db()).get(m_inspectionId))
        number = i.value().number;
    m_ui->itemLabel->setText(tr("Choose the recording that shows item %1 of inspection %2.").arg(label, number));
    connect(m_ui->rangeCheck, &QCheckBox::toggled, this, &EvidenceLinkDialog::updateControls);
    connect(m_ui->evidenceTable, &QTableWidget::itemSelectionChanged, this, &EvidenceLinkDialog::updateControls);
    connect(m_ui->evidenceTable, &QTableWidget::cellActivated, this, &EvidenceLinkDialog::accept);
    connect(m_ui->importButton, &QPushButton::clicked, this, &EvidenceLinkDialog::importMore);
    connect(m_ui->linkButton, &QPushButton::clicked, this, &EvidenceLinkDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &EvidenceLinkDialog::reject);
    connect(&m_session, &AppSession::dataChanged, this, [this](AppSession::Topic topic) {
        if (topic == AppSession::Topic::Evidence)
            reload();
    });
    if (auto editable = InspectionRepository(m_session.db()).editable(m_inspectionId); !editable) {
        m_ui->statusLabel->setText(editable.error().message);
        m_ui->importButton->setEnabled(false);
    }
    reload();
}

EvidenceLinkDialog::~EvidenceLinkDialog() = default;

QList<std::pair<QString, QString>> EvidenceLinkDialog::itemChoices(AppSession &session, const QString &inspectionId)
{
    QList<std::pair<QString, QString>> out;
    if (inspectionId.isEmpty())
        return out;
    auto inspection = InspectionRepository(session.db()).get(inspectionId);
    if (!inspection)
        return out;
    bool numeric = false;
    const int version = inspection.value().checklistVersion.toInt(&numeric);
    auto checklist = numeric ? session.checklists().find(inspection.value().checklistId, version)
                             : session.checklists().find(inspection.value().checklistId);
    if (!checklist)
        checklist = session.checklists().find(inspection.value().checklistId);
    if (!checklist)
        return out;
    const bool national = checklist->kindCode() == QStringLiteral("national");
    for (const ChecklistItem &item : checklist->items()) {
        const QString key
            = national ? QString::number(item.number) : checklist->id() + u'/' + QString::number(item.number);
        out.append({key, QStringLiteral("%1. %2").arg(item.number).arg(item.text.text().left(60))});
    }
    return out;
}

void EvidenceLinkDialog::reload()
{
    const QString selected = m_ui->evidenceTable->currentRow() >= 0
        ? m_ui->evidenceTable->item(m_ui->evidenceTable->currentRow(), NameColumn)->data(Qt::UserRole).toString()
        : QString();
    EvidenceFilter f;
    f.inspectionId = m_inspectionId;
    f.limit = 1000;
    auto list = EvidenceRepository(m_session.db()).list(f);
    QTableWidget *t = m_ui->evidenceTable;
    t->setRowCount(0);
    if (!list) {
        m_ui->statusLabel->setText(list.error().text());
        return;
    }
    t->setRowCount(int(list.value().size()));
    for (int r = 0; r < list.value().size(); ++r) {
        const Evidence &e = list.value()[r];
        auto *name = new QTableWidgetItem(e.originalName);
        name->setData(Qt::UserRole, e.id);
        name->setData(Qt::UserRole + 1, e.mediaType);
        t->setItem(r, NameColumn, name);
        t->setItem(r, CapturedColumn,
            new QTableWidgetItem(e.capturedAt.isValid()
                    ? e.capturedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                    : QString()));
        t->setItem(r, DurationColumn,
            new QTableWidgetItem(
                e.durationMs ? QStringLiteral("%1 s").arg(double(*e.durationMs) / 1000.0, 0, 'f', 1) : QString()));
        auto *hash = new QTableWidgetItem(e.sha256.left(12) + QStringLiteral("…"));
        hash->setToolTip(e.sha256);
        t->setItem(r, HashColumn, hash);
    }
    if (list.value().isEmpty())
        m_ui->statusLabel->setText(tr("This inspection has no evidence yet: choose Import more… to add some."));
    selectEvidence(selected);
    if (t->currentRow() < 0 && t->rowCount() > 0)
        t->selectRow(0);
    updateControls();
}

QStringList EvidenceLinkDialog::evidenceIds() const
{
    QStringList ids;
    for (int r = 0; r < m_ui->evidenceTable->rowCount(); ++r)
        ids << m_ui->evidenceTable->item(r, NameColumn)->data(Qt::UserRole).toString();
    return ids;
}

void EvidenceLinkDialog::selectEvidence(const QString &evidenceId)
{
    const int r = int(evidenceIds().indexOf(evidenceId));
    if (r >= 0)
        m_ui->evidenceTable->selectRow(r);
}

void EvidenceLinkDialog::setRange(std::optional<qint64> startMs, std::optional<qint64> endMs)
{
    m_ui->rangeCheck->setChecked(startMs.has_value());
    m_ui->startSpin->setValue(double(startMs.value_or(0)) / 1000.0);
    m_ui->endSpin->setValue(double(endMs.value_or(0)) / 1000.0);
}

void EvidenceLinkDialog::updateControls()
{
    const int r = m_ui->evidenceTable->currentRow();
    const bool photo = r >= 0
        && m_ui->evidenceTable->item(r, NameColumn)->data(Qt::UserRole + 1).toString() == QStringLiteral("photo");
    m_ui->rangeCheck->setEnabled(r >= 0 && !photo);
    if (photo)
        m_ui->rangeCheck->setChecked(false);
    m_ui->startSpin->setEnabled(m_ui->rangeCheck->isEnabled() && m_ui->rangeCheck->isChecked());
    m_ui->endSpin->setEnabled(m_ui->startSpin->isEnabled());
    m_ui->linkButton->setEnabled(r >= 0);
}

Status EvidenceLinkDialog::link()
{
    const int r = m_ui->evidenceTable->currentRow();
    if (r < 0)
        return makeError(tr("Choose the recording to link."), QStringLiteral("evidence"), 1);
    EvidenceLink l;
    l.evidenceId = m_ui->evidenceTable->item(r, NameColumn)->data(Qt::UserRole).toString();
    if (m_ui->rangeCheck->isEnabled() && m_ui->rangeCheck->isChecked()) {
        l.startMs = qRound64(m_ui->startSpin->value() * 1000.0);
        l.endMs = qRound64(m_ui->endSpin->value() * 1000.0);
    }
    auto result = EvidenceActions(m_session.db()).link(m_inspectionId, m_itemKey, l, m_session.actor());
    if (!result) {
        m_ui->statusLabel->setText(result.error().text());
        return result.error();
    }
    return {};
}

void EvidenceLinkDialog::accept()
{
    if (link())
        QDialog::accept();
}

void EvidenceLinkDialog::importMore()
{
    auto *dialog = new EvidenceImportDialog(m_session, m_inspectionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace psv::ui
