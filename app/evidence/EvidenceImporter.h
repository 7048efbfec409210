#pragma once

#include "CopyHasher.h"
#include "EvidenceStore.h"
#include "FileNamePatterns.h"
#include "ImportedEvidence.h"
#include "MediaProbe.h"
#include "Result.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace psv {

struct ImportProgress
{
    int fileIndex = 0; // 0-based, the file being copied
    int fileCount = 0;
    QString path;
    qint64 bytesDone = 0; // over all files
    qint64 bytesTotal = 0;
    double bytesPerSecond = 0;
    qint64 secondsLeft = -1; // -1 while unknown
};

struct ImportOutcome
{
    enum class Status {
        Imported, // copied, hashed, recorded
        AlreadyStored, // the content was in the store already; recorded again (e.g. another inspection)
        Failed, // reported in message; the rest went on (or stopped: disk full)
        Cancelled,
        NotAttempted, // after a cancel or a full disk
    };
    QString path;
    Status status = Status::Failed;
    QString message; // translated; why it failed
    ImportedEvidence evidence; // when Imported or AlreadyStored (and for a failed recorder)
    CopyHasher::Failure copyFailure = CopyHasher::Failure::None;

    bool succeeded() const { return status == Status::Imported || status == Status::AlreadyStored; }
    static QString statusCode(Status status); // "imported", "already-stored", "failed", "cancelled", "not-attempted"
};

struct ImportSummary
{
    QList<ImportOutcome> files;
    int imported = 0;
    int alreadyStored = 0;
    int failed = 0;
    bool cancelled = false;
    bool diskFull = false; // stopped: the store's disk is full
    QString stopMessage; // translated, when cancelled or stopped
    qint64 bytes = 0; // copied and hashed
    qint64 elapsedMs = 0;
    bool allSucceeded() const { return !cancelled && !diskFull && failed == 0; }
};

// Imports a list of files into the evidence store: for each, CopyHasher (one pass, hashed,
// fsynced, content-addressed), MediaProbe on the stored copy (facts + thumbnail written to
// thumbs/<hash>.jpg atomically), the capture time, then the caller's recorder (the store adds
// the evidence row and audit entry). An unreadable file is reported and the rest continue; a
// full disk stops the import; a recorder failure counts the file as failed (its complete blob
// may stay: it is content-addressed). Meant to live on a worker thread: connect start() or call
// importFiles() there; cancel() may be called from any thread; signals are queued to the GUI.
class EvidenceImporter : public QObject
{
    Q_OBJECT

public:
    using Recorder = std::function<psv::Status(const ImportedEvidence &)>;

    struct Options
    {
        CopyHasher::Options copy; // chunk size, ring slots, write seam (cancel/progress are set here)
        MediaProbe::Options probe;
        bool probeMedia = true;
        int progressIntervalMs = 100; // at most this often
    };

    EvidenceImporter(EvidenceStore store, FileNamePatterns patterns, Recorder recorder, QObject *parent = nullptr);

    void setOptions(Options options) { m_options = std::move(options); }
    const Options &options() const { return m_options; }

    ImportSummary importFiles(const QStringList &paths); // blocking, on the calling thread
    void cancel() { m_cancel.store(true); } // thread-safe
    bool isCancelled() const { return m_cancel.load(); }
    std::atomic_bool *cancelFlag() { return &m_cancel; } // for a signal handler (InterruptSignals)

public Q_SLOTS:
    void start(const QStringList &paths); // importFiles(), then finished()

Q_SIGNALS:
    void fileStarted(int index, int count, const QString &path);
    void progressChanged(const psv::ImportProgress &progress);
    void fileFinished(const psv::ImportOutcome &outcome);
    void finished(const psv::ImportSummary &summary);

private:
    ImportOutcome importOne(const QString &path, CopyHasher &hasher);
    ImportedEvidence describe(const QString &path, const CopyHasher::Copied &copied);
    void reportProgress(bool force);

    EvidenceStore m_store;
    FileNamePatterns m_patterns;
    Recorder m_recorder;
    Options m_options;
    std::atomic_bool m_cancel {false};
    ImportProgress m_progress;
    qint64 m_bytesBeforeFile = 0;
    QElapsedTimer m_clock;
    qint64 m_lastReportMs = -1;
};

} // namespace psv
