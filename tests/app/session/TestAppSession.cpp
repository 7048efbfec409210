// AppSession on a real store: first run (also after the sample data), sign-in (right, wrong,
// unknown, deactivated), unlock and sign-out (with its reason), each checked against the audit log.
#include "AppSession.h"
#include "AuditLog.h"
#include "DemoData.h"
#include "OfficerRepository.h"
#include "Settings.h"
#include "UnitRepository.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace psv;

class TestAppSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<AppSession> m_session;
    Officer m_officer;
    const QString m_secret = QStringLiteral("Sesam-2025");

    // The newest audit entries, newest first.
    QList<AuditEntry> audit(int n = 10)
    {
        AuditLog::Filter f;
        f.limit = n;
        auto r = AuditLog(m_session->db()).list(f);
        return r ? r.value() : QList<AuditEntry> {};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_session.reset();
        m_settings.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->path());
        auto s = AppSession::open(m_dir->path(), *m_settings);
        QVERIFY(s);
        m_session = std::move(s).value();
    }

    void firstRunUntilAnOfficerExists()
    {
        QVERIFY(m_session->needsFirstRun());
        QVERIFY(!m_session->isSignedIn());
        QVERIFY(m_session->actor().isValid());
        QVERIFY(m_session->actor().name.startsWith(QStringLiteral("app:")));
        Officer admin;
        admin.name = QStringLiteral("管理员");
        admin.policeNumber = QStringLiteral("010001");
        admin.role = OfficerRole::Admin;
        auto added = OfficerRepository(m_session->db()).add(admin, m_secret, m_session->actor());
        QVERIFY(added);
        QVERIFY(!m_session->needsFirstRun());
        // The creation is audited under the app's own actor, before anyone signed in.
        const auto entries = audit(1);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().entityId, added.value().id);
        QVERIFY(entries.first().actorName.startsWith(QStringLiteral("app:")));
    }

    void firstRunUntilAnOfficerCanSignIn()
    {
        // After `psvctl demo` there are officers, but none with a secret: nobody could sign in with
        // one, so the administrator is still to be created.
        QVERIFY(DemoData::load(m_session->db(), m_session->actor()));
        QVERIFY(!OfficerRepository(m_session->db()).list().value().isEmpty());
        QVERIFY(m_session->needsFirstRun());
        // A deactivated officer with a secret cannot sign in either.
        Officer gone;
        gone.name = QStringLiteral("王五");
        gone.policeNumber = QStringLiteral("010002");
        gone.active = false;
        QVERIFY(OfficerRepository(m_session->db()).add(gone, m_secret, m_session->actor()));
        QVERIFY(m_session->needsFirstRun());
        addOfficer();
        QVERIFY(!m_session->needsFirstRun());
    }

    void signOutStatesWhy()
    {
        addOfficer();
        QVERIFY(m_session->signIn(QStringLiteral("010001"), m_secret));
        m_session->signOut(QStringLiteral("app-closed"));
        QVERIFY(!m_session->isSignedIn());
        const AuditEntry e = audit(1).value(0);
        QCOMPARE(e.action, QStringLiteral("session.sign-out"));
        QCOMPARE(e.actorId, m_officer.id);
        QCOMPARE(e.details.value(QStringLiteral("reason")).toString(), QStringLiteral("app-closed"));
    }

    void signInAndOut()
    {
        addOfficer();
        QSignalSpy changed(m_session.get(), &AppSession::signedInChanged);
        QVERIFY(m_session->signIn(QStringLiteral(" 010001 "), m_secret));
        QCOMPARE(changed.size(), 1);
        QVERIFY(m_session->isSignedIn());
        QCOMPARE(m_session->officer()->id, m_officer.id);
        QCOMPARE(m_session->actor().officerId, m_officer.id);
        auto e = audit(1).value(0);
        QCOMPARE(e.action, QStringLiteral("session.sign-in"));
        QCOMPARE(e.actorId, m_officer.id);
        QCOMPARE(e.entityId, m_officer.id);

        m_session->signOut();
        QCOMPARE(changed.size(), 2);
        QVERIFY(!m_session->isSignedIn());
        e = audit(1).value(0);
        QCOMPARE(e.action, QStringLiteral("session.sign-out"));
        QCOMPARE(e.actorId, m_officer.id); // still the officer who signs out
        m_session->signOut(); // nothing more to do
        QCOMPARE(changed.size(), 2);
        QCOMPARE(audit(1).value(0).action, QStringLiteral("session.sign-out"));
        QVERIFY(AuditLog(m_session->db()).verify().value().ok);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("reason");
        QTest::newRow("wrong secret") << QStringLiteral("010001") << QStringLiteral("sesam-2025")
                                      << QStringLiteral("secret") << QStringLiteral("secret");
        QTest::newRow("empty secret") << QStringLiteral("010001") << QString() << QStringLiteral("secret")
                                      << QStringLiteral("secret");
        QTest::newRow("unknown") << QStringLiteral("099999") << QStringLiteral("Sesam-2025") << QStringLiteral("secret")
                                 << QStringLiteral("unknown");
        QTest::newRow("inactive") << QStringLiteral("010002") << QStringLiteral("Sesam-2025")
                                  << QStringLiteral("inactive") << QStringLiteral("inactive");
        QTest::newRow("no number") << QStringLiteral("  ") << QStringLiteral("Sesam-2025")
                                   << QStringLiteral("police_number") << QString();
    }
    void refusals()
    {
        QFETCH(QString, number);
        QFETCH(QString, secret);
        QFETCH(QString, where);
        QFETCH(QString, reason);
        addOfficer();
        Officer gone;
        gone.name = QStringLiteral("王五");
        gone.policeNumber = QStringLiteral("010002");
        gone.active = false;
        QVERIFY(OfficerRepository(m_session->db()).add(gone, m_secret, m_session->actor()));
        const qint64 lastSeq = audit(1).value(0).seq;
        QSignalSpy changed(m_session.get(), &AppSession::signedInChanged);

        const Status s = m_session->signIn(number, secret);
        QVERIFY(!s);
        QCOMPARE(s.error().where, where);
        QVERIFY(!s.error().message.isEmpty());
        QVERIFY(!m_session->isSignedIn());
        QCOMPARE(changed.size(), 0);
        const auto e = audit(1).value(0);
        if (reason.isEmpty()) {
            QCOMPARE(e.seq, lastSeq); // nothing was tried: nothing to audit
            return;
        }
        QCOMPARE(e.seq, lastSeq + 1);
        QCOMPARE(e.action, QStringLiteral("session.sign-in-failed"));
        QCOMPARE(e.details.value(QStringLiteral("reason")).toString(), reason);
        QCOMPARE(e.details.value(QStringLiteral("police_number")).toString(), number.trimmed());
        // The same message for an unknown number and a wrong secret.
        if (where == QLatin1String("secret"))
            QVERIFY(!s.error().message.contains(number));
    }

    void unlock()
    {
        addOfficer();
        QVERIFY(!m_session->unlock(m_secret)); // nobody signed in
        QVERIFY(m_session->signIn(QStringLiteral("010001"), m_secret));
        QSignalSpy changed(m_session.get(), &AppSession::signedInChanged);
        const Status wrong = m_session->unlock(QStringLiteral("wrong-one"));
        QVERIFY(!wrong);
        QCOMPARE(audit(1).value(0).action, QStringLiteral("session.unlock-failed"));
        QVERIFY(m_session->isSignedIn()); // a wrong secret at the lock does not sign out
        QVERIFY(m_session->unlock(m_secret));
        const auto e = audit(1).value(0);
        QCOMPARE(e.action, QStringLiteral("session.unlock"));
        QCOMPARE(e.actorId, m_officer.id);
        QCOMPARE(changed.size(), 0);
    }

    void officerWithoutSecret()
    {
        Officer o;
        o.name = QStringLiteral("示例民警");
        o.policeNumber = QStringLiteral("900001");
        QVERIFY(OfficerRepository(m_session->db()).add(o, {}, m_session->actor()));
        QVERIFY(!m_session->signIn(QStringLiteral("900001"), QStringLiteral("anything")));
        QVERIFY(m_session->signIn(QStringLiteral("900001"), QString()));
    }

    void switchingOfficersSignsTheFirstOut()
    {
        addOfficer();
        Officer other;
        other.name = QStringLiteral("李四");
        other.policeNumber = QStringLiteral("010003");
        QVERIFY(OfficerRepository(m_session->db()).add(other, {}, m_session->actor()));
        QVERIFY(m_session->signIn(QStringLiteral("010001"), m_secret));
        QVERIFY(m_session->signIn(QStringLiteral("010003"), QString()));
        const auto entries = audit(2);
        QCOMPARE(entries.value(0).action, QStringLiteral("session.sign-in"));
        QCOMPARE(entries.value(1).action, QStringLiteral("session.sign-out"));
        QCOMPARE(entries.value(1).actorId, m_officer.id);
        QCOMPARE(m_session->officer()->policeNumber, QStringLiteral("010003"));
    }

    // Writes announce themselves: the session turns the entity types into topics, once each, and
    // says nothing for a sign-in (audited only) or a refused write.
    void writesAnnounceTheirTopics()
    {
        QSignalSpy spy(m_session.get(), &AppSession::dataChanged);
        addOfficer();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<AppSession::Topic>(), AppSession::Topic::Officers);
        QVERIFY(m_session->signIn(m_officer.policeNumber, m_secret));
        QCOMPARE(spy.size(), 1);
        Officer duplicate = m_officer;
        duplicate.id.clear();
        QVERIFY(!OfficerRepository(m_session->db()).add(duplicate, m_secret, m_session->actor()));
        QCOMPARE(spy.size(), 1);

        spy.clear();
        QVERIFY(DemoData::load(m_session->db(), m_session->actor()));
        QList<AppSession::Topic> topics;
        for (const QList<QVariant> &signal : std::as_const(spy))
            topics << signal.at(0).value<AppSession::Topic>();
        QCOMPARE(topics,
            QList<AppSession::Topic>(
                {AppSession::Topic::Units, AppSession::Topic::Sites, AppSession::Topic::Officers}));
        QCOMPARE(AppSession::topicsOf({QStringLiteral("item"), QStringLiteral("inspection"), QStringLiteral("review")}),
            QList<AppSession::Topic>({AppSession::Topic::Inspections, AppSession::Topic::Sync}));
    }

    // A write on a worker thread's own connection reaches the session's thread, queued.
    void aWorkerThreadsWriteIsAnnouncedToo()
    {
        QSignalSpy spy(m_session.get(), &AppSession::dataChanged);
        const QString dataDir = m_dir->path();
        const Actor actor = m_session->actor();
        std::unique_ptr<QThread> worker(QThread::create([dataDir, actor] {
            auto db = Database::open(dataDir);
            if (!db)
                return;
            Unit u;
            u.name = QStringLiteral("华为技术有限公司");
            u.type = UnitType::Enterprise;
            u.uscc = QStringLiteral("914403001922038216");
            (void)UnitRepository(*db.value()).add(u, actor);
        }));
        worker->start();
        QVERIFY(worker->wait(60000));
        QCOMPARE(spy.size(), 0); // not on the worker's thread: delivered by this thread's event loop
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<AppSession::Topic>(), AppSession::Topic::Units);
    }

private:
    void addOfficer()
    {
        Officer o;
        o.name = QStringLiteral("张三");
        o.policeNumber = QStringLiteral("010001");
        o.role = OfficerRole::Station;
        auto r = OfficerRepository(m_session->db()).add(o, m_secret, m_session->actor());
        QVERIFY(r);
        m_officer = r.value();
    }
};

QTEST_GUILESS_MAIN(TestAppSession)
#include "TestAppSession.moc"
