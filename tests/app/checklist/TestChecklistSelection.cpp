// Which items an inspection offers: national items by kind (规定第十一条), Art. 9 places (条例第九条第二款,
// 规定第十二条), and the local pack of the site's jurisdiction.
#include "ChecklistRegistry.h"
#include "ChecklistSelection.h"

#include <QJsonArray>
#include <QTest>

using namespace psv;
using A = ChecklistSelection::Applicability;

namespace {

QList<int> numbers(const ChecklistSelection &s, const QString &checklist, A applicability)
{
    QList<int> out;
    for (const auto &e : s.entries())
        if (e.checklist->id() == checklist && e.applicability == applicability)
            out << e.item->number;
    return out;
}

const QString kNational = QStringLiteral("mps-2025");

} // namespace

class TestChecklistSelection : public QObject
{
    Q_OBJECT
    ChecklistRegistry m_registry;

    ChecklistSelection select(const QString &kind, const QString &place, const QString &code = {})
    {
        const auto s = m_registry.select(kind, place, code);
        if (!s)
            qFatal("%s", qPrintable(s.error().text()));
        return s.value();
    }

private Q_SLOTS:
    void initTestCase() { m_registry.addBuiltIn(); }

    void generalInspectionAtAnArt7Place()
    {
        const auto s = select(QStringLiteral("general"), QStringLiteral("art7-2-1"));
        QCOMPARE(numbers(s, kNational, A::Focus), QList<int>({1, 2, 3, 4, 5, 6, 7}));
        QVERIFY(numbers(s, kNational, A::Mandatory).isEmpty());
        QVERIFY(numbers(s, kNational, A::NotMandatory).isEmpty());
        QVERIFY(s.localPacks().isEmpty());
        QVERIFY(s.entry(kNational, 1)->reason.zh.contains(QStringLiteral("第十一条第二款")));
        for (const auto &e : s.entries())
            QCOMPARE(e.item->mode, QStringLiteral("general"));
    }

    void professionalInspectionAtAnArt7Place()
    {
        const auto s = select(QStringLiteral("professional"), QStringLiteral("art7-1"));
        QCOMPARE(numbers(s, kNational, A::Focus), QList<int>({8, 9, 10, 11, 12, 13}));
        QCOMPARE(s.entries().size(), 6);
    }

    void art9PlaceGeneralInspection()
    {
        const auto s = select(QStringLiteral("general"), QStringLiteral("art9"));
        QCOMPARE(numbers(s, kNational, A::Focus), QList<int>({1, 2, 3}));
        QCOMPARE(numbers(s, kNational, A::NotMandatory), QList<int>({4, 5, 6, 7}));
        const auto *filing = s.entry(kNational, 4);
        QCOMPARE(filing->reason.zh, QStringLiteral("不属于强制性要求（《条例》第九条第二款）"));
        QCOMPARE(filing->basis, QList<LawRef>({LawRef {QStringLiteral("psv-regulation-2025"), 9, 2, 0}}));
        QCOMPARE(s.entry(kNational, 1)->basis, QList<LawRef>({LawRef {QStringLiteral("mps-2025-rules"), 12, 0, 0}}));
    }

    void art9PlaceProfessionalInspection()
    {
        const auto s = select(QStringLiteral("professional"), QStringLiteral("art9"));
        // Items 8, 11, 12, 13 enforce Arts. 11, 15, 16 ¶2 only; 9 (Arts. 8, 13) and 10 (Art. 12) stay mandatory.
        QCOMPARE(numbers(s, kNational, A::NotMandatory), QList<int>({8, 11, 12, 13}));
        QCOMPARE(numbers(s, kNational, A::Mandatory), QList<int>({9, 10}));
        QVERIFY(numbers(s, kNational, A::Focus).isEmpty());
    }

    void art12FocusInspection()
    {
        const auto s = select(QStringLiteral("art12-focus"), QStringLiteral("art9"));
        QCOMPARE(s.entries().size(), 13);
        QCOMPARE(numbers(s, kNational, A::Focus), QList<int>({1, 2, 3}));
        QCOMPARE(numbers(s, kNational, A::NotMandatory), QList<int>({4, 5, 6, 7, 8, 11, 12, 13}));
        QCOMPARE(numbers(s, kNational, A::Mandatory), QList<int>({9, 10}));
        const QJsonObject json = s.toJson(QStringLiteral("zh_CN"));
        QCOMPARE(json.value(QLatin1String("items")).toArray().size(), 13);
        QCOMPARE(json.value(QLatin1String("items"))
                     .toArray()
                     .at(3)
                     .toObject()
                     .value(QLatin1String("applicability"))
                     .toString(),
            QStringLiteral("not-mandatory"));
        QCOMPARE(json.value(QLatin1String("items")).toArray().at(3).toObject().value(QLatin1String("basis")).toString(),
            QStringLiteral("《条例》第九条第二款"));
    }

