#include "Actor.h"
#include "Officer.h"

#include <QTest>

using namespace psv;

class TestOfficer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validation()
    {
        Officer o;
        o.name = QStringLiteral("张三");
        o.policeNumber = QStringLiteral(" 012345 ");
        auto v = o.validated();
        QVERIFY(v.ok());
        QCOMPARE(v.value().policeNumber, QStringLiteral("012345"));
        o.policeNumber = QStringLiteral("01 2345");
        QCOMPARE(o.validated().error().where, QStringLiteral("police_number"));
        o.policeNumber.clear();
        QCOMPARE(o.validated().error().where, QStringLiteral("police_number"));
        o.policeNumber = QStringLiteral("012345");
        o.name.clear();
        QCOMPARE(o.validated().error().where, QStringLiteral("name"));
    }

    void jsonHasNoSecret()
    {
        Officer o;
        o.id = QStringLiteral("o1");
        o.name = QStringLiteral("李四");
        o.policeNumber = QStringLiteral("012346");
        o.role = OfficerRole::Tech;
        o.hasSecret = true;
        const QJsonObject j = o.toJson();
        QCOMPARE(j.value(QStringLiteral("role")).toString(), QStringLiteral("tech"));
        for (auto it = j.begin(); it != j.end(); ++it)
            QVERIFY2(!it.key().contains(QStringLiteral("hash")), qPrintable(it.key()));
        auto back = Officer::fromJson(j);
        QVERIFY(back.ok());
        QCOMPARE(back.value().toJson(), j);
    }

    void actors()
    {
        Officer o;
        o.id = QStringLiteral("o1");
        o.name = QStringLiteral("李四");
        o.policeNumber = QStringLiteral("012346");
        const Actor a = Actor::officer(o);
        QVERIFY(a.isOfficer());
        QCOMPARE(a.display(), QStringLiteral("李四 (012346)"));
        const Actor cli = Actor::cliUser();
        QVERIFY(!cli.isOfficer());
        QVERIFY(cli.name.startsWith(QStringLiteral("cli:")));
        QVERIFY(cli.name.size() > 4);
        QVERIFY(!Actor {}.isValid());
    }
};

QTEST_GUILESS_MAIN(TestOfficer)
#include "TestOfficer.moc"
