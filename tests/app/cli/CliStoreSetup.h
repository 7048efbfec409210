// A data directory prepared through the real psvctl: a unit, a video system and two officers.
#pragma once

#include "PsvctlRunner.h"

#include <QJsonObject>
#include <QStringList>

struct CliStoreSetup
{
    QString dir;
    QString unitId;
    QString siteId;
    bool ok = false;

    explicit CliStoreSetup(const QString &dataDir) : dir(dataDir)
    {
        if (runPsvctl(dir, {QStringLiteral("init"), QStringLiteral("--device-id"), QStringLiteral("A7F3")}).exitCode)
            return;
        auto u = runPsvctl(dir,
            {QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("--name"),
                QStringLiteral("华为技术有限公司"), QStringLiteral("--type"), QStringLiteral("enterprise"),
                QStringLiteral("--uscc"), QStringLiteral("914403001922038216")});
        unitId = u.out.trimmed();
        auto s = runPsvctl(dir,
            {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--unit"), unitId, QStringLiteral("--name"),
                QStringLiteral("坂田基地"), QStringLiteral("--category"), QStringLiteral("art7-2-1"),
                QStringLiteral("--in-use-since"), QStringLiteral("2025-08-10")});
        siteId = s.out.trimmed();
        const auto a = run({QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("张三"), QStringLiteral("--police-number"), QStringLiteral("012345"),
            QStringLiteral("--role"), QStringLiteral("station")});
        const auto b = run({QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("李四"), QStringLiteral("--police-number"), QStringLiteral("012346"),
            QStringLiteral("--role"), QStringLiteral("station")});
        ok = u.exitCode == 0 && s.exitCode == 0 && a.exitCode == 0 && b.exitCode == 0;
    }

    PsvctlRun run(const QStringList &args, const QByteArray &stdinData = {}) const
    {
        return runPsvctl(dir, args, stdinData);
    }

    // A new draft inspection of the site by the two officers; returns its number.
    QString newInspection(const QStringList &extra = {}) const
    {
        QStringList args {QStringLiteral("inspection"), QStringLiteral("new"), QStringLiteral("--site"), siteId,
            QStringLiteral("--inspector"), QStringLiteral("012345"), QStringLiteral("--inspector"),
            QStringLiteral("012346")};
        return run(args + extra).out.trimmed();
    }
};
