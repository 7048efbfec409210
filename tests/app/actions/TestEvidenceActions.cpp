// EvidenceActions: the one mapping of an imported file to its catalogue row (psvctl evidence import
// and the app's import job both use it), the import refused for a sealed inspection before anything
// is copied, and linking.
#include "EvidenceActions.h"
#include "EvidenceRepository.h"
#include "InspectionSealer.h"
#include "StoreContent.h"
#include "WorkflowFixture.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace psv;

class TestEvidenceActions : public QObject
{
    Q_OBJECT

    static QString writeFile(const QString &dir, const QString &name, const QByteArray &content)
    {
        QDir().mkpath(dir);
        QFile f(QDir(dir).filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return f.fileName();
    }

    static EvidenceActions::Hooks withoutProbe()
    {
        EvidenceActions::Hooks hooks;
        hooks.before = [](EvidenceImporter &importer) {
            EvidenceImporter::Options options;
            options.probeMedia = false;
            importer.setOptions(options);
        };
        return hooks;
    }

    static int blobCount(const QString &dataDir)
    {
        int n = 0;
        const QDir blobs(QDir(dataDir).filePath(QStringLiteral("evidence/sha256")));
        for (const QString &sub : blobs.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            n += int(QDir(blobs.filePath(sub)).entryList(QDir::Files).size());
        return n;
    }

private Q_SLOTS:
    void catalogueRowMapsEveryField()
    {
        ImportedEvidence in;
        in.sha256 = QString(64, u'c');
        in.size = 4096;
        in.blobPath = QStringLiteral("/data/evidence/sha256/cc/") + in.sha256;
        in.originalName = QStringLiteral("DSJ_20250930_101500.MP4");
        in.originalPath = QStringLiteral("/media/cam/DCIM/DSJ_20250930_101500.MP4");
        in.deviceNumber = QStringLiteral("DSJ-01");
        in.capture.time = QDateTime(QDate(2025, 9, 30), QTime(2, 15), QTimeZone::UTC);
        in.capture.source = CaptureTime::Source::FileName;
        in.importedAt = QDateTime(QDate(2025, 9, 30), QTime(3, 0), QTimeZone::UTC);
        in.media.kind = MediaKind::Video;
        in.media.durationMs = 61000;
        in.media.resolution = QSize(1920, 1080);
        in.media.audioCodec = QStringLiteral("AAC");
        const Evidence e
            = EvidenceActions::catalogueRow(in, QStringLiteral("INSPECTION"), QStringLiteral("/data/evidence"));
        QCOMPARE(e.inspectionId, QStringLiteral("INSPECTION"));
        QCOMPARE(e.sha256, in.sha256);
        QCOMPARE(e.size, qint64(4096));
        QCOMPARE(e.originalName, in.originalName);
        QCOMPARE(e.originalPath, in.originalPath);
        QCOMPARE(e.deviceNumber, QStringLiteral("DSJ-01"));
        QCOMPARE(e.capturedAt, in.capture.time);
        QCOMPARE(e.captureTimeSource, QStringLiteral("file-name"));
        QCOMPARE(e.importedAt, in.importedAt);
        QCOMPARE(e.mediaType, QStringLiteral("video"));
        QCOMPARE(e.durationMs.value_or(0), qint64(61000));
        QCOMPARE(e.width, 1920);
        QCOMPARE(e.height, 1080);
        QCOMPARE(e.codec, QStringLiteral("AAC")); // no video codec named: the audio codec
        QCOMPARE(e.storePath, QStringLiteral("sha256/cc/") + in.sha256);
    }

    void importsAndCatalogues()
    {
        WorkflowFixture fx;
        QVERIFY(fx.setUp());
        const QString file = writeFile(fx.dir.filePath(QStringLiteral("camera")),
            QStringLiteral("IMG_20250930_101500.jpg"), QByteArray("not really a photo"));
        QVERIFY(!file.isEmpty());
        auto summary = EvidenceActions(*fx.db).importFiles(fx.inspection.id, {file}, fx.actor, withoutProbe());
        QVERIFY2(summary.ok(), summary ? "" : qPrintable(summary.error().text()));
        QCOMPARE(summary.value().imported, 1);
        QCOMPARE(summary.value().failed, 0);
        auto rows = EvidenceRepository(*fx.db).list({});
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 1);
        QCOMPARE(rows.value().first().inspectionId, fx.inspection.id);
        QCOMPARE(rows.value().first().originalName, QStringLiteral("IMG_20250930_101500.jpg"));
        QCOMPARE(blobCount(fx.dir.path()), 1);
    }

    void aSealedInspectionIsRefusedBeforeAnythingIsCopied()
    {
        WorkflowFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(InspectionSealer(*fx.db, fx.checklists).seal(fx.inspection.id, fx.actor, QStringLiteral("演练")).ok());
        const QString file = writeFile(fx.dir.filePath(QStringLiteral("camera")),
            QStringLiteral("IMG_20250930_101500.jpg"), QByteArray("late photo"));
        const QString before = storeContent(fx.dir.path());
        auto summary = EvidenceActions(*fx.db).importFiles(fx.inspection.id, {file}, fx.actor, withoutProbe());
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().message.contains(QStringLiteral("is sealed")), qPrintable(summary.error().text()));
        QCOMPARE(storeContent(fx.dir.path()), before);
        QCOMPARE(blobCount(fx.dir.path()), 0);
    }

    void linkAddsToTheItem()
    {
        WorkflowFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.addEvidence(QStringLiteral("video")));
        auto rows = EvidenceRepository(*fx.db).list({});
        QVERIFY(rows.ok() && rows.value().size() == 1);
        EvidenceLink link;
        link.evidenceId = rows.value().first().id;
        auto linked = EvidenceActions(*fx.db).link(fx.inspection.id, QStringLiteral("2"), link, fx.actor);
        QVERIFY2(linked.ok(), linked ? "" : qPrintable(linked.error().text()));
        QCOMPARE(linked.value().evidence.size(), 1);
        QCOMPARE(linked.value().evidence.first().evidenceId, link.evidenceId);
    }
};

QTEST_MAIN(TestEvidenceActions)
#include "TestEvidenceActions.moc"
