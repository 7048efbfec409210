#include "JsonReader.h"

#include <QJsonArray>
#include <QTest>

using namespace psv;

class TestJsonReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTypedFields()
    {
        const QJsonObject o {{QStringLiteral("s"), QStringLiteral("x")}, {QStringLiteral("n"), 42},
            {QStringLiteral("d"), QStringLiteral("2026-02-28")},
            {QStringLiteral("t"), QStringLiteral("2026-02-28T10:00:00+08:00")},
            {QStringLiteral("l"), QJsonArray {QStringLiteral("a"), QStringLiteral("b")}}, {QStringLiteral("b"), true},
            {QStringLiteral("c"), QStringLiteral("tech")}};
        JsonReader r(o, QStringLiteral("thing"));
        QCOMPARE(r.string(QStringLiteral("s"), true), QStringLiteral("x"));
        QCOMPARE(r.integer(QStringLiteral("n")).value(), qint64(42));
        QCOMPARE(r.date(QStringLiteral("d")), QDate(2026, 2, 28));
        QCOMPARE(r.time(QStringLiteral("t")).toUTC().time().hour(), 2);
        QCOMPARE(r.stringList(QStringLiteral("l")).size(), 2);
        QVERIFY(r.boolean(QStringLiteral("b"), false));
        QCOMPARE(r.code<OfficerRole>(QStringLiteral("c"), OfficerRole::Admin), OfficerRole::Tech);
        QVERIFY(!r.integer(QStringLiteral("absent")).has_value());
        QVERIFY(r.ok());
    }

    void keepsTheFirstProblem()
    {
        const QJsonObject o {{QStringLiteral("n"), 1.5}, {QStringLiteral("d"), QStringLiteral("2026-02-30")},
            {QStringLiteral("t"), QStringLiteral("2026-02-28T10:00:00")}};
        JsonReader r(o, QStringLiteral("thing"));
        QVERIFY(!r.integer(QStringLiteral("n")).has_value());
        r.date(QStringLiteral("d"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, QStringLiteral("thing/n"));
        JsonReader t(o, QStringLiteral("x"));
        QVERIFY(!t.time(QStringLiteral("t")).isValid()); // no time zone: refused
        QCOMPARE(t.error().where, QStringLiteral("x/t"));
        JsonReader m(o, QStringLiteral("x"));
        m.string(QStringLiteral("missing"), true);
        QCOMPARE(m.error().where, QStringLiteral("x/missing"));
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "TestJsonReader.moc"
