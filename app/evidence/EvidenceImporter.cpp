#include "EvidenceImporter.h"

#include "EvidenceLogging.h"

#include <QFileInfo>

namespace psv {

QString ImportOutcome::statusCode(Status status)
{
    switch (status) {
    case Status::Imported:
        return QStringLiteral("imported");
    case Status::AlreadyStored:
        return QStringLiteral("already-stored");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::NotAttempted:
        break;
    }
    return QStringLiteral("not-attempted");
}

EvidenceImporter::EvidenceImporter(EvidenceStore store, FileNamePatterns patterns, Recorder recorder, QObject *parent)
    : QObject(parent), m_store(std::move(store)), m_patterns(std::move(patterns)), m_recorder(std::move(recorder))
{
}

void EvidenceImporter::start(const QStringList &paths)
{
    const ImportSummary summary = importFiles(paths);
    Q_EMIT finished(summary);
}

void EvidenceImporter::reportProgress(bool force)
{
    const qint64 elapsed = m_clock.elapsed();
    if (!force && m_lastReportMs >= 0 && elapsed - m_lastReportMs < m_options.progressIntervalMs)
        return;
    m_lastReportMs = elapsed;
    m_progress.bytesPerSecond = elapsed > 0 ? double(m_progress.bytesDone) * 1000.0 / double(elapsed) : 0.0;
    m_progress.secondsLeft = m_progress.bytesPerSecond > 0
        ? qint64(double(m_progress.bytesTotal - m_progress.bytesDone) / m_progress.bytesPerSecond + 0.5)
        : -1;
    Q_EMIT progressChanged(m_progress);
}

ImportSummary EvidenceImporter::importFiles(const QStringList &paths)
{
    ImportSummary summary;
    m_clock.start();
    m_lastReportMs = -1;
    m_bytesBeforeFile = 0;
    m_progress = ImportProgress {};
    m_progress.fileCount = int(paths.size());
    QList<qint64> sizes;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        sizes << (info.isFile() ? info.size() : 0);
        m_progress.bytesTotal += sizes.constLast();
    }

    CopyHasher::Options copyOptions = m_options.copy;
    copyOptions.cancel = &m_cancel;
    copyOptions.progress = [this](qint64 done, qint64) {
        m_progress.bytesDone = m_bytesBeforeFile + done;
        reportProgress(false);
    };
    CopyHasher hasher(m_store, copyOptions);
    reportProgress(true);

    for (qsizetype i = 0; i < paths.size(); ++i) {
        ImportOutcome outcome;
        outcome.path = paths.at(i);
        if (summary.diskFull || m_cancel.load()) {
            outcome.status = ImportOutcome::Status::NotAttempted;
            outcome.message = summary.diskFull ? tr("Not imported: the evidence store's disk is full.")
                                               : tr("Not imported: the import was cancelled.");
            summary.files << outcome;
            Q_EMIT fileFinished(outcome);
            continue;
        }
        m_progress.fileIndex = int(i);
        m_progress.path = paths.at(i);
        Q_EMIT fileStarted(int(i), int(paths.size()), paths.at(i));
        outcome = importOne(paths.at(i), hasher);
        m_bytesBeforeFile += outcome.succeeded() ? outcome.evidence.size : sizes.at(i);
        m_progress.bytesTotal += outcome.succeeded() ? outcome.evidence.size - sizes.at(i) : 0;
        m_progress.bytesDone = m_bytesBeforeFile;
        reportProgress(false);
        switch (outcome.status) {
        case ImportOutcome::Status::Imported:
            ++summary.imported;
            break;
        case ImportOutcome::Status::AlreadyStored:
            ++summary.alreadyStored;
            break;
        case ImportOutcome::Status::Cancelled:
            summary.cancelled = true;
            summary.stopMessage = outcome.message;
            break;
        default:
            ++summary.failed;
            break;
        }
        if (outcome.succeeded())
            summary.bytes += outcome.evidence.size;
        if (outcome.copyFailure == CopyHasher::Failure::DiskFull) {
            summary.diskFull = true;
            summary.stopMessage = outcome.message;
        }
        summary.files << outcome;
        Q_EMIT fileFinished(outcome);
    }
    if (m_cancel.load() && !summary.cancelled) {
        summary.cancelled = true;
        summary.stopMessage = tr("The import was cancelled.");
    }
    reportProgress(true);
    summary.elapsedMs = m_clock.elapsed();
    return summary;
}

ImportOutcome EvidenceImporter::importOne(const QString &path, CopyHasher &hasher)
{
    ImportOutcome out;
    out.path = path;
    const Result<CopyHasher::Copied> copied = hasher.copy(path);
    if (!copied) {
        out.copyFailure = hasher.failure();
        out.status = out.copyFailure == CopyHasher::Failure::Cancelled ? ImportOutcome::Status::Cancelled
                                                                       : ImportOutcome::Status::Failed;
        out.message = copied.error().message;
        return out;
    }
    out.evidence = describe(path, copied.value());
    const Status recorded = m_recorder ? m_recorder(out.evidence) : Status {};
    if (!recorded) {
        out.status = ImportOutcome::Status::Failed;
        out.message = tr("The file was copied into the evidence store but could not be recorded: %1")
                          .arg(recorded.error().text());
        return out;
    }
    out.status = out.evidence.alreadyStored ? ImportOutcome::Status::AlreadyStored : ImportOutcome::Status::Imported;
    return out;
}

ImportedEvidence EvidenceImporter::describe(const QString &path, const CopyHasher::Copied &copied)
{
    const QFileInfo info(path);
    ImportedEvidence ev;
    ev.sha256 = copied.sha256;
    ev.size = copied.size;
    ev.blobPath = copied.blobPath;
    ev.alreadyStored = copied.alreadyStored;
    ev.originalName = info.fileName();
    ev.originalPath = info.absoluteFilePath();
    ev.sourceModified = copied.sourceModified;
    const std::optional<FileNameMatch> name = m_patterns.match(ev.originalName);
    if (name) {
        ev.deviceNumber = name->device;
        ev.policeNumber = name->police;
        ev.sequence = name->sequence;
        ev.fileNamePattern = name->patternId;
    }
    const MediaKind kind = MediaFacts::kindForFileName(ev.originalName);
    if (m_options.probeMedia) {
        ev.media = MediaProbe::probe(copied.blobPath, kind, m_options.probe); // the stored copy, not the source
    } else {
        ev.media.kind = kind;
        ev.media.problem = tr("metadata not examined");
    }
    if (!ev.media.thumbnail.isNull()) {
        const QString thumb = m_store.thumbnailPathFor(ev.sha256);
        if (QFileInfo::exists(thumb)) {
            ev.thumbnailPath = thumb;
        } else if (const Result<QString> written = m_store.storeThumbnail(ev.sha256, ev.media.thumbnail)) {
            ev.thumbnailPath = written.value();
        } else {
            qCWarning(lcEvidence) << "thumbnail not written:" << written.error().text();
        }
        ev.media.thumbnail = QImage();
    }
    ev.capture = CaptureTime::resolve(name, ev.media.creationTime, ev.media.creationTimeFrom, ev.sourceModified);
    ev.importedAt = QDateTime::currentDateTimeUtc();
    return ev;
}

} // namespace psv
