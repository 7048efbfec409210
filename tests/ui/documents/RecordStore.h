// A store for the records dialogs' tests: a unit, a video system, two officers and one inspection
// with three item results and a 责令限期改正 order, written through the real repositories of the
// session's own database; optionally sealed.
#pragma once

#include "AppSession.h"
#include "InspectionRepository.h"
#include "ItemResultRepository.h"
#include "OfficerRepository.h"
#include "OrderRepository.h"
#include "SealService.h"
#include "SiteRepository.h"
#include "UnitRepository.h"

#include <QDebug>

struct RecordStore
{
    psv::Inspection inspection;
    psv::Order order;
    QString unitName = QStringLiteral("深圳市某某物业管理有限公司");

    bool populate(psv::AppSession &session, bool seal)
    {
        psv::Database &db = session.db();
        const psv::Actor actor = psv::Actor::system(QStringLiteral("test:records"));
        psv::Unit u;
        u.name = unitName;
        u.type = psv::UnitType::Enterprise;
        u.uscc = QStringLiteral("914403001922038216");
        auto unit = psv::UnitRepository(db).add(u, actor);
        if (!unit)
            return fail(unit.error());
        psv::Site s;
        s.unitId = unit.value().id;
        s.name = QStringLiteral("小区监控系统");
        s.address = QStringLiteral("深圳市南山区某路1号");
        s.category = psv::PlaceCategory::Art7_2_1;
        s.inUseSince = QDate(2025, 8, 10);
        auto site = psv::SiteRepository(db).add(s, actor);
        if (!site)
            return fail(site.error());
        QStringList officerIds;
        const QList<std::pair<QString, QString>> officers {
            {QStringLiteral("张三"), QStringLiteral("012345")}, {QStringLiteral("李四"), QStringLiteral("012346")}};
        for (const auto &[name, number] : officers) {
            psv::Officer o;
            o.name = name;
            o.policeNumber = number;
            auto added = psv::OfficerRepository(db).add(o, {}, actor);
            if (!added)
                return fail(added.error());
            officerIds << added.value().id;
        }
        psv::Inspection i;
        i.siteId = site.value().id;
        i.checklistId = QStringLiteral("mps-2025");
        i.checklistVersion = QStringLiteral("1");
        i.inspectorIds = officerIds;
        i.startedAt = QDateTime(QDate(2026, 3, 5), QTime(9, 30));
        auto created = psv::InspectionRepository(db).create(i, actor);
        if (!created)
            return fail(created.error());
        inspection = created.value();
        for (int n = 1; n <= 3; ++n) {
            psv::ItemResult r;
            r.inspectionId = inspection.id;
            r.itemKey = QString::number(n);
            r.status = n == 2 ? psv::ItemStatus::NonCompliant : psv::ItemStatus::Compliant;
            r.observation = n == 2 ? QStringLiteral("录像仅保存二十一日") : QStringLiteral("符合");
            if (auto set = psv::ItemResultRepository(db).set(r, actor); !set)
                return fail(set.error());
        }
        psv::Order o;
        o.inspectionId = inspection.id;
        o.kind = psv::OrderKind::CorrectionDeadline;
        o.findings = {QStringLiteral("2")};
        o.facts = QStringLiteral("监控录像保存不足三十日");
        o.legalBasis = QStringLiteral("《公共安全视频图像信息系统管理条例》第二十九条");
        o.requirement = QStringLiteral("将录像保存期限调整为不少于三十日");
        o.issuedOn = QDate(2026, 3, 5);
        o.deadline = QDate(2026, 3, 20);
        o.reinspectionDue = QDate(2026, 3, 25);
        o.documentNumber = QStringLiteral("某公（治）责改字〔2026〕12号");
        auto added = psv::OrderRepository(db).add(o, actor);
        if (!added)
            return fail(added.error());
        order = added.value();
        if (seal) {
            auto sealed = psv::SealService(db).seal(inspection.id, actor);
            if (!sealed)
                return fail(sealed.error());
            inspection = sealed.value();
        }
        return true;
    }

    static bool fail(const psv::Error &e)
    {
        qWarning() << e.text();
        return false;
    }
};
