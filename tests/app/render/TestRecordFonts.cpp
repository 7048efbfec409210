#include "RecordFonts.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QTest>

using namespace psv;

class TestRecordFonts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void choosesInstalledChineseFamilies()
    {
        const auto fonts = RecordFonts::choose();
        QVERIFY(fonts.ok());
        const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
        for (const auto role : {RecordFonts::Role::Title, RecordFonts::Role::Body}) {
            const QString family = fonts->family(role);
            QVERIFY2(chinese.contains(family), qPrintable(family));
            QCOMPARE(QFontInfo(fonts->font(role)).family(), family);
        }
        // the title list goes Song-first, the body list FangSong-first, each before the Noto fallback
        QVERIFY(RecordFonts::titleCandidates().indexOf(QStringLiteral("宋体"))
            < RecordFonts::titleCandidates().indexOf(QStringLiteral("Noto Serif CJK SC")));
        QVERIFY(RecordFonts::bodyCandidates().indexOf(QStringLiteral("仿宋"))
            < RecordFonts::bodyCandidates().indexOf(QStringLiteral("Noto Serif CJK SC")));
    }

    void sizesAndWeightsFollowTheDraftingStyle()
    {
        const auto fonts = RecordFonts::choose();
        QVERIFY(fonts.ok());
        QCOMPARE(fonts->font(RecordFonts::Role::Title).pointSizeF(), 22.0); // 二号
        QVERIFY(fonts->font(RecordFonts::Role::Title).bold());
        QVERIFY(QFontInfo(fonts->font(RecordFonts::Role::Title)).bold());
        QVERIFY(!fonts->font(RecordFonts::Role::Body).bold());
        QVERIFY(fonts->font(RecordFonts::Role::Table).pointSizeF() < fonts->font(RecordFonts::Role::Body).pointSizeF());
    }

    void turnsOffLocalisedFormsSoDigitsKeepTheirText()
    {
        const auto fonts = RecordFonts::choose();
        QVERIFY(fonts.ok());
        const QFont f = fonts->font(RecordFonts::Role::Body);
        QVERIFY(f.isFeatureSet(QFont::Tag("locl")));
        QCOMPARE(f.featureValue(QFont::Tag("locl")), 0u);
    }
};

QTEST_MAIN(TestRecordFonts)
#include "TestRecordFonts.moc"
