#include "LawRef.h"

#include <QTest>

using namespace psv;

class TestLawRef : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chineseNumbers_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("text");
        QTest::newRow("1") << 1 << "一";
        QTest::newRow("10") << 10 << "十";
        QTest::newRow("16") << 16 << "十六";
        QTest::newRow("20") << 20 << "二十";
        QTest::newRow("34") << 34 << "三十四";
        QTest::newRow("100") << 100 << "一百";
        QTest::newRow("105") << 105 << "一百零五";
        QTest::newRow("110") << 110 << "一百一十";
    }
    void chineseNumbers()
    {
        QFETCH(int, n);
        QFETCH(QString, text);
        QCOMPARE(LawRef::chineseNumber(n), text);
    }

    void provisionText()
    {
        const LawRef r {QStringLiteral("psv-regulation-2025"), 16, 2, 1};
        QCOMPARE(r.provisionText(QStringLiteral("zh_CN")), QStringLiteral("第十六条第二款第（一）项"));
        QCOMPARE(r.provisionText(QStringLiteral("en")), QStringLiteral("Art. 16 ¶2 item 1"));
        QCOMPARE((LawRef {QStringLiteral("x"), 9, 0, 0}).provisionText(QStringLiteral("zh")), QStringLiteral("第九条"));
    }

    void covers()
    {
        const QString law = QStringLiteral("psv-regulation-2025");
        QVERIFY((LawRef {law, 16, 2, 0}).covers({law, 16, 2, 1}));
        QVERIFY((LawRef {law, 15, 0, 0}).covers({law, 15, 1, 0}));
        QVERIFY(!(LawRef {law, 16, 2, 0}).covers({law, 16, 1, 0}));
        QVERIFY(!(LawRef {law, 16, 2, 1}).covers({law, 16, 2, 0}));
        QVERIFY(!(LawRef {QStringLiteral("mps-2025-rules"), 16, 0, 0}).covers({law, 16, 0, 0}));
    }

    void jsonRoundTrip()
    {
        const LawRef r {QStringLiteral("mps-2025-rules"), 10, 0, 9};
        QCOMPARE(LawRef::fromJson(r.toJson()), r);
        QVERIFY(!r.toJson().contains(QStringLiteral("paragraph")));
    }
};

QTEST_GUILESS_MAIN(TestLawRef)
#include "TestLawRef.moc"
