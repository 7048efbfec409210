// A real data directory and AppSession with a unit, a video system, two officers and a sealed
// inspection, for the GUI tests of the re-inspections page and the dashboard.
#pragma once

#include "AppSession.h"
#include "DeadlineCalculator.h"
#include "InspectionRepository.h"
#include "OfficerRepository.h"
#include "OrderRepository.h"
#include "SealService.h"
#include "Settings.h"
#include "SiteRepository.h"
#include "UnitRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct ScheduleUiFixture
{
    QTemporaryDir dir;
    std::unique_ptr<psv::Settings> settings;
    std::unique_ptr<psv::AppSession> session;
    psv::Actor actor = psv::Actor::system(QStringLiteral("test:ui"));
    psv::Site site;
    psv::Unit unit;
    QStringList officers;

    bool open()
    {
        settings = std::make_unique<psv::Settings>(dir.path());
        auto s = psv::AppSession::open(dir.path(), *settings);
        if (!s)
            return false;
        session = std::move(s).value();
        psv::Database &db = session->db();
        psv::Unit u;
        u.name = QStringLiteral("示例商场有限公司");
        u.type = psv::UnitType::Enterprise;
        u.uscc = QStringLiteral("914403001922038216");
        auto ur = psv::UnitRepository(db).add(u, actor);
        if (!ur)
            return false;
        unit = ur.value();
        psv::Site st;
        st.unitId = unit.id;
        st.name = QStringLiteral("示例商场监控系统");
        st.category = psv::PlaceCategory::Art7_2_1;
        auto sr = psv::SiteRepository(db).add(st, actor);
        if (!sr)
            return false;
        site = sr.value();
        for (const auto &[name, number] : {std::pair {"张三", "012345"}, std::pair {"李四", "012346"}}) {
            psv::Officer o;
            o.name = QString::fromUtf8(name);
            o.policeNumber = QString::fromUtf8(number);
            auto r = psv::OfficerRepository(db).add(o, {}, actor);
            if (!r)
                return false;
            officers << r.value().id;
        }
        return true;
    }

    psv::Inspection newInspection()
    {
        psv::Inspection i;
        i.siteId = site.id;
        i.checklistId = QStringLiteral("mps-2025");
        i.checklistVersion = QStringLiteral("1");
        i.inspectorIds = officers;
        auto r = psv::InspectionRepository(session->db()).create(i, actor);
        return r ? r.value() : psv::Inspection {};
    }

    // A sealed inspection with one 责令改正 order issued on `issued` (due date computed); the order.
    psv::Order sealedOrder(const QDate &issued)
    {
        const psv::Inspection i = newInspection();
        const psv::DeadlineCalculator calc(session->calendar());
        auto due = calc.correction(issued);
        if (!due)
            return {};
        psv::Order o;
        o.inspectionId = i.id;
        o.kind = psv::OrderKind::Correction;
        o.findings = {QStringLiteral("4")};
        o.legalBasis = QStringLiteral("《条例》第二十九条");
        o.issuedOn = issued;
        o.reinspectionDue = due.value().reinspectionDue;
        o.dueBasis = due.value().basisText();
        auto r = psv::OrderRepository(session->db()).add(o, actor);
        if (!r || !psv::SealService(session->db()).seal(i.id, actor))
            return {};
        return r.value();
    }
};
