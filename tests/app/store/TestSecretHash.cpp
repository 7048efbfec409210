#include "SecretHash.h"

#include <QTest>

using namespace psv;

class TestSecretHash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hashesAndVerifies()
    {
        auto h = SecretHash::hash(QStringLiteral("密码-secret-1"));
        QVERIFY(h.ok());
        QVERIFY(h.value().startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$")));
        QVERIFY(SecretHash::verify(h.value(), QStringLiteral("密码-secret-1")));
        QVERIFY(!SecretHash::verify(h.value(), QStringLiteral("密码-secret-2")));
        QVERIFY(!SecretHash::needsRehash(h.value()));
        // Salted: the same secret hashes differently each time.
        QVERIFY(SecretHash::hash(QStringLiteral("密码-secret-1")).value() != h.value());
    }

    void refusesShortSecretsAndGarbage()
    {
        auto h = SecretHash::hash(QStringLiteral("12345"));
        QVERIFY(!h.ok());
        QCOMPARE(h.error().where, QStringLiteral("secret"));
        QVERIFY(!SecretHash::verify(QStringLiteral("not a hash"), QStringLiteral("123456")));
        QVERIFY(!SecretHash::verify(QString(), QString()));
    }
};

QTEST_GUILESS_MAIN(TestSecretHash)
#include "TestSecretHash.moc"
