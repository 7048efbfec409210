#include "EvidenceImportJob.h"

#include "Database.h"
#include "EvidenceActions.h"
#include "UiLogging.h"

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
    EvidenceActions::Hooks hooks;
    hooks.before = [this](EvidenceImporter &importer) {
        importer.setOptions(m_options);
        connect(&importer, &EvidenceImporter::progressChanged, this, &EvidenceImportJob::progressChanged);
        connect(&importer, &EvidenceImporter::fileFinished, this, &EvidenceImportJob::fileFinished);
        m_importer.store(&importer);
        if (m_cancel.load())
            importer.cancel();
    };
    hooks.after = [this](EvidenceImporter &) {
        m_importer.store(nullptr);
    };
    auto imported = EvidenceActions(*db.value()).importFiles(m_inspectionId, paths, m_actor, hooks);
    if (!imported)
        return failAll(imported.error().text());
    const ImportSummary &summary = imported.value();
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
