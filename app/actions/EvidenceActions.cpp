#include "EvidenceActions.h"

#include "ActionsLogging.h"
#include "Database.h"
#include "EvidenceRepository.h"
#include "EvidenceStore.h"
#include "FileNamePatterns.h"
#include "InspectionRepository.h"

#include <QDir>

namespace psv {

Evidence EvidenceActions::catalogueRow(
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

Result<ImportSummary> EvidenceActions::importFiles(
    const QString &inspectionId, const QStringList &paths, const Actor &actor, const Hooks &hooks)
{
    // Sealed inspections take no new evidence: refuse before anything is copied.
    if (auto editable = InspectionRepository(m_db).editable(inspectionId); !editable)
        return editable.error();
    const QString dataDir = m_db.dataDir();
    auto patterns = FileNamePatterns::load(dataDir);
    if (!patterns)
        return patterns.error();
    auto store = EvidenceStore::open(dataDir);
    if (!store)
        return store.error();
    const QString storeRoot = store.value().root();
    EvidenceRepository repository(m_db);
    EvidenceImporter importer(store.value(), patterns.value(), [&](const ImportedEvidence &in) -> Status {
        auto added = repository.add(catalogueRow(in, inspectionId, storeRoot), actor);
        if (!added)
            return added.error();
        return {};
    });
    if (hooks.before)
        hooks.before(importer);
    const ImportSummary summary = importer.importFiles(paths);
    if (hooks.after)
        hooks.after(importer);
    qCInfo(lcActions) << "evidence import:" << summary.imported << "imported," << summary.alreadyStored
                      << "already stored," << summary.failed << "failed";
    return summary;
}

Result<ItemResult> EvidenceActions::link(
    const QString &inspectionId, const QString &itemKey, const EvidenceLink &link, const Actor &actor)
{
    return EvidenceRepository(m_db).link(inspectionId, itemKey, link, actor);
}

} // namespace psv
