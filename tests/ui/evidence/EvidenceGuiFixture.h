// A signed-in desktop session on a real data dir with a unit, a site, an officer and a draft
// inspection that ran from 09:00 to 10:00 local time on 10 May 2026, plus real ffmpeg-made
// recordings named like a body camera's, for the evidence GUI tests.
#pragma once

#include "AppSession.h"
#include "Database.h"
#include "EvidenceTestMedia.h"
#include "InspectionRepository.h"
#include "OfficerRepository.h"
#include "Settings.h"
#include "SiteRepository.h"
#include "UnitRepository.h"

#include <QDir>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct EvidenceGuiFixture
{
    QTemporaryDir dir; // the data dir
    QTemporaryDir media; // the "camera"
    std::unique_ptr<psv::Settings> settings;
    std::unique_ptr<psv::AppSession> session;
    psv::Site site;
    psv::Site otherSite;
    psv::Officer officer;
    psv::Inspection inspection;
    psv::Inspection other;

    static QDateTime local(int h, int m) { return QDateTime(QDate(2026, 5, 10), QTime(h, m)); }

    bool open()
    {
        settings = std::make_unique<psv::Settings>(dir.path());
        auto s = psv::AppSession::open(dir.path(), *settings);
        if (!s) {
            qWarning() << s.error().text();
            return false;
        }
        session = std::move(s).value();
        psv::Database &db = session->db();
        const psv::Actor actor = session->actor();
        psv::Unit u;
        u.name = QStringLiteral("华为技术有限公司");
        u.type = psv::UnitType::Enterprise;
        u.uscc = QStringLiteral("914403001922038216");
        auto unit = psv::UnitRepository(db).add(u, actor);
        if (!unit)
            return false;
        const auto addSite = [&](const QString &name) {
            psv::Site st;
            st.unitId = unit.value().id;
            st.name = name;
            st.category = psv::PlaceCategory::Art7_2_1;
            st.inUseSince = QDate(2025, 8, 10);
            auto r = psv::SiteRepository(db).add(st, actor);
            return r ? r.value() : psv::Site {};
        };
        site = addSite(QStringLiteral("坂田基地监控系统"));
        otherSite = addSite(QStringLiteral("龙岗中心监控系统"));
        psv::Officer o;
        o.name = QStringLiteral("张三");
        o.policeNumber = QStringLiteral("012345");
        auto added = psv::OfficerRepository(db).add(o, {}, actor);
        psv::Officer o2;
        o2.name = QStringLiteral("李四");
        o2.policeNumber = QStringLiteral("012346");
        auto second = psv::OfficerRepository(db).add(o2, {}, actor);
        if (!added || !second || site.id.isEmpty() || otherSite.id.isEmpty())
            return false;
        officer = added.value();
        if (!session->signIn(officer.policeNumber, {}))
            return false;
        const auto create = [&](const psv::Site &at, QDateTime start, QDateTime end) {
            psv::Inspection i;
            i.siteId = at.id;
            i.checklistId = QStringLiteral("mps-2025");
            i.checklistVersion = QStringLiteral("1");
            i.inspectorIds = {officer.id, second.value().id};
            i.startedAt = start;
            i.endedAt = end;
            auto r = psv::InspectionRepository(db).create(i, session->actor());
            if (!r)
                qWarning() << r.error().text();
            return r ? r.value() : psv::Inspection {};
        };
        inspection = create(site, local(9, 0), local(10, 0));
        other = create(otherSite, local(14, 0), local(15, 0));
        return !inspection.id.isEmpty() && !other.id.isEmpty();
    }

    QString mediaPath(const QString &name) const { return QDir(media.path()).filePath(name); }

    // A 2 s H.264 recording under DCIM/100MEDIA named VID_yyyyMMdd_HHmmss.mp4 (local time).
    QString recording(int h, int m, int seconds = 2)
    {
        QDir(media.path()).mkpath(QStringLiteral("DCIM/100MEDIA"));
        const QString path = mediaPath(QStringLiteral("DCIM/100MEDIA/VID_20260510_%1%2%3.mp4")
                .arg(h, 2, 10, QLatin1Char('0'))
                .arg(m, 2, 10, QLatin1Char('0'))
                .arg(QStringLiteral("00")));
        // The container's creation time makes every recording's content distinct.
        const QString error = testmedia::makeMp4(
            path, seconds, local(h, m).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.000000Z")));
        if (!error.isEmpty())
            qWarning() << error;
        return path;
    }

    int count(const QString &sql) const
    {
        QSqlQuery q(session->db().sql());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    QStringList column(const QString &sql) const
    {
        QSqlQuery q(session->db().sql());
        QStringList out;
        if (q.exec(sql))
            while (q.next())
                out << q.value(0).toString();
        return out;
    }
};
