#include "EntryPath.h"
#include "TarHeader.h"

#include <QTest>

using namespace psv;

class TestEntryPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsBundleNames()
    {
        for (const char *ok :
            {"manifest.json", "records/unit.jsonl.zst", "blobs/sha256/ab", "a/b/c.d", "证据/视频.mp4"})
            QVERIFY2(EntryPath::check(QByteArray(ok)).ok(), ok);
    }

    void refusesUnsafeNames_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty name");
        QTest::newRow("parent") << QByteArray("../x") << QStringLiteral("\"..\"");
        QTest::newRow("inner parent") << QByteArray("a/../../x") << QStringLiteral("\"..\"");
        QTest::newRow("absolute") << QByteArray("/etc/x") << QStringLiteral("absolute");
        QTest::newRow("drive") << QByteArray("c:x") << QStringLiteral("drive letter");
        QTest::newRow("backslash") << QByteArray("a\\..\\x") << QStringLiteral("backslash");
        QTest::newRow("double slash") << QByteArray("a//b") << QStringLiteral("empty component");
        QTest::newRow("trailing slash") << QByteArray("a/") << QStringLiteral("empty component");
        QTest::newRow("dot") << QByteArray("a/./b") << QStringLiteral("\".\" component");
        QTest::newRow("nul") << QByteArray("a\0b", 3) << QStringLiteral("NUL");
        QTest::newRow("newline") << QByteArray("a\nb") << QStringLiteral("control character");
        QTest::newRow("utf8") << QByteArray("a\xc3") << QStringLiteral("UTF-8");
        QTest::newRow("long") << QByteArray(256, 'a') << QStringLiteral("255");
    }
    void refusesUnsafeNames()
    {
        QFETCH(QByteArray, name);
        QFETCH(QString, reason);
        const Result<QString> r = EntryPath::check(name);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
    }

    void printableShowsControlBytes()
    {
        QCOMPARE(EntryPath::printable(QByteArray("a\0b\x1b", 4)), QStringLiteral("a\\x00b\\x1b"));
    }

    void formatNames()
    {
        const QString hash = QString(64, u'a');
        QCOMPARE(EntryPath::recordTypeOf(EntryPath::recordsPath(QStringLiteral("item-result"))),
            QStringLiteral("item-result"));
        QCOMPARE(EntryPath::recordTypeOf(QStringLiteral("records/Unit.jsonl.zst")), QString());
        QCOMPARE(EntryPath::recordTypeOf(QStringLiteral("records/a/b.jsonl.zst")), QString());
        QCOMPARE(EntryPath::blobHashOf(EntryPath::blobPath(hash)), hash);
        QCOMPARE(EntryPath::blobHashOf(QStringLiteral("blobs/sha256/") + QString(64, u'A')), QString());
        QVERIFY(!EntryPath::isValidRecordType(QStringLiteral("1unit")));
        QVERIFY(EntryPath::isValidRecordType(QStringLiteral("unit")));
    }
};

QTEST_GUILESS_MAIN(TestEntryPath)
#include "TestEntryPath.moc"
