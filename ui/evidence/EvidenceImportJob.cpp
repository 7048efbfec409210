#include "EvidenceImportJob.h"

#include "Database.h"
#include "EvidenceRepository.h"
#include "EvidenceStore.h"
#include "FileNamePatterns.h"
#include "UiLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace psv::ui {

EvidenceImportJob::EvidenceImportJob(QString dataDir, Actor actor, QString inspectionId)
    : m_dataDir(std::move(dataDir)), m_actor(std::move(actor)), m_inspectionId(std::move(inspectionId))
{
    qRegisterMetaType<psv::ImportProgress>();
    qRegisterMetaType<psv::ImportOutcome>();
    qRegisterMetaType<psv::ImportSummary>();
}

EvidenceImportJob::~EvidenceImportJob() = default;

Evidence EvidenceImportJob::toEvidence(
    const ImportedEvidence &in, const QString &inspectionId, const QString &storeRoot)
{
    Evidence e;
    e.inspectionId = inspectionId;
    e.sha256 = in.sha256;
    e.size = in.size;
    e.originalName = in.originalName;
    e.originalPath = in.originalPath;
    e.deviceNumber = in.deviceNumber;
    e.capturedAt = in.capture.time;
    e.captureTimeSource = CaptureTime::sourceCode(in.capture.source);
    e.importedAt = in.importedAt;
    e.mediaType = MediaFacts::kindCode(in.media.kind);
    if (in.media.durationMs > 0)
        e.durationMs = in.media.durationMs;
    e.width = in.media.resolution.isValid() ? in.media.resolution.width() : 0;
    e.height = in.media.resolution.isValid() ? in.media.resolution.height() : 0;
    e.codec = in.media.videoCodec.isEmpty() ? in.media.audioCodec : in.media.videoCodec;
    e.flags = in.flags();
    e.storePath = QDir(storeRoot).relativeFilePath(in.blobPath);
    return e;
}

void EvidenceImportJob::cancel()
{
    m_cancel.store(true);
    if (EvidenceImporter *importer = m_importer.load())
        importer->cancel();
}

ImportSummary EvidenceImportJob::run(const QStringList &paths)
{
    const auto failAll = [&](const QString &message) {
        ImportSummary summary;
        summary.diskFull = false;
        summary.stopMessage = message;
        for (const QString &p : paths) {
            ImportOutcome o;
            o.path = p;
            o.status = ImportOutcome::Status::Failed;
            o.message = message;
            summary.files.append(o);
            ++summary.failed;
        }
        return summary;
    };
    auto db = Database::open(m_dataDir);
    if (!db)
        return failAll(db.error().text());
    auto patterns = FileNamePatterns::load(m_dataDir);
    if (!patterns)
        return failAll(patterns.error().text());
    auto store = EvidenceStore::open(m_dataDir);
    if (!store)
        return failAll(store.error().text());
    Database &d = *db.value();
    const QString storeRoot = store.value().root();
    EvidenceRepository repository(d);
    EvidenceImporter importer(store.value(), patterns.value(), [&](const ImportedEvidence &in) -> Status {
        auto added = repository.add(toEvidence(in, m_inspectionId, storeRoot), m_actor);
        if (!added)
            return added.error();
        return {};
    });
    importer.setOptions(m_options);
    connect(&importer, &EvidenceImporter::progressChanged, this, &EvidenceImportJob::progressChanged);
    connect(&importer, &EvidenceImporter::fileFinished, this, &EvidenceImportJob::fileFinished);
    m_importer.store(&importer);
    if (m_cancel.load())
        importer.cancel();
    const ImportSummary summary = importer.importFiles(paths);
    m_importer.store(nullptr);
    qCInfo(lcUi) << "evidence import:" << summary.imported << "imported," << summary.alreadyStored << "already stored,"
                 << summary.failed << "failed, cancelled" << summary.cancelled;
    return summary;
}

void EvidenceImportJob::runInThread(const QStringList &paths)
{
    auto *worker = new QThread;
    worker->setObjectName(QStringLiteral("evidence-import"));
    moveToThread(worker);
    connect(worker, &QThread::started, this, [this, paths] {
        const ImportSummary summary = run(paths);
        Q_EMIT finished(summary);
        QThread::currentThread()->quit();
    });
    connect(worker, &QThread::finished, this, &QObject::deleteLater);
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

} // namespace psv::ui
