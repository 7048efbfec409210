#include "EvidenceImportDialog.h"

#include "AppSession.h"
#include "EvidenceImportJob.h"
#include "InspectionRepository.h"
#include "MessageBox.h"
#include "Settings.h"

#include "ui_EvidenceImportDialog.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QThread>

#include <memory>

namespace psv::ui {

namespace {
enum Column { FileColumn, TimeColumn, SourceColumn, SizeColumn, ResultColumn };

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}
} // namespace

EvidenceImportDialog::EvidenceImportDialog(AppSession &session, QString inspectionId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EvidenceImportDialog>()), m_session(session),
      m_inspectionId(std::move(inspectionId))
{
    m_ui->setupUi(this);
    InspectionRepository inspections(m_session.db());
    if (auto i = inspections.get(m_inspectionId)) {
        m_inspectionNumber = i.value().number;
        m_windowStart = i.value().startedAt;
        m_windowEnd = i.value().endedAt;
        if (auto editable = inspections.editable(m_inspectionId); !editable)
            m_refusal = editable.error().text();
    } else {
        m_refusal = i.error().text();
    }
    const int skew = m_session.settings().value(Settings::Key::ClockSkewMinutes).toInt();
    const QString span = m_windowStart.isValid()
        ? tr("recorded from %1 to %2, ± %3 min")
              .arg(timeText(m_windowStart), m_windowEnd.isValid() ? timeText(m_windowEnd) : tr("now"),
                  QString::number(skew))
        : tr("no start time recorded");
    m_ui->inspectionLabel->setText(m_refusal.isEmpty()
            ? tr("Into inspection %1 (%2). Files recorded during the inspection are ticked.")
                  .arg(m_inspectionNumber, span)
            : m_refusal);
    m_ui->fileTable->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::ResizeToContents);
    m_ui->progressBar->setRange(0, 1000);
    m_ui->progressBar->setValue(0);

    connect(m_ui->browseButton, &QPushButton::clicked, this, &EvidenceImportDialog::browse);
    connect(m_ui->scanButton, &QPushButton::clicked, this, &EvidenceImportDialog::scan);
    connect(m_ui->folderEdit, &QLineEdit::returnPressed, this, &EvidenceImportDialog::scan);
    connect(m_ui->folderEdit, &QLineEdit::textChanged, this, &EvidenceImportDialog::updateButtons);
    connect(m_ui->selectAllButton, &QPushButton::clicked, this, &EvidenceImportDialog::selectAll);
    connect(m_ui->selectWindowButton, &QPushButton::clicked, this, &EvidenceImportDialog::selectWindow);
    connect(m_ui->importButton, &QPushButton::clicked, this, &EvidenceImportDialog::startImport);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &EvidenceImportDialog::cancelImport);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &EvidenceImportDialog::reject);
    connect(m_ui->fileTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == FileColumn)
            updateSelectionLabel();
    });
    updateButtons();
}

EvidenceImportDialog::~EvidenceImportDialog()
{
    if (m_job)
        m_job->cancel();
}

bool EvidenceImportDialog::isBusy() const
{
    return m_scanning || m_job;
}

void EvidenceImportDialog::setFolder(const QString &folder)
{
    m_ui->folderEdit->setText(folder);
}

void EvidenceImportDialog::browse()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder with recordings"),
        m_ui->folderEdit->text(), QFileDialog::ShowDirsOnly | QFileDialog::ReadOnly);
    if (folder.isEmpty())
        return;
    setFolder(folder);
    scan();
}

void EvidenceImportDialog::scan()
{
    const QString folder = m_ui->folderEdit->text().trimmed();
    if (folder.isEmpty() || isBusy())
        return;
    m_scanning = true;
    m_ui->scanLabel->setText(tr("Looking for recordings in %1…").arg(folder));
    updateButtons();
    auto result = std::make_shared<Result<ScanResult>>(ScanResult {});
    const QString dataDir = m_session.dataDir();
    QThread *worker = QThread::create([result, folder, dataDir] {
        auto patterns = FileNamePatterns::load(dataDir);
        if (!patterns) {
            *result = patterns.error();
            return;
        }
        *result = SourceScanner(patterns.value()).scan(folder);
    });
    connect(worker, &QThread::finished, this, [this, result, worker] {
        worker->deleteLater();
        m_scanning = false;
        showScan(*result);
    });
    worker->start();
}

