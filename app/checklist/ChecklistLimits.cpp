#include "ChecklistLimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <utility>
#include <vector>

namespace psv {

QByteArray ChecklistLimits::readFile(const QString &path, QList<ChecklistProblem> &problems)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        problems << ChecklistProblem {path, QString(), tr("the file does not exist; expected a checklist JSON file")};
        return {};
    }
    if (!info.isFile()) {
        problems << ChecklistProblem {path, QString(),
            tr("this is not a regular file (a folder, device or pipe); expected a checklist JSON file")};
        return {};
    }
    if (info.size() > MaxFileBytes) {
        problems << ChecklistProblem {path, QString(),
            tr("the file is %1 bytes; a checklist pack may have at most %2 bytes").arg(info.size()).arg(MaxFileBytes)};
        return {};
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        problems << ChecklistProblem {path, QString(), tr("the file cannot be read: %1").arg(f.errorString())};
        return {};
    }
    // Read no more than allowed, even if the file grew since it was measured.
    QByteArray bytes = f.read(MaxFileBytes + 1);
    problems << checkSize(bytes, path);
    return bytes;
}

QList<ChecklistProblem> ChecklistLimits::checkSize(const QByteArray &bytes, const QString &file)
{
    if (bytes.size() <= MaxFileBytes)
        return {};
    return {ChecklistProblem {
        file, QString(), tr("the pack is larger than %1 bytes, the most a checklist pack may have").arg(MaxFileBytes)}};
}

QList<ChecklistProblem> ChecklistLimits::checkShape(const QJsonValue &document, const QString &file)
{
    QList<ChecklistProblem> problems;
    const QJsonValue items = document.toObject().value(QLatin1String("items"));
    if (items.isArray() && items.toArray().size() > MaxItems)
        problems << ChecklistProblem {file, QStringLiteral("/items"),
            tr("the pack has %1 items; at most %2 are allowed").arg(items.toArray().size()).arg(MaxItems)};
    // Depth and size without recursion: a deep document must not exhaust the stack.
    std::vector<std::pair<QJsonValue, int>> pending {{document, 1}};
    int values = 0, deepest = 0;
    while (!pending.empty()) {
        auto [value, depth] = std::move(pending.back());
        pending.pop_back();
        deepest = std::max(deepest, depth);
        if (++values > MaxValues || deepest > MaxDepth)
            break;
        if (value.isArray())
            for (const QJsonValue &v : value.toArray())
                pending.emplace_back(v, depth + 1);
        else if (value.isObject())
            for (const QJsonValue &v : value.toObject())
                pending.emplace_back(v, depth + 1);
    }
    if (deepest > MaxDepth)
        problems << ChecklistProblem {
            file, QString(), tr("the pack is nested more than %1 levels deep; real packs need about 8").arg(MaxDepth)};
    if (values > MaxValues)
        problems << ChecklistProblem {file, QString(),
            tr("the pack has more than %1 JSON values; a checklist pack may have at most that many").arg(MaxValues)};
    return problems;
}

} // namespace psv
