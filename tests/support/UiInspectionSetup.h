// A data directory with a unit, a video system, two officers (empty secrets) and a draft general
// inspection, made through the real repositories of an AppSession, for the GUI tests.
#pragma once

#include "AppSession.h"
#include "EvidenceRepository.h"
#include "InspectionRepository.h"
#include "ItemResultRepository.h"
#include "OfficerRepository.h"
#include "Settings.h"
#include "SiteRepository.h"
#include "UnitRepository.h"

#include <QJsonObject>
#include <QTemporaryDir>

struct UiInspectionSetup
{
    QTemporaryDir dir;
    std::unique_ptr<psv::Settings> settings;
    std::unique_ptr<psv::AppSession> session;
    psv::Inspection inspection;

    bool setUp()
    {
        settings = std::make_unique<psv::Settings>(dir.path());
        auto s = psv::AppSession::open(dir.path(), *settings);
        if (!s)
            return false;
        session = std::move(s).value();
        psv::Database &db = session->db();
        const psv::Actor actor = session->actor();
        psv::Unit u;
        u.name = QStringLiteral("示例单位有限公司");
        u.type = psv::UnitType::Enterprise;
        u.uscc = QStringLiteral("914403001922038216");
        auto ur = psv::UnitRepository(db).add(u, actor);
        if (!ur)
            return false;
        psv::Site site;
        site.unitId = ur.value().id;
        site.name = QStringLiteral("示例商场监控系统");
        site.category = psv::PlaceCategory::Art7_2_1;
        site.inUseSince = QDate(2025, 8, 10);
        auto sr = psv::SiteRepository(db).add(site, actor);
        if (!sr)
            return false;
        psv::Officer a;
        a.name = QStringLiteral("张三");
        a.policeNumber = QStringLiteral("012345");
        psv::Officer b;
        b.name = QStringLiteral("李四");
        b.policeNumber = QStringLiteral("012346");
        auto ar = psv::OfficerRepository(db).add(a, {}, actor);
        auto br = psv::OfficerRepository(db).add(b, {}, actor);
        if (!ar || !br)
            return false;
        psv::Inspection i;
        i.siteId = sr.value().id;
        i.checklistId = QStringLiteral("mps-2025");
        i.checklistVersion = QStringLiteral("1");
        i.inspectorIds = {ar.value().id, br.value().id};
        auto ir = psv::InspectionRepository(db).create(i, actor);
        if (!ir)
            return false;
        inspection = ir.value();
        return true;
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
        return psv::ItemResultRepository(session->db()).set(r, session->actor()).ok();
    }

    // Items 1–7 compliant; 2 (no sign) and 4 (not filed) non-compliant with observations.
    bool walkthroughWithTwoFindings()
    {
        for (int n : {1, 3, 5, 6, 7})
            if (!setItem(QString::number(n), psv::ItemStatus::Compliant))
                return false;
        return setItem(QStringLiteral("2"), psv::ItemStatus::NonCompliant, QStringLiteral("主要出入口未设置提示标识"),
                   {{QStringLiteral("finding"), QStringLiteral("no-sign")}})
            && setItem(QStringLiteral("4"), psv::ItemStatus::NonCompliant, QStringLiteral("系统投入使用已逾30日未备案"),
                {{QStringLiteral("finding"), QStringLiteral("not-filed")}});
    }

    bool addVideo()
    {
        psv::Evidence e;
        e.inspectionId = inspection.id;
        e.sha256 = QString(64, QLatin1Char('e'));
        e.size = 4096;
        e.originalName = QStringLiteral("DSJ_20250930_0001.mp4");
        e.mediaType = QStringLiteral("video");
        e.storePath = QStringLiteral("ee/") + e.sha256;
        return psv::EvidenceRepository(session->db()).add(e, session->actor()).ok();
    }
};
