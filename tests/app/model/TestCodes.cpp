#include "Codes.h"

#include <QTest>

using namespace psv;

class TestCodes : public QObject
{
    Q_OBJECT

    template<typename E> void roundTrip(const QStringList &expected)
    {
        QCOMPARE(allCodes<E>(), expected);
        for (const QString &c : expected) {
            const auto v = fromCode<E>(c);
            QVERIFY2(v.has_value(), qPrintable(c));
            QCOMPARE(toCode(*v), c);
            QVERIFY(!displayName(*v).isEmpty());
        }
        QVERIFY(!fromCode<E>(QStringLiteral("nonsense")).has_value());
        QVERIFY(!fromCode<E>(expected.first().toUpper()).has_value() || expected.first() == expected.first().toUpper());
    }

private Q_SLOTS:
    void codesAreTheSharedStrings()
    {
        // The code strings as stored and hashed: they must never change.
        roundTrip<PlaceCategory>({QStringLiteral("art7-1"), QStringLiteral("art7-2-1"), QStringLiteral("art7-2-2"),
            QStringLiteral("art7-2-3"), QStringLiteral("art7-2-4"), QStringLiteral("art9")});
        roundTrip<UnitType>({QStringLiteral("enterprise"), QStringLiteral("government"), QStringLiteral("institution"),
            QStringLiteral("individual"), QStringLiteral("other")});
        roundTrip<InspectionKind>(
            {QStringLiteral("general"), QStringLiteral("professional"), QStringLiteral("art12-focus")});
        roundTrip<InspectionTrigger>(
            {QStringLiteral("routine"), QStringLiteral("report"), QStringLiteral("reinspection")});
        roundTrip<InspectionStatus>({QStringLiteral("draft"), QStringLiteral("completed"), QStringLiteral("sealed"),
            QStringLiteral("submitted"), QStringLiteral("approved"), QStringLiteral("returned")});
        roundTrip<ItemStatus>({QStringLiteral("compliant"), QStringLiteral("non-compliant"),
            QStringLiteral("not-applicable"), QStringLiteral("not-checked")});
        roundTrip<OrderKind>({QStringLiteral("correction"), QStringLiteral("correction-deadline"),
            QStringLiteral("penalty-proposal"), QStringLiteral("referral")});
        roundTrip<OrderStatus>({QStringLiteral("open"), QStringLiteral("corrected"), QStringLiteral("overdue"),
            QStringLiteral("escalated")});
        roundTrip<OfficerRole>(
            {QStringLiteral("station"), QStringLiteral("tech"), QStringLiteral("reviewer"), QStringLiteral("admin")});
        roundTrip<FilingStatus>({QStringLiteral("not-filed"), QStringLiteral("filed")});
    }

    void unknownCodeSaysWhatWasExpected()
    {
        auto r = parseCode<UnitType>(QStringLiteral("company"), QStringLiteral("type"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, QStringLiteral("type"));
        QCOMPARE(r.error().code, 1);
        QVERIFY2(r.error().message.contains(QStringLiteral("'company'")), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("unit type")));
        QVERIFY(r.error().message.contains(QStringLiteral("enterprise, government, institution, individual, other")));
        QCOMPARE(parseCode<ItemStatus>(QStringLiteral("non-compliant")).value(), ItemStatus::NonCompliant);
    }
};

QTEST_GUILESS_MAIN(TestCodes)
#include "TestCodes.moc"
