// psvctl bundle export|import, sync conflicts|settle|peers, review list|approve|return: the store's
// side of sync bundles (psv_sync).
#include "BundleExporter.h"
#include "BundleImporter.h"
#include "CliOptions.h"
#include "CliRegistry.h"
#include "CliStore.h"
#include "InterruptSignals.h"
#include "ReviewQueue.h"
#include "SyncConflicts.h"
#include "SyncPeers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace psv::cli {

namespace {

int exportBundle(CliContext &ctx)
{
    CliOptions opt(ctx);
    const QString officer = opt.value(QStringLiteral("officer"));
    const QString peer = opt.value(QStringLiteral("peer"));
    const QStringList numbers = opt.all(QStringLiteral("inspection"));
    const bool media = opt.flag(QStringLiteral("with-media"));
    const QString out = opt.positional(QStringLiteral("OUT"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    if (!peer.isEmpty() && !numbers.isEmpty())
        return ctx.usage(QCoreApplication::translate("psvctl", "Give either --peer or --inspection, not both."));
    auto db = CliStore::open(ctx, CliStore::Mode::Read);
    if (!db)
        return ctx.fail(db.error());
    auto actor = CliStore::actor(officer, *db.value());
    if (!actor)
        return ctx.fail(actor.error());
    ExportRequest request {peer, numbers, media};
    auto m = BundleExporter(*db.value()).exportTo(out, request, actor.value());
    if (!m)
        return ctx.fail(m.error());
    QJsonObject counts;
    const QMap<QString, qint64> c = m.value().recordCounts();
    for (auto it = c.constBegin(); it != c.constEnd(); ++it)
        counts.insert(it.key(), it.value());
    const QJsonObject o {{QStringLiteral("file"), out}, {QStringLiteral("bundleId"), m.value().bundleId},
        {QStringLiteral("kind"), m.value().kind}, {QStringLiteral("peer"), peer}, {QStringLiteral("records"), counts},
        {QStringLiteral("blobs"), m.value().blobCount()}};
    ctx.print(o,
        QCoreApplication::translate("psvctl", "Bundle %1 written to %2: %3 records, %4 evidence files.")
            .arg(m.value().bundleId.left(16), out)
            .arg(m.value().recordCount())
            .arg(m.value().blobCount()));
    return Success;
}

int importBundle(CliContext &ctx)
{
    CliOptions opt(ctx);
    const QString officer = opt.value(QStringLiteral("officer"));
    const QString file = opt.positional(QStringLiteral("FILE"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto store = CliStore::openWriter(ctx, officer);
    if (!store)
        return ctx.fail(store.error());
    auto &[db, actor] = store.value();
    // Ctrl+C or a shutdown cancels at the next file or record: nothing is applied, no temp file stays.
    std::atomic_bool interrupted {false};
    const InterruptSignals interrupts(&interrupted);
    BundleCallbacks callbacks;
    callbacks.cancelled = [&interrupted] {
        return interrupted.load();
    };
    auto r = BundleImporter(*db).importFile(file, actor, callbacks);
    if (!r) {
        const Error &e = r.error();
        return ctx.fail(makeError(
            QCoreApplication::translate("psvctl", "The bundle is refused: %1").arg(e.message), e.where, e.code));
    }
    ctx.print(r.value().toJson(), r.value().text());
    return Success;
}

int conflicts(CliContext &ctx)
{
    CliOptions opt(ctx);
    const bool all = opt.flag(QStringLiteral("all"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto db = CliStore::open(ctx, CliStore::Mode::Read);
    if (!db)
        return ctx.fail(db.error());
    auto list = SyncConflicts(*db.value()).list(!all);
    if (!list)
        return ctx.fail(list.error());
    QJsonArray a;
    QString text;
    for (const SyncConflict &c : list.value()) {
        a.append(c.toJson());
        text += QStringLiteral("%1  %2  %3 %4  %5  local=%6  remote=%7  [%8]\n")
                    .arg(c.id)
                    .arg(c.kind, c.entityType, c.entityId, c.field,
                        QString::fromUtf8(QJsonDocument(QJsonArray {c.local}).toJson(QJsonDocument::Compact)),
                        c.kind == QLatin1String("field")
                            ? QString::fromUtf8(QJsonDocument(QJsonArray {c.remote}).toJson(QJsonDocument::Compact))
                            : c.kind == QLatin1String("unique")
                            ? QCoreApplication::translate("psvctl", "(stored beside the local record as %1)")
                                  .arg(c.entityId)
                            : QCoreApplication::translate("psvctl", "(kept with the conflict)"),
                        c.status);
    }
    if (list.value().isEmpty())
        text = QCoreApplication::translate("psvctl", "No sync conflicts to settle.");
    ctx.print(a, text.trimmed());
    return Success;
}

int settle(CliContext &ctx)
{
    CliOptions opt(ctx);
    const QString officer = opt.value(QStringLiteral("officer"));
    const QString keep = opt.required(QStringLiteral("keep"));
    const QString id = opt.positional(QStringLiteral("ID"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    bool ok = false;
    const qint64 n = id.toLongLong(&ok);
    if (!ok)
        return ctx.usage(
            QCoreApplication::translate("psvctl", "usage: psvctl sync settle ID --keep local|remote|VALUE"));
    auto store = CliStore::openWriter(ctx, officer);
    if (!store)
        return ctx.fail(store.error());
    auto &[db, actor] = store.value();
    auto r = SyncConflicts(*db).settle(n, keep, actor);
    if (!r)
        return ctx.fail(r.error());
    ctx.print(r.value().toJson(),
        QCoreApplication::translate("psvctl", "Sync conflict %1 settled (%2).").arg(n).arg(r.value().resolution));
    return Success;
}

int peers(CliContext &ctx)
{
    CliOptions opt(ctx);
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto db = CliStore::open(ctx, CliStore::Mode::Read);
    if (!db)
        return ctx.fail(db.error());
    auto list = SyncPeers::list(db.value()->sql());
    if (!list)
        return ctx.fail(list.error());
    QJsonArray a;
    QString text;
    for (const SyncPeer &p : list.value()) {
        a.append(p.toJson());
        text += QCoreApplication::translate("psvctl", "%1: acknowledged up to change %2, received up to change %3\n")
                    .arg(p.peerId)
                    .arg(p.lastAckedSeq)
                    .arg(p.lastReceivedSeq);
    }
    ctx.print(a, text.trimmed());
    return Success;
}

int reviewList(CliContext &ctx)
{
    CliOptions opt(ctx);
    const bool all = opt.flag(QStringLiteral("all"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto db = CliStore::open(ctx, CliStore::Mode::Read);
    if (!db)
        return ctx.fail(db.error());
    auto list = ReviewQueue(*db.value()).list(all);
    if (!list)
        return ctx.fail(list.error());
    QJsonArray a;
    QString text;
    for (const ReviewItem &i : list.value()) {
        a.append(i.toJson());
        text += QStringLiteral("%1 v%2  %3  %4 / %5  %6\n")
                    .arg(i.number)
                    .arg(i.version)
                    .arg(i.status, i.unitName, i.siteName, i.sealHash.left(16));
    }
    if (list.value().isEmpty())
        text = QCoreApplication::translate("psvctl", "No inspections are waiting for review.");
    ctx.print(a, text.trimmed());
    return Success;
}

int decide(CliContext &ctx, bool approve)
{
    CliOptions opt(ctx);
    const QString officer = opt.value(QStringLiteral("officer"));
    const QString comment = approve ? opt.value(QStringLiteral("comment")) : opt.required(QStringLiteral("comment"));
    const QString seal = opt.value(QStringLiteral("seal"));
    const QString number = opt.positional(QStringLiteral("NUMBER"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto store = CliStore::openWriter(ctx, officer);
    if (!store)
        return ctx.fail(store.error());
    auto &[db, actor] = store.value();
    auto r = ReviewQueue(*db).decide(number, approve, comment, actor, seal);
    if (!r)
        return ctx.fail(r.error());
    ctx.print(r.value().toJson(),
        (approve ? QCoreApplication::translate("psvctl", "Inspection %1 approved (seal %2).")
                 : QCoreApplication::translate("psvctl", "Inspection %1 returned (seal %2)."))
            .arg(r.value().number, r.value().sealHash.left(16)));
    return Success;
}

} // namespace

void registerSyncCommands(CliRegistry &registry)
{
    registry.add({QStringLiteral("bundle export"),
        QStringLiteral("OUT [--peer ID | --inspection NUMBER...] [--with-media] ") + CliStore::actorHelp(),
        QCoreApplication::translate("psvctl",
            "Write a sync bundle: what the peer has not acknowledged, the chosen inspections, or everything; with "
            "--with-media the evidence files too."),
        exportBundle});
    registry.add({QStringLiteral("bundle import"), QStringLiteral("FILE ") + CliStore::actorHelp(),
        QCoreApplication::translate("psvctl",
            "Verify a sync bundle and apply it in one transaction; exit 0 when applied or already applied, 1 with "
            "the reason when refused."),
        importBundle});
    registry.add({QStringLiteral("sync conflicts"), QStringLiteral("[--all]"),
        QCoreApplication::translate("psvctl", "List the sync conflicts waiting for a person to settle them."),
        conflicts});
    registry.add(
        {QStringLiteral("sync settle"), QStringLiteral("ID --keep local|remote|VALUE ") + CliStore::actorHelp(),
            QCoreApplication::translate(
                "psvctl", "Settle a sync conflict by keeping the local value, the remote value or a value given."),
            settle});
    registry.add({QStringLiteral("sync peers"), QString(),
        QCoreApplication::translate(
            "psvctl", "List the devices this one exchanges bundles with and what each has acknowledged."),
        peers});
    registry.add({QStringLiteral("review list"), QStringLiteral("[--all]"),
        QCoreApplication::translate(
            "psvctl", "List the sealed inspections waiting for review (with --all, every sealed inspection)."),
        reviewList});
    registry.add({QStringLiteral("review approve"),
        QStringLiteral("NUMBER [--seal HASH] [--comment TEXT] ") + CliStore::actorHelp(),
        QCoreApplication::translate(
            "psvctl", "Approve a submitted inspection; the decision is bound to its seal hash."),
        [](CliContext &ctx) {
            return decide(ctx, true);
        }});
    registry.add({QStringLiteral("review return"),
        QStringLiteral("NUMBER --comment TEXT [--seal HASH] ") + CliStore::actorHelp(),
        QCoreApplication::translate(
            "psvctl", "Return a submitted inspection with a comment; the decision is bound to its seal hash."),
        [](CliContext &ctx) {
            return decide(ctx, false);
        }});
}

} // namespace psv::cli
