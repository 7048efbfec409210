// A data directory with an AppSession and, when asked, one officer 张三 (012345) with a sign-in
// secret, signed in or not, for the GUI tests of signing in and of what needs a signed-in officer.
#pragma once

#include "AppSession.h"
#include "AuditLog.h"
#include "OfficerRepository.h"
#include "Settings.h"

#include <QTemporaryDir>

#include <memory>

struct SessionFixture
{
    static inline const QString Secret = QStringLiteral("Wache-2025");

    QTemporaryDir dir;
    std::unique_ptr<psv::Settings> settings;
    std::unique_ptr<psv::AppSession> session;
    psv::Officer officer;

    bool open()
    {
        settings = std::make_unique<psv::Settings>(dir.path());
        auto s = psv::AppSession::open(dir.path(), *settings);
        if (!s)
            return false;
        session = std::move(s).value();
        return true;
    }

    bool addOfficer(psv::OfficerRole role = psv::OfficerRole::Station)
    {
        psv::Officer o;
        o.name = QStringLiteral("张三");
        o.policeNumber = QStringLiteral("012345");
        o.unitName = QStringLiteral("城关派出所");
        o.role = role;
        auto r = psv::OfficerRepository(session->db()).add(o, Secret, session->actor());
        if (r)
            officer = r.value();
        return bool(r);
    }

    // open(), addOfficer(role) and sign in as that officer.
    bool openSignedIn(psv::OfficerRole role = psv::OfficerRole::Station)
    {
        return open() && addOfficer(role) && session->signIn(officer.policeNumber, Secret);
    }

    psv::AuditEntry lastAudit()
    {
        psv::AuditLog::Filter f;
        f.limit = 1;
        return psv::AuditLog(session->db()).list(f).value().value(0);
    }

    QList<psv::AuditEntry> audit(const QString &action)
    {
        psv::AuditLog::Filter f;
        f.limit = 1000;
        QList<psv::AuditEntry> out;
        const auto entries = psv::AuditLog(session->db()).list(f);
        for (const psv::AuditEntry &e : entries.value())
            if (e.action == action)
                out.append(e);
        return out;
    }
};
