#include "CorrectionNoticeData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace psv;

namespace {
QJsonObject sample(const QString &name)
{
    QFile f(QStringLiteral(PSV_SOURCE_DIR "/tests/data/records/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}
} // namespace

class TestCorrectionNoticeData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsBothSamples()
    {
        const auto deadline = CorrectionNoticeData::fromJson(sample(QStringLiteral("notice-deadline.json")));
        QVERIFY2(deadline.ok(), deadline.ok() ? "" : qPrintable(deadline.error().text()));
        QVERIFY(deadline->isDeadline());
        QCOMPARE(deadline->deadline, QStringLiteral("2026年3月20日"));
        QCOMPARE(deadline->corrections.size(), 2);
        const auto now = CorrectionNoticeData::fromJson(sample(QStringLiteral("notice-correction.json")));
        QVERIFY(now.ok());
        QVERIFY(!now->isDeadline());
        QVERIFY(now->deadline.isEmpty());
    }

    void roundTripsThroughJson()
    {
        const auto d = CorrectionNoticeData::fromJson(sample(QStringLiteral("notice-deadline.json")));
        QVERIFY(d.ok());
        const auto again = CorrectionNoticeData::fromJson(d->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->toJson(), d->toJson());
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QJsonObject>("patch");
        QTest::addColumn<QString>("where");
        QTest::newRow("限期 without deadline")
            << QStringLiteral("notice-deadline.json") << QJsonObject {{QStringLiteral("deadline"), QString()}}
            << QStringLiteral("/deadline");
        QTest::newRow("责令改正 with deadline")
            << QStringLiteral("notice-correction.json")
            << QJsonObject {{QStringLiteral("deadline"), QStringLiteral("2026年3月20日")}}
            << QStringLiteral("/deadline");
        QTest::newRow("no document number")
            << QStringLiteral("notice-deadline.json") << QJsonObject {{QStringLiteral("documentNumber"), QString()}}
            << QStringLiteral("/documentNumber");
        QTest::newRow("no facts") << QStringLiteral("notice-deadline.json")
                                  << QJsonObject {{QStringLiteral("facts"), QString()}} << QStringLiteral("/facts");
        QTest::newRow("nothing to correct")
            << QStringLiteral("notice-deadline.json") << QJsonObject {{QStringLiteral("corrections"), QJsonArray()}}
            << QStringLiteral("/corrections");
        QTest::newRow("unknown kind") << QStringLiteral("notice-deadline.json")
                                      << QJsonObject {{QStringLiteral("kind"), QStringLiteral("penalty")}}
                                      << QStringLiteral("/kind");
        QTest::newRow("party not an object")
            << QStringLiteral("notice-deadline.json")
            << QJsonObject {{QStringLiteral("party"), QStringLiteral("某公司")}} << QStringLiteral("/party");
    }

    void refuses()
    {
        QFETCH(QString, file);
        QFETCH(QJsonObject, patch);
        QFETCH(QString, where);
        QJsonObject o = sample(file);
        for (auto it = patch.begin(); it != patch.end(); ++it)
            o.insert(it.key(), it.value());
        const auto d = CorrectionNoticeData::fromJson(o);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().where, where);
        QCOMPARE(d.error().code, 1);
    }
};

QTEST_GUILESS_MAIN(TestCorrectionNoticeData)
#include "TestCorrectionNoticeData.moc"
