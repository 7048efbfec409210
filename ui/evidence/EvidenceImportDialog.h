#pragma once

#include "EvidenceImporter.h"
#include "SourceScanner.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace Ui {
class EvidenceImportDialog;
}

namespace psv {
class AppSession;
}

namespace psv::ui {

class EvidenceImportJob;

// Imports body-camera files into one inspection: choose a folder (or a detected camera volume),
// scan it (SourceScanner, off the GUI thread), see each file's capture time and where that came
// from; the files recorded during the inspection (± Settings ClockSkewMinutes) are ticked and the
// officer may tick others. The import runs on a worker thread (EvidenceImportJob) with progress
// in bytes, rate and time left, and can be cancelled; each file's result is shown in the list.
class EvidenceImportDialog : public QDialog
{
    Q_OBJECT
public:
    EvidenceImportDialog(AppSession &session, QString inspectionId, QWidget *parent = nullptr);
    ~EvidenceImportDialog() override;

    void setFolder(const QString &folder); // fills the field; call scan() to list it
    void scan(); // asynchronous; scanFinished() when done
    QList<SourceFile> files() const { return m_files; }
    QStringList checkedPaths() const;
    void setChecked(const QString &path, bool checked);
    void startImport(); // the ticked files; importFinished() when done
    void cancelImport();
    void setImporterOptions(const EvidenceImporter::Options &options) { m_importerOptions = options; }
    bool isBusy() const;
    ImportSummary lastSummary() const { return m_summary; }

    static QString progressText(const ImportProgress &progress);
    static QString outcomeText(const ImportOutcome &outcome);

Q_SIGNALS:
    void scanFinished(int fileCount);
    void importProgress(const psv::ImportProgress &progress);
    void importFinished(const psv::ImportSummary &summary);

public Q_SLOTS:
    void reject() override;

private:
    void browse();
    void showScan(const Result<ScanResult> &result);
    void fillTable();
    void selectWindow();
    void selectAll();
    void updateButtons();
    void updateSelectionLabel();
    void showProgress(const ImportProgress &progress);
    void showOutcome(const ImportOutcome &outcome);
    void importDone(const ImportSummary &summary);
    int rowOf(const QString &path) const;

    std::unique_ptr<Ui::EvidenceImportDialog> m_ui;
    AppSession &m_session;
    QString m_inspectionId;
    QString m_inspectionNumber;
    QDateTime m_windowStart;
    QDateTime m_windowEnd;
    QString m_refusal; // why this inspection takes no evidence (sealed), else empty
    QList<SourceFile> m_files;
    bool m_scanning = false;
    QPointer<EvidenceImportJob> m_job;
    ImportSummary m_summary;
    EvidenceImporter::Options m_importerOptions;
};

} // namespace psv::ui