void EvidenceImportDialog::showScan(const Result<ScanResult> &result)
{
    if (!result) {
        m_files.clear();
        m_ui->scanLabel->setText(result.error().text());
    } else {
        m_files = result.value().files;
        if (m_windowStart.isValid())
            SourceScanner::preselect(m_files, m_windowStart, m_windowEnd,
                m_session.settings().value(Settings::Key::ClockSkewMinutes).toInt());
        const CameraLayout &layout = result.value().layout;
        QString text = tr("%n recording(s) found.", nullptr, int(m_files.size()));
        if (layout.looksLikeCamera)
            text += u' ' + tr("This looks like a camera's storage: %1").arg(layout.reason);
        m_ui->scanLabel->setText(text);
    }
    fillTable();
    updateButtons();
    Q_EMIT scanFinished(int(m_files.size()));
}

void EvidenceImportDialog::fillTable()
{
    QSignalBlocker block(m_ui->fileTable);
    m_ui->fileTable->setRowCount(int(m_files.size()));
    for (int r = 0; r < m_files.size(); ++r) {
        const SourceFile &f = m_files[r];
        auto *name = new QTableWidgetItem(f.relativePath);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        name->setCheckState(f.preselected ? Qt::Checked : Qt::Unchecked);
        name->setData(Qt::UserRole, f.path);
        name->setToolTip(f.path);
        m_ui->fileTable->setItem(r, FileColumn, name);
        m_ui->fileTable->setItem(r, TimeColumn, new QTableWidgetItem(timeText(f.capture.time)));
        QString source = CaptureTime::sourceName(f.capture.source);
        if (!f.capture.detail.isEmpty())
            source += QStringLiteral(" (%1)").arg(f.capture.detail);
        m_ui->fileTable->setItem(r, SourceColumn, new QTableWidgetItem(source));
        m_ui->fileTable->setItem(r, SizeColumn, new QTableWidgetItem(QLocale().formattedDataSize(f.size)));
        m_ui->fileTable->setItem(r, ResultColumn, new QTableWidgetItem());
    }
    updateSelectionLabel();
}

QStringList EvidenceImportDialog::checkedPaths() const
{
    QStringList out;
    for (int r = 0; r < m_ui->fileTable->rowCount(); ++r)
        if (const QTableWidgetItem *item = m_ui->fileTable->item(r, FileColumn); item->checkState() == Qt::Checked)
            out << item->data(Qt::UserRole).toString();
    return out;
}

void EvidenceImportDialog::setChecked(const QString &path, bool checked)
{
    if (const int r = rowOf(path); r >= 0)
        m_ui->fileTable->item(r, FileColumn)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

int EvidenceImportDialog::rowOf(const QString &path) const
{
    for (int r = 0; r < m_ui->fileTable->rowCount(); ++r)
        if (m_ui->fileTable->item(r, FileColumn)->data(Qt::UserRole).toString() == path)
            return r;
    return -1;
}

void EvidenceImportDialog::selectAll()
{
    for (int r = 0; r < m_ui->fileTable->rowCount(); ++r)
        m_ui->fileTable->item(r, FileColumn)->setCheckState(Qt::Checked);
}

void EvidenceImportDialog::selectWindow()
{
    for (int r = 0; r < m_files.size(); ++r)
        m_ui->fileTable->item(r, FileColumn)->setCheckState(m_files[r].preselected ? Qt::Checked : Qt::Unchecked);
}

void EvidenceImportDialog::updateSelectionLabel()
{
    const QStringList paths = checkedPaths();
    qint64 bytes = 0;
    for (const SourceFile &f : std::as_const(m_files))
        if (paths.contains(f.path))
            bytes += f.size;
    m_ui->selectionLabel->setText(
        tr("%n file(s) ticked, %1", nullptr, int(paths.size())).arg(QLocale().formattedDataSize(bytes)));
    updateButtons();
}

void EvidenceImportDialog::updateButtons()
{
    const bool busy = isBusy();
    m_ui->scanButton->setEnabled(!busy && !m_ui->folderEdit->text().trimmed().isEmpty());
    m_ui->browseButton->setEnabled(!busy);
    m_ui->folderEdit->setEnabled(!busy);
    m_ui->importButton->setEnabled(!busy && m_refusal.isEmpty() && !checkedPaths().isEmpty());
    m_ui->cancelButton->setEnabled(m_job != nullptr);
    m_ui->selectAllButton->setEnabled(!busy && !m_files.isEmpty());
    m_ui->selectWindowButton->setEnabled(!busy && !m_files.isEmpty() && m_windowStart.isValid());
    m_ui->fileTable->setEnabled(!busy);
}

void EvidenceImportDialog::startImport()
{
    const QStringList paths = checkedPaths();
    if (paths.isEmpty() || isBusy() || !m_refusal.isEmpty())
        return;
    for (int r = 0; r < m_ui->fileTable->rowCount(); ++r)
        m_ui->fileTable->item(r, ResultColumn)->setText(QString());
    m_summary = {};
    auto *job = new EvidenceImportJob(m_session.dataDir(), m_session.actor(), m_inspectionId);
    m_job = job;
    job->setOptions(m_importerOptions);
    connect(job, &EvidenceImportJob::progressChanged, this, &EvidenceImportDialog::showProgress);
    connect(job, &EvidenceImportJob::fileFinished, this, &EvidenceImportDialog::showOutcome);
    connect(job, &EvidenceImportJob::finished, this, &EvidenceImportDialog::importDone);
    m_ui->progressBar->setValue(0);
    m_ui->progressLabel->setText(tr("Importing %n file(s)…", nullptr, int(paths.size())));
    updateButtons();
    job->runInThread(paths);
}

void EvidenceImportDialog::cancelImport()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_ui->progressLabel->setText(tr("Cancelling… the file being copied is discarded."));
}

