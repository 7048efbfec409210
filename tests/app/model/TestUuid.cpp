#include "IsoTime.h"
#include "Uuid.h"

#include <QSet>
#include <QTest>
#include <QUuid>

using namespace psv;

class TestUuid : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version7UniqueAndTimeOrdered()
    {
        QSet<QString> seen;
        QString previousPrefix;
        for (int i = 0; i < 2000; ++i) {
            const QString id = Uuid::create();
            QVERIFY(Uuid::isValid(id));
            QCOMPARE(id.size(), 36);
            QCOMPARE(id, id.toLower());
            QCOMPARE(id[14], u'7'); // version 7 (Qt 6.8 knows up to 5)
            QVERIFY(QStringLiteral("89ab").contains(id[19])); // RFC 4122 variant
            QVERIFY(!QUuid::fromString(id).isNull());
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            const QString prefix = id.left(13); // the 48-bit millisecond time
            QVERIFY(prefix >= previousPrefix);
            previousPrefix = prefix;
        }
        const qint64 ms = QStringView(previousPrefix).left(8).toLongLong(nullptr, 16) << 16
            | QStringView(previousPrefix).mid(9, 4).toLongLong(nullptr, 16);
        QVERIFY(qAbs(ms - IsoTime::nowUtc().toMSecsSinceEpoch()) < 60000);
        QVERIFY(!Uuid::isValid(QStringLiteral("not-a-uuid")));
    }

    void isoTimes()
    {
        const QDateTime t = IsoTime::parseTime(QStringLiteral("2026-03-01T09:30:00+08:00"));
        QCOMPARE(IsoTime::format(t), QStringLiteral("2026-03-01T01:30:00.000Z"));
        QVERIFY(!IsoTime::parseTime(QStringLiteral("2026-03-01T09:30:00")).isValid());
        QVERIFY(!IsoTime::parseDate(QStringLiteral("2026-3-1")).isValid());
        QCOMPARE(IsoTime::parseDate(QStringLiteral("2026-03-01")), QDate(2026, 3, 1));
        QVERIFY(IsoTime::json(QDate()).isNull());
    }
};

QTEST_GUILESS_MAIN(TestUuid)
#include "TestUuid.moc"
