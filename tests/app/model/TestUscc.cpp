#include "Uscc.h"

#include <QTest>

using namespace psv;

namespace {
// An independent reading of GB 32100-2015 as the facts file states it: weights 3^i mod 31.
QChar referenceCheck(const QString &first17)
{
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    int sum = 0, weight = 1;
    for (int i = 0; i < 17; ++i) {
        sum += int(alphabet.indexOf(first17[i])) * weight;
        weight = weight * 3 % 31;
    }
    return alphabet[(31 - sum % 31) % 31];
}
} // namespace

class TestUscc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void publishedCodesAreValid_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("huawei") << QStringLiteral("914403001922038216");
        QTest::newRow("byd") << QStringLiteral("91440300192317458F");
        QTest::newRow("tencent") << QStringLiteral("91440300708461136T");
    }
    void publishedCodesAreValid()
    {
        QFETCH(QString, code);
        const Uscc::Verdict v = Uscc::check(code);
        QVERIFY2(v.ok(), qPrintable(v.message()));
        QCOMPARE(v.normalized, code);
        QVERIFY(v.message().isEmpty());
        QCOMPARE(Uscc::checkCharacter(QStringView(code).first(17)), code.back());
    }

    void lowerCaseAndSpacesAreNormalised()
    {
        const Uscc::Verdict v = Uscc::check(QStringLiteral(" 9144 0300 1923 1745 8f "));
        QVERIFY2(v.ok(), qPrintable(v.message()));
        QCOMPARE(v.normalized, QStringLiteral("91440300192317458F"));
    }

    void lettersInTheFirstPositionsAreAllowed()
    {
        // Registration authority Y (other) and category 1: letters where a naive validator wants digits.
        const QString body = QStringLiteral("Y1440300MA5FXXXX0");
        const QString code = body + referenceCheck(body);
        const Uscc::Verdict v = Uscc::check(code);
        QVERIFY2(v.ok(), qPrintable(code + u' ' + v.message()));
    }

    void checkCharacterAgreesWithTheReference()
    {
        const QString alphabet = Uscc::alphabet();
        for (int n = 0; n < 500; ++n) {
            QString body;
            for (int i = 0; i < 17; ++i)
                body += alphabet[(n * 7 + i * 13 + n * i) % 31];
            QCOMPARE(Uscc::checkCharacter(body), referenceCheck(body));
        }
    }

    void wrongLength_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("length");
        QTest::newRow("17") << QStringLiteral("91440300192203821") << 17;
        QTest::newRow("19") << QStringLiteral("9144030019220382160") << 19;
        QTest::newRow("1") << QStringLiteral("9") << 1;
    }
    void wrongLength()
    {
        QFETCH(QString, code);
        QFETCH(int, length);
        const Uscc::Verdict v = Uscc::check(code);
        QCOMPARE(v.problem, Uscc::Problem::WrongLength);
        QVERIFY2(v.message().contains(QString::number(length)), qPrintable(v.message()));
        QVERIFY(v.message().contains(QStringLiteral("18")));
    }

    void badCharacterNamesItsPosition_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("character");
        QTest::newRow("I at 14") << QStringLiteral("9144030070846I136T") << 14 << QStringLiteral("I");
        QTest::newRow("O at 1") << QStringLiteral("O14403001922038216") << 1 << QStringLiteral("O");
        QTest::newRow("Z at 18") << QStringLiteral("91440300192203821Z") << 18 << QStringLiteral("Z");
        QTest::newRow("S at 9") << QStringLiteral("91440300S92203821 6") << 9 << QStringLiteral("S");
        QTest::newRow("V at 5") << QStringLiteral("9144V3001922038216") << 5 << QStringLiteral("V");
        QTest::newRow("hyphen at 7") << QStringLiteral("914403-01922038216") << 7 << QStringLiteral("-");
        QTest::newRow("CJK at 3") << QStringLiteral("91中403001922038216") << 3 << QStringLiteral("中");
    }
    void badCharacterNamesItsPosition()
    {
        QFETCH(QString, code);
        QFETCH(int, position);
        QFETCH(QString, character);
        const Uscc::Verdict v = Uscc::check(code);
        QCOMPARE(v.problem, Uscc::Problem::BadCharacter);
        QCOMPARE(v.position, position);
        QCOMPARE(QString(v.found), character);
        QVERIFY2(v.message().contains(QString::number(position)), qPrintable(v.message()));
        QVERIFY2(v.message().contains(character), qPrintable(v.message()));
    }

    void wrongCheckCharacterNamesTheExpectedOne_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("huawei last digit") << QStringLiteral("914403001922038217") << QStringLiteral("6");
        QTest::newRow("byd F->E") << QStringLiteral("91440300192317458E") << QStringLiteral("F");
        QTest::newRow("tencent transposed") << QStringLiteral("91440300708416136T") << QString();
    }
    void wrongCheckCharacterNamesTheExpectedOne()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        const Uscc::Verdict v = Uscc::check(code);
        QCOMPARE(v.problem, Uscc::Problem::WrongCheckCharacter);
        const QString want = expected.isEmpty() ? QString(referenceCheck(code.left(17))) : expected;
        QCOMPARE(QString(v.expected), want);
        QVERIFY2(v.message().contains(u'\'' + want + u'\''), qPrintable(v.message()));
    }

    void threeProblemsHaveThreeMessages()
    {
        const QString a = Uscc::check(QStringLiteral("91440300192203821")).message();
        const QString b = Uscc::check(QStringLiteral("9144030019220382I6")).message();
        const QString c = Uscc::check(QStringLiteral("914403001922038217")).message();
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
        QVERIFY(a != b && b != c && a != c);
    }

    void emptyOnlyForAnIndividual()
    {
        auto individual = Uscc::validateForUnit(QString(), UnitType::Individual);
        QVERIFY(individual.ok());
        QVERIFY(individual.value().isEmpty());
        auto enterprise = Uscc::validateForUnit(QStringLiteral("  "), UnitType::Enterprise, QStringLiteral("uscc"));
        QVERIFY(!enterprise.ok());
        QCOMPARE(enterprise.error().where, QStringLiteral("uscc"));
        QVERIFY(enterprise.error().message.contains(QStringLiteral("enterprise")));
        // An individual with a code (个体工商户) still has it checked.
        QVERIFY(!Uscc::validateForUnit(QStringLiteral("914403001922038217"), UnitType::Individual).ok());
        auto normalised = Uscc::validateForUnit(QStringLiteral("91440300708461136t"), UnitType::Government);
        QCOMPARE(normalised.value(), QStringLiteral("91440300708461136T"));
    }
};

QTEST_GUILESS_MAIN(TestUscc)
#include "TestUscc.moc"
