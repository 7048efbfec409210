#include "ChecklistRegistry.h"

#include "ChecklistLimits.h"
#include "ChecklistLogging.h"
#include "ChecklistValidator.h"
#include "DataDir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

namespace psv {

QString ChecklistRegistry::packDirectory(const QString &dataDir)
{
    return QDir(DataDir::resolve(dataDir)).filePath(QStringLiteral("checklists"));
}

ChecklistRegistry ChecklistRegistry::load(const QString &dataDir)
{
    ChecklistRegistry registry;
    registry.addBuiltIn();
    registry.addDirectory(packDirectory(dataDir));
    return registry;
}

void ChecklistRegistry::addBuiltIn()
{
    const QDir dir(QStringLiteral(":/checklists"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const auto added = add(f.readAll(), dir.filePath(name), true);
        if (!added)
            qCCritical(lcChecklist) << "built-in checklist refused:" << name << added.error().text();
    }
}

void ChecklistRegistry::addDirectory(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name)) {
        const QString path = dir.filePath(name);
        QList<ChecklistProblem> problems;
        const QByteArray bytes = ChecklistLimits::readFile(path, problems);
        if (!problems.isEmpty()) {
            m_refused << RefusedPack {path, problems};
            continue;
        }
        const auto added = add(bytes, path, false);
        if (!added)
            qCWarning(lcChecklist) << "checklist pack refused:" << path;
    }
}

Result<std::shared_ptr<const Checklist>> ChecklistRegistry::add(
    const QByteArray &bytes, const QString &origin, bool builtIn)
{
    ChecklistValidator::Report report = ChecklistValidator::validate(bytes, origin);
    if (report.ok()) {
        const QString id = report.document.value(QLatin1String("id")).toString();
        const int version = report.document.value(QLatin1String("version")).toInt();
        if (const auto existing = find(id, version)) {
            if (existing->contentHash() == Checklist::hashOf(report.document))
                return existing; // the same content again (e.g. a copy of a built-in): nothing to add
            report.problems << ChecklistProblem {origin, QStringLiteral("/version"),
                QCoreApplication::translate("ChecklistRegistry",
                    "version %1 of checklist \"%2\" is already provided by %3 with different content; "
                    "expected a higher version for changed content")
                    .arg(version)
                    .arg(id, existing->origin())};
        }
    }
    if (!report.ok()) {
        m_refused << RefusedPack {origin, report.problems};
        return makeError(QCoreApplication::translate("ChecklistRegistry", "The checklist is refused: %1 problem(s).")
                             .arg(report.problems.size()),
            origin, 1);
    }
    auto checklist = std::make_shared<const Checklist>(Checklist::fromValidatedJson(report.document, origin, builtIn));
    m_checklists << checklist;
    std::sort(m_checklists.begin(), m_checklists.end(), [](const auto &a, const auto &b) {
        return a->id() != b->id() ? a->id() < b->id() : a->version() > b->version();
    });
    return std::shared_ptr<const Checklist>(checklist);
}

QList<std::shared_ptr<const Checklist>> ChecklistRegistry::all() const
{
    return m_checklists;
}

QList<std::shared_ptr<const Checklist>> ChecklistRegistry::current() const
{
    QList<std::shared_ptr<const Checklist>> out;
    for (const auto &c : m_checklists)
        if (out.isEmpty() || out.last()->id() != c->id())
            out << c;
    return out;
}

QList<int> ChecklistRegistry::versions(const QString &id) const
{
    QList<int> out;
    for (const auto &c : m_checklists)
        if (c->id() == id)
            out << c->version();
    return out;
}

std::shared_ptr<const Checklist> ChecklistRegistry::find(const QString &id) const
{
    for (const auto &c : m_checklists)
        if (c->id() == id)
            return c;
    return nullptr;
}

std::shared_ptr<const Checklist> ChecklistRegistry::find(const QString &id, int version) const
{
    for (const auto &c : m_checklists)
        if (c->id() == id && c->version() == version)
            return c;
    return nullptr;
}

Result<std::shared_ptr<const Checklist>> ChecklistRegistry::findVerified(
    const QString &id, int version, const QString &hash) const
{
    const auto c = find(id, version);
    if (!c)
        return makeError(QCoreApplication::translate("ChecklistRegistry",
                             "Checklist \"%1\" version %2 is not available on this device; install the pack that "
                             "provides it to show this record with its original text.")
                             .arg(id)
                             .arg(version),
            id);
    if (c->contentHash() != hash.toLower())
        return makeError(QCoreApplication::translate("ChecklistRegistry",
                             "Checklist \"%1\" version %2 on this device differs from the one recorded (recorded "
                             "SHA-256 %3, found %4); the record cannot be shown with its original text.")
                             .arg(id)
                             .arg(version)
                             .arg(hash, c->contentHash()),
            id);
    return c;
}

Result<ChecklistSelection> ChecklistRegistry::select(
    const QString &kind, const QString &placeCategory, const QString &divisionCode) const
{
    QList<std::shared_ptr<const Checklist>> locals;
    for (const auto &c : current())
        if (c->kind() == Checklist::Kind::Local)
            locals << c;
    return ChecklistSelection::build(find(Checklist::nationalId()), locals, kind, placeCategory, divisionCode);
}

} // namespace psv
