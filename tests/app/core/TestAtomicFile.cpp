#include "AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;

class TestAtomicFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesAndReplaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.json"));
        QVERIFY(AtomicFile::write(path, "first").ok());
        QVERIFY(AtomicFile::write(path, "second").ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("second"));
        // no temporary file left behind
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("a.json")});
    }

    void failsIntoMissingDirectoryWithoutSideEffects()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/a.json"));
        const Status s = AtomicFile::write(path, "x");
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, path);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "TestAtomicFile.moc"
