// psvctl bundle ...: sync bundles between devices. "verify" checks a bundle without a store;
// "export" and "import" come with the store (they apply records and read the change log).
#include "BundleReader.h"
#include "BundleRecordRules.h"
#include "CliRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace psv::cli {

namespace {

QJsonObject summaryJson(const ValidatedBundle &b)
{
    const BundleManifest &m = b.manifest;
    QJsonObject counts;
    const QMap<QString, qint64> byType = m.recordCounts();
    for (auto it = byType.constBegin(); it != byType.constEnd(); ++it)
        counts.insert(it.key(), it.value());
    QJsonObject o {{QStringLiteral("valid"), true}, {QStringLiteral("file"), b.filePath},
        {QStringLiteral("fileSize"), b.fileSize}, {QStringLiteral("bundleId"), m.bundleId},
        {QStringLiteral("formatVersion"), m.formatVersion}, {QStringLiteral("kind"), m.kind},
        {QStringLiteral("deviceId"), m.deviceId},
        {QStringLiteral("createdAt"), BundleManifest::formatTime(m.createdAt)},
        {QStringLiteral("officer"), m.toJson().value(QStringLiteral("officer"))}, {QStringLiteral("records"), counts},
        {QStringLiteral("recordCount"), m.recordCount()}, {QStringLiteral("blobCount"), m.blobCount()},
        {QStringLiteral("blobBytes"), m.blobBytes()}, {QStringLiteral("generator"), m.generator}};
    if (!m.peerId.isEmpty())
        o.insert(QStringLiteral("peerId"), m.peerId);
    if (!m.changes.isEmpty())
        o.insert(QStringLiteral("changes"), m.toJson().value(QStringLiteral("changes")));
    return o;
}

QString summaryText(const ValidatedBundle &b)
{
    const BundleManifest &m = b.manifest;
    const QLocale locale;
    QString t = QCoreApplication::translate("psvctl", "The bundle is valid: %1\n").arg(b.filePath);
    t += QCoreApplication::translate("psvctl", "  bundle id:   %1\n").arg(m.bundleId);
    t += QCoreApplication::translate("psvctl", "  format:      version %1, %2\n")
             .arg(m.formatVersion)
             .arg(m.kind == QLatin1String(bundle::KindFull)
                     ? QCoreApplication::translate("psvctl", "full (records and evidence)")
                     : QCoreApplication::translate("psvctl", "metadata only"));
    t += QCoreApplication::translate("psvctl", "  from device: %1%2\n")
             .arg(m.deviceId,
                 m.peerId.isEmpty() ? QString()
                                    : QCoreApplication::translate("psvctl", ", for device %1").arg(m.peerId));
    t += QCoreApplication::translate("psvctl", "  officer:     %1 (%2)\n")
             .arg(m.officer.name, m.officer.policeNumber.isEmpty() ? m.officer.id : m.officer.policeNumber);
    t += QCoreApplication::translate("psvctl", "  created:     %1\n").arg(BundleManifest::formatTime(m.createdAt));
    if (m.changes.fromSeq)
        t += QCoreApplication::translate("psvctl", "  changes:     %1 to %2\n")
                 .arg(*m.changes.fromSeq)
                 .arg(*m.changes.toSeq);
    if (!m.changes.fromHlc.isNull())
        t += QCoreApplication::translate("psvctl", "  clock range: %1 to %2\n")
                 .arg(m.changes.fromHlc.toString(), m.changes.toHlc.toString());
    const QMap<QString, qint64> counts = m.recordCounts();
    QStringList parts;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    t += QCoreApplication::translate("psvctl", "  records:     %1 (%2)\n")
             .arg(m.recordCount())
             .arg(parts.isEmpty() ? QCoreApplication::translate("psvctl", "none") : parts.join(QStringLiteral(", ")));
    t += QCoreApplication::translate("psvctl", "  evidence:    %1 files, %2\n")
             .arg(m.blobCount())
             .arg(locale.formattedDataSize(m.blobBytes()));
    t += QCoreApplication::translate("psvctl", "  file size:   %1\n").arg(locale.formattedDataSize(b.fileSize));
    return t;
}

int verify(CliContext &ctx)
{
    if (ctx.args().size() != 1)
        return ctx.usage(QCoreApplication::translate("psvctl", "usage: psvctl bundle verify FILE"));
    const QString file = ctx.args().constFirst();
    Result<ValidatedBundle> bundle = BundleRecordRules::verifyFile(file);
    if (!bundle) {
        const Error &e = bundle.error();
        if (ctx.json()) {
            QJsonObject o {
                {QStringLiteral("valid"), false}, {QStringLiteral("file"), file}, {QStringLiteral("error"), e.message}};
            if (!e.where.isEmpty())
                o.insert(QStringLiteral("where"), e.where);
            ctx.print(o, {});
            return e.code;
        }
        return ctx.fail(makeError(
            QCoreApplication::translate("psvctl", "The bundle is refused: %1").arg(e.message), e.where, e.code));
    }
    ctx.print(summaryJson(*bundle), summaryText(*bundle));
    return Success;
}

} // namespace

void registerBundleCommands(CliRegistry &registry)
{
    registry.add({QStringLiteral("bundle verify"), QStringLiteral("FILE"),
        QCoreApplication::translate("psvctl",
            "Check a sync bundle completely (structure, hashes, manifest, records) without applying it; exit 0 "
            "when valid, 1 with the reason when refused."),
        verify});
}

} // namespace psv::cli
