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
#include "SealedInspection.h"
#include "StoreFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace psv::synctest {

using storetest::sealedInspection;

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
