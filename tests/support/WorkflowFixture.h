// A store with a unit, a video system, two officers and a draft general inspection, plus the built-in
// checklists, for the workflow tests. Everything goes through the real repositories.
#pragma once

#include "ChecklistRegistry.h"
#include "EvidenceRepository.h"
#include "ItemResultRepository.h"
#include "StoreFixture.h"

#include <QJsonObject>

struct WorkflowFixture : StoreFixture
{
    psv::ChecklistRegistry checklists;
    psv::Inspection inspection;

    bool setUp()
    {
        if (!open())
            return false;
        checklists.addBuiltIn();
        inspection = newInspection();
        return !inspection.id.isEmpty();
    }

    bool setItem(const QString &key, psv::ItemStatus status, const QString &observation = {},
        const QJsonObject &observations = {})
    {
        psv::ItemResult r;
        r.inspectionId = inspection.id;
        r.itemKey = key;
        r.status = status;
        r.observation = observation;
        r.observations = observations;
        auto s = psv::ItemResultRepository(*db).set(r, actor);
        if (!s)
            qWarning() << s.error().text();
        return s.ok();
    }

    // Focus items 1–7 of a general inspection compliant, except those listed.
    bool allFocusCompliant(const QList<int> &except = {})
    {
        for (int n = 1; n <= 7; ++n)
            if (!except.contains(n) && !setItem(QString::number(n), psv::ItemStatus::Compliant))
                return false;
        return true;
    }

    bool addEvidence(const QString &mediaType, char fill = 'a')
    {
        psv::Evidence e;
        e.inspectionId = inspection.id;
        e.sha256 = QString(64, QLatin1Char(fill));
        e.size = 1024;
        e.originalName = QStringLiteral("DSJ_0001.")
            + (mediaType == QLatin1String("video") ? QStringLiteral("mp4") : QStringLiteral("jpg"));
        e.mediaType = mediaType;
        e.storePath = QStringLiteral("aa/") + e.sha256;
        auto r = psv::EvidenceRepository(*db).add(e, actor);
        if (!r)
            qWarning() << r.error().text();
        return r.ok();
    }
};
