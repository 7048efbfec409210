// Stores standing for laptops and a reviewer's computer, sealed inspections, and the before/after
// state a refused bundle must leave alone.
#pragma once

#include "BundleExporter.h"
#include "BundleImporter.h"
#include "EvidenceRepository.h"
#include "EvidenceStore.h"
#include "ItemResultRepository.h"
#include "OrderRepository.h"
#include "SealService.h"
#include "StoreFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace psv::synctest {

// An inspection with two items, an order and a linked video (metadata only), sealed.
inline Inspection sealedInspection(
    StoreFixture &fx, const QString &notes = {}, const QString &evidenceSha256 = QString(64, u'9'), qint64 size = 10)
{
    Inspection draft = fx.draft();
    draft.notes = notes;
    auto created = InspectionRepository(*fx.db).create(draft, fx.actor);
    if (!created)
        return {};
    const Inspection i = created.value();
    Evidence e;
    e.inspectionId = i.id;
    e.sha256 = evidenceSha256;
    e.size = size;
    e.originalName = QStringLiteral("DSJ.mp4");
    const Evidence ev = EvidenceRepository(*fx.db).add(e, fx.actor).value();
    ItemResultRepository items(*fx.db);
    ItemResult a;
    a.inspectionId = i.id;
    a.itemKey = QStringLiteral("2");
    a.status = ItemStatus::NonCompliant;
    a.observation = QStringLiteral("入口未设置显著提示标识");
    a.evidence = {EvidenceLink {ev.id, 1000, 8000, QString()}};
    ItemResult b;
    b.inspectionId = i.id;
    b.itemKey = QStringLiteral("1");
    b.status = ItemStatus::Compliant;
    if (!items.set(a, fx.actor) || !items.set(b, fx.actor))
        return {};
    Order o;
    o.inspectionId = i.id;
    o.kind = OrderKind::Correction;
    o.findings = {QStringLiteral("2")};
    o.legalBasis = QStringLiteral("《条例》第十三条");
    o.issuedOn = QDate(2026, 3, 1);
    if (!OrderRepository(*fx.db).add(o, fx.actor))
        return {};
    auto s = SealService(*fx.db).seal(i.id, fx.actor);
    return s ? s.value() : Inspection {};
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "<missing>";
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// The store file's bytes (with its WAL) and the evidence store's blobs.
inline QString deviceState(StoreFixture &fx)
{
    const QString wal = fx.path() + QStringLiteral("-wal");
    QString blobs;
    if (QDir(fx.dir.filePath(QStringLiteral("evidence"))).exists()) {
        auto store = EvidenceStore::open(fx.dir.path());
        if (store)
            blobs = store.value().blobs().join(u',');
    }
    return QString::fromLatin1(fileHash(fx.path()) + ' ' + fileHash(wal)) + u' ' + blobs;
}

inline Result<BundleManifest> exportFrom(StoreFixture &fx, const QString &path, const QString &peer = {},
    const QStringList &numbers = {}, bool media = false)
{
    return BundleExporter(*fx.db).exportTo(path, ExportRequest {peer, numbers, media}, fx.actor);
}

inline Result<ImportSummary> importInto(StoreFixture &fx, const QString &path)
{
    return BundleImporter(*fx.db).importFile(path, fx.actor);
}

inline QString one(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    q.exec(sql);
    return q.next() ? q.value(0).toString() : QStringLiteral("<none>");
}

} // namespace psv::synctest
