// psvctl evidence import|verify|list: body-camera files into the content-addressed evidence store.
#include "CliOptions.h"
#include "CliRegistry.h"
#include "CliStore.h"
#include "DataDir.h"
#include "EvidenceActions.h"
#include "EvidenceImporter.h"
#include "EvidenceOrigins.h"
#include "EvidenceRepository.h"
#include "EvidenceStore.h"
#include "FileNamePatterns.h"
#include "InspectionRepository.h"
#include "InterruptSignals.h"
#include "IsoTime.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace psv::cli {

namespace {

Result<QString> dataDirOf(CliContext &ctx)
{
    const QString dir = DataDir::resolve(ctx.dataDir());
    if (dir.isEmpty())
        return makeError(
            QCoreApplication::translate("psvctl", "No data directory could be determined; pass --data-dir DIR."), {},
            3);
    return dir;
}

QString resultText(const ImportOutcome &o)
{
    switch (o.status) {
    case ImportOutcome::Status::Imported:
        return QCoreApplication::translate("psvctl", "imported");
    case ImportOutcome::Status::AlreadyStored:
        return QCoreApplication::translate("psvctl", "already stored");
    case ImportOutcome::Status::Failed:
        return QCoreApplication::translate("psvctl", "failed: %1").arg(o.message);
    case ImportOutcome::Status::Cancelled:
        return QCoreApplication::translate("psvctl", "cancelled");
    case ImportOutcome::Status::NotAttempted:
        return QCoreApplication::translate("psvctl", "not attempted: %1").arg(o.message);
    }
    return {};
}

int importFiles(CliContext &ctx)
{
    CliOptions opt(ctx);
    const QString number = opt.required(QStringLiteral("inspection"));
    const QString officer = opt.value(QStringLiteral("officer"));
    QStringList paths;
    while (auto p = ctx.takePositional())
        paths << *p;
    if (paths.isEmpty() && opt.ok())
        opt.fail(makeError(QCoreApplication::translate("psvctl", "No file to import; give one or more paths."),
            QStringLiteral("PATH"), 2));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto dir = dataDirOf(ctx);
    if (!dir)
        return ctx.fail(dir.error());
    auto db = CliStore::open(ctx, CliStore::Mode::Read);
    if (!db)
        return ctx.fail(db.error());
    Database &d = *db.value();
    auto actor = CliStore::actor(officer, d);
    if (!actor)
        return ctx.fail(actor.error());
    InspectionRepository inspections(d);
    auto inspection = inspections.byNumber(number);
    if (!inspection) {
        Error e = inspection.error();
        e.where = QStringLiteral("--inspection");
        return ctx.fail(e);
    }
    // Ctrl+C or a shutdown cancels: the file being copied leaves no .part behind.
    std::optional<InterruptSignals> interrupts;
    EvidenceActions::Hooks hooks;
    hooks.before = [&interrupts](EvidenceImporter &importer) {
        interrupts.emplace(importer.cancelFlag());
    };
    hooks.after = [&interrupts](EvidenceImporter &) {
        interrupts.reset();
    };
    auto imported = EvidenceActions(d).importFiles(inspection.value().id, paths, actor.value(), hooks);
    if (!imported)
        return ctx.fail(imported.error());
    const ImportSummary &summary = imported.value();

    QJsonArray array;
    QString text;
    for (const ImportOutcome &o : summary.files) {
        const QString name = o.evidence.originalName.isEmpty() ? QFileInfo(o.path).fileName() : o.evidence.originalName;
        QJsonObject j {{QStringLiteral("path"), o.path}, {QStringLiteral("name"), name},
            {QStringLiteral("sha256"), o.evidence.sha256},
            {QStringLiteral("result"), ImportOutcome::statusCode(o.status)}};
        if (!o.succeeded())
            j.insert(QStringLiteral("message"), o.message);
        array.append(j);
        text += QStringLiteral("%1  %2  %3\n")
                    .arg(name, o.evidence.sha256.isEmpty() ? QStringLiteral("-") : o.evidence.sha256, resultText(o));
    }
    if (!summary.stopMessage.isEmpty())
        text += summary.stopMessage + u'\n';
    ctx.print(array, text);
    return summary.allSucceeded() ? Success : Refused;
}

Result<QList<Evidence>> allEvidence(Database &d, const QString &inspectionId)
{
    QList<Evidence> all;
    EvidenceRepository repository(d);
    EvidenceFilter filter;
    filter.inspectionId = inspectionId;
    filter.limit = 500;
    for (;;) {
        auto page = repository.list(filter);
        if (!page)
            return page.error();
        all += page.value();
        if (page.value().size() < filter.limit)
            return all;
        filter.offset += filter.limit;
    }
}

int verify(CliContext &ctx)
{
    CliOptions opt(ctx);
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto dir = dataDirOf(ctx);
    if (!dir)
        return ctx.fail(dir.error());
    auto db = CliStore::open(ctx, CliStore::Mode::Read);
    if (!db)
        return ctx.fail(db.error());
    auto rows = allEvidence(*db.value(), {});
    if (!rows)
        return ctx.fail(rows.error());
    auto store = EvidenceStore::open(dir.value());
    if (!store)
        return ctx.fail(store.error());
    // Files of other devices' inspections that a metadata-only bundle brought only the records of
    // are "not received", not lost: listed, and no reason to fail.
    auto remote = EvidenceOrigins::fromOtherDevices(*db.value());
    if (!remote)
        return ctx.fail(remote.error());
    EvidenceStore::VerifyOptions options;
    QJsonArray notReceived;
    QSet<QString> listed;
    QString text;
    for (const Evidence &e : rows.value()) {
        if (options.expected.contains(e.sha256))
            continue;
        if (remote.value().contains(e.sha256) && !store.value().contains(e.sha256)) {
            const QString device = remote.value().value(e.sha256);
            if (listed.contains(e.sha256))
                continue;
            listed.insert(e.sha256);
            notReceived.append(QJsonObject {{QStringLiteral("sha256"), e.sha256}, {QStringLiteral("device"), device}});
            text += QStringLiteral("not-received  ") + e.sha256 + QStringLiteral("  ")
                + QCoreApplication::translate("psvctl",
                    "Not received: the records came from device %1 in a metadata-only bundle; a full bundle "
                    "(bundle export --with-media on that device) brings the file.")
                      .arg(device)
                + u'\n';
            continue;
        }
        options.expected << e.sha256;
    }
    const VerifyReport report = store.value().verifyAll(options);

    QJsonArray issues;
    for (const VerifyIssue &i : report.issues) {
        issues.append(QJsonObject {{QStringLiteral("kind"), VerifyIssue::kindCode(i.kind)},
            {QStringLiteral("sha256"), i.sha256}, {QStringLiteral("path"), i.path},
            {QStringLiteral("actual_sha256"), i.actualSha256}, {QStringLiteral("message"), i.message}});
        text += VerifyIssue::kindCode(i.kind) + QStringLiteral("  ") + i.sha256 + QStringLiteral("  ") + i.message
            + u'\n';
    }
    if (report.ok())
        text += QCoreApplication::translate("psvctl", "Evidence files checked: %1; every one matches its SHA-256.")
                    .arg(report.checked)
            + u'\n';
    else
        text += QCoreApplication::translate("psvctl", "Problems found in the evidence store: %1.")
                    .arg(report.issues.size())
            + u'\n';
    if (!notReceived.isEmpty())
        text += QCoreApplication::translate("psvctl", "Evidence files not received yet from other devices: %1.")
                    .arg(notReceived.size())
            + u'\n';
    ctx.print(QJsonObject {{QStringLiteral("ok"), report.ok()}, {QStringLiteral("checked"), report.checked},
                  {QStringLiteral("bytes"), report.bytes}, {QStringLiteral("issues"), issues},
                  {QStringLiteral("not_received"), notReceived}},
        text);
    return report.ok() ? Success : Refused;
}

int list(CliContext &ctx)
{
    CliOptions opt(ctx);
    const QString number = opt.value(QStringLiteral("inspection"));
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    auto db = CliStore::open(ctx, CliStore::Mode::Read);
    if (!db)
        return ctx.fail(db.error());
    QString inspectionId;
    if (!number.isEmpty()) {
        auto inspection = InspectionRepository(*db.value()).byNumber(number);
        if (!inspection) {
            Error e = inspection.error();
            e.where = QStringLiteral("--inspection");
            return ctx.fail(e);
        }
        inspectionId = inspection.value().id;
    }
    auto rows = allEvidence(*db.value(), inspectionId);
    if (!rows)
        return ctx.fail(rows.error());
    QJsonArray array;
    QString text;
    for (const Evidence &e : rows.value()) {
        array.append(e.toJson());
        text += QStringLiteral("%1  %2  %3  %4\n").arg(e.id, e.sha256, e.originalName, IsoTime::format(e.capturedAt));
    }
    ctx.print(array, text);
    return Success;
}

} // namespace

void registerEvidenceCommands(CliRegistry &registry)
{
    registry.add(
        {QStringLiteral("evidence import"), QStringLiteral("--inspection NUMBER PATH... ") + CliStore::actorHelp(),
            QCoreApplication::translate("psvctl",
                "Copy body-camera files into the evidence store (hashed with SHA-256) and record them for the "
                "inspection; prints each file's name, SHA-256 and result."),
            importFiles});
    registry.add({QStringLiteral("evidence verify"), QString(),
        QCoreApplication::translate(
            "psvctl", "Re-hash every stored evidence file; exit 1 naming any mismatch or missing file."),
        verify});
    registry.add({QStringLiteral("evidence list"), QStringLiteral("[--inspection NUMBER]"),
        QCoreApplication::translate("psvctl", "List the catalogued evidence, of one inspection or all."), list});
}

} // namespace psv::cli
