// A fresh store in a temporary directory, with a unit, a video system and two officers, for the
// store's tests. Everything goes through the real repositories on a real SQLite file.
#pragma once

#include "Database.h"
#include "InspectionRepository.h"
#include "OfficerRepository.h"
#include "SiteRepository.h"
#include "UnitRepository.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct StoreFixture
{
    QTemporaryDir dir;
    std::unique_ptr<psv::Database> db;
    psv::Actor actor = psv::Actor::system(QStringLiteral("test:fixture"));
    psv::Unit unit;
    psv::Site site;
    psv::Officer officer1;
    psv::Officer officer2;

    // Opens the store; with populate, also adds a unit, a site and two officers.
    bool open(bool populate = true, const QString &deviceId = QStringLiteral("A7F3"))
    {
        psv::Database::Options options;
        options.deviceId = deviceId;
        auto r = psv::Database::open(dir.path(), options);
        if (!r) {
            qWarning() << r.error().text();
            return false;
        }
        db = std::move(r).value();
        if (!populate)
            return true;
        psv::Unit u;
        u.name = QStringLiteral("华为技术有限公司");
        u.type = psv::UnitType::Enterprise;
        u.uscc = QStringLiteral("914403001922038216");
        auto ur = psv::UnitRepository(*db).add(u, actor);
        if (!ur)
            return false;
        unit = ur.value();
        psv::Site s;
        s.unitId = unit.id;
        s.name = QStringLiteral("坂田基地监控系统");
        s.category = psv::PlaceCategory::Art7_2_1;
        s.inUseSince = QDate(2025, 8, 10);
        auto sr = psv::SiteRepository(*db).add(s, actor);
        if (!sr)
            return false;
        site = sr.value();
        psv::OfficerRepository officers(*db);
        psv::Officer a;
        a.name = QStringLiteral("张三");
        a.policeNumber = QStringLiteral("012345");
        psv::Officer b;
        b.name = QStringLiteral("李四");
        b.policeNumber = QStringLiteral("012346");
        auto ar = officers.add(a, {}, actor);
        auto br = officers.add(b, {}, actor);
        if (!ar || !br)
            return false;
        officer1 = ar.value();
        officer2 = br.value();
        return true;
    }

    psv::Inspection draft() const
    {
        psv::Inspection i;
        i.siteId = site.id;
        i.checklistId = QStringLiteral("mps-2025");
        i.checklistVersion = QStringLiteral("1");
        i.inspectorIds = {officer1.id, officer2.id};
        return i;
    }

    psv::Inspection newInspection()
    {
        auto r = psv::InspectionRepository(*db).create(draft(), actor);
        if (!r)
            qWarning() << r.error().text();
        return r ? r.value() : psv::Inspection {};
    }

    QString path() const { return psv::Database::filePath(dir.path()); }

    // sqlite3 (the command-line tool) on the store file, behind the app's back.
    static QString sqlite3(const QString &file, const QString &sql, int *exitCode = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {file, sql});
        p.waitForFinished(60000);
        if (exitCode)
            *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
    }

    static int count(psv::Database &db, const QString &table)
    {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return q.next() ? q.value(0).toInt() : -1;
    }
};
