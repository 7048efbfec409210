#include "AuditLog.h"
#include "StoreFixture.h"

#include <QTest>

using namespace psv;

namespace {
// A store with a few audited changes (fixture: 4 entries) plus three views: 7 entries.
bool populated(StoreFixture &fx)
{
    if (!fx.open())
        return false;
    AuditLog log(*fx.db);
    for (int i = 0; i < 3; ++i)
        if (!log.record(
                fx.actor, QStringLiteral("view"), QStringLiteral("unit"), fx.unit.id, {{QStringLiteral("n"), i}}))
            return false;
    return true;
}

AuditLog::Verification verifyFile(StoreFixture &fx)
{
    auto db = Database::open(fx.dir.path());
    return AuditLog(*db.value()).verify().value();
}
} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chainVerifies()
    {
        StoreFixture fx;
        QVERIFY(populated(fx));
        const auto v = AuditLog(*fx.db).verify().value();
        QVERIFY2(v.ok, qPrintable(v.message));
        QCOMPARE(v.entries, qint64(7));
        auto entries = AuditLog(*fx.db).list({QString(), QString(), 0, 100, false}).value();
        QCOMPARE(entries.size(), 7);
        QCOMPARE(entries.first().prevHash, AuditEntry::genesisHash());
        for (int i = 1; i < entries.size(); ++i) {
            QCOMPARE(entries[i].seq, entries[i - 1].seq + 1);
            QCOMPARE(entries[i].prevHash, entries[i - 1].hash);
            QCOMPARE(entries[i].computeHash(), entries[i].hash);
        }
        AuditLog::Filter f;
        f.entityId = fx.unit.id;
        QCOMPARE(AuditLog(*fx.db).list(f).value().size(), 4); // create + 3 views
    }

    void theTableIsAppendOnly()
    {
        StoreFixture fx;
        QVERIFY(populated(fx));
        QSqlQuery q(fx.db->sql());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE seq = 2")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 7")));
        QVERIFY(AuditLog(*fx.db).verify().value().ok);
    }

    void editedEntryIsNamed()
    {
        StoreFixture fx;
        QVERIFY(populated(fx));
        fx.db.reset();
        int rc = -1;
        StoreFixture::sqlite3(fx.path(),
            QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET details = "
                           "'{\"n\":99}' WHERE seq = 5;"),
            &rc);
        QCOMPARE(rc, 0);
        const auto v = verifyFile(fx);
        QVERIFY(!v.ok);
        QCOMPARE(v.brokenSeq, qint64(5));
        QCOMPARE(v.problem, QStringLiteral("hash"));
        QVERIFY(v.message.contains(QStringLiteral("5")));
    }

    void editedActorWithRecomputedHashBreaksTheNextLink()
    {
        StoreFixture fx;
        QVERIFY(populated(fx));
        // The forger rewrites entry 3's actor and its hash, but not the chain after it.
        auto entries = AuditLog(*fx.db).list({QString(), QString(), 0, 100, false}).value();
        AuditEntry forged = entries[2];
        forged.actorName = QStringLiteral("someone else");
        forged.hash = forged.computeHash();
        fx.db.reset();
        int rc = -1;
        StoreFixture::sqlite3(fx.path(),
            QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = "
                           "'someone else', hash = '%1' WHERE seq = 3;")
                .arg(forged.hash),
            &rc);
        QCOMPARE(rc, 0);
        const auto v = verifyFile(fx);
        QCOMPARE(v.brokenSeq, qint64(4));
        QCOMPARE(v.problem, QStringLiteral("link"));
    }

    void removedEntriesAreFound()
    {
        StoreFixture fx;
        QVERIFY(populated(fx));
        fx.db.reset();
        int rc = -1;
        StoreFixture::sqlite3(
            fx.path(), QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 2;"), &rc);
        QCOMPARE(rc, 0);
        auto v = verifyFile(fx);
        QCOMPARE(v.brokenSeq, qint64(2));
        QCOMPARE(v.problem, QStringLiteral("gap"));
        // Cutting off the tail is found through the head the store keeps.
        StoreFixture gx;
        QVERIFY(populated(gx));
        gx.db.reset();
        StoreFixture::sqlite3(
            gx.path(), QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq > 5;"), &rc);
        v = verifyFile(gx);
        QCOMPARE(v.problem, QStringLiteral("truncated"));
        QCOMPARE(v.brokenSeq, qint64(6));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
