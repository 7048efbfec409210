#pragma once

#include "Actor.h"
#include "Evidence.h"
#include "EvidenceImporter.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>

namespace psv::ui {

// One import into the evidence store, run on a worker thread: EvidenceActions::importFiles (what
// psvctl evidence import runs: one-pass copy and hash, probe, thumbnail, then each file's catalogue
// row) through the worker's own Database; a sealed inspection is refused before anything is copied. Used by the import
// dialog, the capture dialog and the volume offer. Create it on the GUI thread, then runInThread(); it deletes itself
// and its thread when done.
class EvidenceImportJob : public QObject
{
    Q_OBJECT
public:
    EvidenceImportJob(QString dataDir, Actor actor, QString inspectionId);
    ~EvidenceImportJob() override;

    // Moves the job to a new thread, starts importing `paths` there, and cleans up when finished.
    void runInThread(const QStringList &paths);
    void cancel(); // any thread
    void setOptions(const EvidenceImporter::Options &options) { m_options = options; } // before running
    // Blocking import on the calling thread (the thread must not own another Database on dataDir).
    ImportSummary run(const QStringList &paths);

Q_SIGNALS:
    void progressChanged(const psv::ImportProgress &progress);
    void fileFinished(const psv::ImportOutcome &outcome);
    void finished(const psv::ImportSummary &summary);

private:
    QString m_dataDir;
    Actor m_actor;
    QString m_inspectionId;
    EvidenceImporter::Options m_options;
    std::atomic_bool m_cancel {false};
    std::atomic<EvidenceImporter *> m_importer {nullptr};
};

} // namespace psv::ui