    void localItemsFollowNationalExemptions()
    {
        // Shannan's 30-day storage supplements national item 7 (条例第十七条), which Art. 9 places need not meet.
        const auto art9 = select(QStringLiteral("general"), QStringLiteral("art9"), QStringLiteral("540502"));
        const auto *storage = art9.entry(QStringLiteral("shannan-2019"), 1);
        QVERIFY(storage);
        QCOMPARE(storage->applicability, A::NotMandatory);
        QCOMPARE(storage->basis, QList<LawRef>({LawRef {QStringLiteral("psv-regulation-2025"), 9, 2, 0}}));
        QCOMPARE(art9.entry(QStringLiteral("shannan-2019"), 2)->applicability, A::NotMandatory); // relates to item 6
        const auto art7 = select(QStringLiteral("general"), QStringLiteral("art7-2-1"), QStringLiteral("540502"));
        QCOMPARE(art7.entry(QStringLiteral("shannan-2019"), 1)->applicability, A::Mandatory);
        // Beijing item 2 supplements items 5 and 9; item 9 (Arts. 8, 13) binds Art. 9 places too.
        const auto beijing = select(QStringLiteral("general"), QStringLiteral("art9"), QStringLiteral("110105"));
        QCOMPARE(beijing.entry(QStringLiteral("beijing-2007"), 2)->applicability, A::Mandatory);
        QCOMPARE(beijing.entry(QStringLiteral("beijing-2007"), 5)->applicability, A::NotMandatory); // relates to item 7
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("art12 focus elsewhere")
            << "art12-focus" << "art7-1" << "" << "only for sites of place category art9";
        QTest::newRow("unknown kind") << "thorough" << "art9" << ""
                                      << "expected one of: general, professional, art12-focus";
        QTest::newRow("unknown place") << "general" << "art8" << "" << "Unknown place category \"art8\"";
        QTest::newRow("short code") << "general" << "art9" << "5405" << "not an administrative division code";
        QTest::newRow("letters") << "general" << "art9" << "54050X" << "not an administrative division code";
    }
    void refusals()
    {
        QFETCH(QString, kind);
        QFETCH(QString, place);
        QFETCH(QString, code);
        QFETCH(QString, fragment);
        const auto s = m_registry.select(kind, place, code);
        QVERIFY(!s);
        QCOMPARE(s.error().code, 1);
        QVERIFY2(s.error().message.contains(fragment), qPrintable(s.error().message));
    }

    void localPackOnlyInItsJurisdiction_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("pack");
        QTest::newRow("Shannan, Naidong district") << "540502" << "shannan-2019";
        QTest::newRow("Shannan, township level") << "540502100" << "shannan-2019";
        QTest::newRow("Lhasa") << "540102" << "";
        QTest::newRow("Wuhan") << "420102" << "hubei-2013";
        QTest::newRow("Chongqing Yuzhong") << "500103" << "chongqing-2009";
        QTest::newRow("Beijing Dongcheng") << "110101" << "beijing-2007";
        QTest::newRow("Tianjin") << "120101" << "";
        QTest::newRow("Shijiazhuang") << "130102" << "";
        QTest::newRow("no code") << "" << "";
    }
    void localPackOnlyInItsJurisdiction()
    {
        QFETCH(QString, code);
        QFETCH(QString, pack);
        const auto s = select(QStringLiteral("general"), QStringLiteral("art7-2-1"), code);
        QStringList packs;
        for (const auto &p : s.localPacks())
            packs << p->id();
        QCOMPARE(packs, pack.isEmpty() ? QStringList() : QStringList {pack});
        if (pack.isEmpty())
            return;
        // The pack's general items come after the national ones; its professional ones are left out.
        const auto local = m_registry.find(pack);
        QList<int> expected;
        for (const ChecklistItem &item : local->items())
            if (item.mode == QLatin1String("general"))
                expected << item.number;
        QCOMPARE(numbers(s, pack, A::Mandatory), expected);
        QCOMPARE(s.entries().first().checklist->id(), kNational);
        QCOMPARE(s.entries().last().checklist->id(), pack);
    }
};

QTEST_GUILESS_MAIN(TestChecklistSelection)
#include "TestChecklistSelection.moc"