QString EvidenceImportDialog::progressText(const ImportProgress &p)
{
    const QLocale locale;
    QString text = tr("File %1 of %2 · %3 of %4")
                       .arg(p.fileIndex + 1)
                       .arg(p.fileCount)
                       .arg(locale.formattedDataSize(p.bytesDone), locale.formattedDataSize(p.bytesTotal));
    if (p.bytesPerSecond > 0)
        text += tr(" · %1/s").arg(locale.formattedDataSize(qint64(p.bytesPerSecond)));
    if (p.secondsLeft >= 0)
        text += tr(" · about %1 left")
                    .arg(p.secondsLeft >= 60 ? tr("%n min", nullptr, int((p.secondsLeft + 59) / 60))
                                             : tr("%n s", nullptr, int(p.secondsLeft)));
    return text;
}

void EvidenceImportDialog::showProgress(const ImportProgress &p)
{
    if (p.bytesTotal > 0)
        m_ui->progressBar->setValue(int(p.bytesDone * 1000 / p.bytesTotal));
    m_ui->progressLabel->setText(progressText(p));
    Q_EMIT importProgress(p);
}

QString EvidenceImportDialog::outcomeText(const ImportOutcome &o)
{
    switch (o.status) {
    case ImportOutcome::Status::Imported:
        return tr("Imported, SHA-256 %1…").arg(o.evidence.sha256.left(12));
    case ImportOutcome::Status::AlreadyStored:
        return tr("Already in the store, recorded for this inspection");
    case ImportOutcome::Status::Failed:
        return tr("Failed: %1").arg(o.message);
    case ImportOutcome::Status::Cancelled:
        return tr("Cancelled");
    case ImportOutcome::Status::NotAttempted:
        return tr("Not imported: %1").arg(o.message);
    }
    return {};
}

void EvidenceImportDialog::showOutcome(const ImportOutcome &o)
{
    const int r = rowOf(o.path);
    if (r < 0)
        return;
    QTableWidgetItem *item = m_ui->fileTable->item(r, ResultColumn);
    item->setText(outcomeText(o));
    item->setToolTip(o.evidence.sha256.isEmpty() ? o.message : o.evidence.sha256);
    if (o.succeeded())
        m_ui->fileTable->item(r, FileColumn)->setCheckState(Qt::Unchecked);
}

void EvidenceImportDialog::importDone(const ImportSummary &summary)
{
    m_summary = summary;
    m_job = nullptr;
    for (const ImportOutcome &o : summary.files)
        showOutcome(o);
    QString text = tr("%1 imported, %2 already stored, %3 failed.")
                       .arg(summary.imported)
                       .arg(summary.alreadyStored)
                       .arg(summary.failed);
    if (!summary.stopMessage.isEmpty())
        text += u' ' + summary.stopMessage;
    m_ui->progressLabel->setText(text);
    if (summary.allSucceeded())
        m_ui->progressBar->setValue(m_ui->progressBar->maximum());
    updateSelectionLabel();
    Q_EMIT importFinished(summary);
}

void EvidenceImportDialog::reject()
{
    if (m_job) {
        if (MessageBox::question(this, tr("Import in progress"),
                tr("Cancel the import? Files already imported stay in the store; the file being copied is discarded."))
            == QMessageBox::Yes)
            cancelImport();
        return;
    }
    QDialog::reject();
}

} // namespace psv::ui
