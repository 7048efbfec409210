#include "StoreFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace psv;

class TestOfficerRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secretIsStoredAsArgon2idOnly()
    {
        StoreFixture fx;
        QVERIFY(fx.open(false));
        OfficerRepository officers(*fx.db);
        Officer o;
        o.name = QStringLiteral("王五");
        o.policeNumber = QStringLiteral("012347");
        o.role = OfficerRole::Admin;
        auto r = officers.add(o, QStringLiteral("correct horse"), fx.actor);
        QVERIFY(r.ok());
        QVERIFY(r.value().hasSecret);
        QSqlQuery q(fx.db->sql());
        q.exec(QStringLiteral("SELECT secret_hash FROM officers"));
        QVERIFY(q.next());
        const QString stored = q.value(0).toString();
        QVERIFY2(stored.startsWith(QStringLiteral("$argon2id$")), qPrintable(stored));
        QVERIFY(!stored.contains(QStringLiteral("correct horse")));
        QVERIFY(officers.verifySecret(r.value().id, QStringLiteral("correct horse")).ok());
        auto wrong = officers.verifySecret(r.value().id, QStringLiteral("correct horsE"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().where, QStringLiteral("secret"));
        // The audit entry carries no secret either.
        q.exec(QStringLiteral("SELECT details FROM audit_log"));
        while (q.next())
            QVERIFY(!q.value(0).toString().contains(QStringLiteral("argon2")));
    }

    void withoutSecretAndChangingIt()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        OfficerRepository officers(*fx.db);
        QVERIFY(!fx.officer1.hasSecret);
        QVERIFY(officers.verifySecret(fx.officer1.id, QString()).ok());
        QVERIFY(!officers.verifySecret(fx.officer1.id, QStringLiteral("anything")).ok());
        QVERIFY(!officers.setSecret(fx.officer1.id, QStringLiteral("short"), fx.actor).ok());
        QVERIFY(officers.setSecret(fx.officer1.id, QStringLiteral("longer secret"), fx.actor).ok());
        QVERIFY(officers.get(fx.officer1.id).value().hasSecret);
        QVERIFY(officers.verifySecret(fx.officer1.id, QStringLiteral("longer secret")).ok());
        Officer off = fx.officer1;
        off.active = false;
        QVERIFY(officers.update(off, fx.actor).ok());
        QVERIFY(!officers.verifySecret(fx.officer1.id, QStringLiteral("longer secret")).ok());
        QCOMPARE(officers.list(true).value().size(), 1);
        QCOMPARE(officers.list().value().size(), 2);
    }

    void policeNumbersAreUnique()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        OfficerRepository officers(*fx.db);
        Officer o;
        o.name = QStringLiteral("冒名");
        o.policeNumber = fx.officer1.policeNumber;
        auto r = officers.add(o, {}, fx.actor);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, QStringLiteral("police_number"));
        QVERIFY(r.error().message.contains(QStringLiteral("张三")));
        Officer renamed = fx.officer2;
        renamed.policeNumber = fx.officer1.policeNumber;
        QVERIFY(!officers.update(renamed, fx.actor).ok());
        QCOMPARE(officers.byPoliceNumber(QStringLiteral("012346")).value().id, fx.officer2.id);
        QCOMPARE(officers.resolve(fx.officer2.id).value().policeNumber, QStringLiteral("012346"));
        QVERIFY(!officers.resolve(QStringLiteral("999999")).ok());
    }
};

QTEST_GUILESS_MAIN(TestOfficerRepository)
#include "TestOfficerRepository.moc"
