#include "Sha256.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;

class TestSha256 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownVectors()
    {
        QCOMPARE(Sha256::hex(QByteArray()),
            QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(Sha256::hex(QByteArrayLiteral("abc")),
            QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void incrementalEqualsOneShot()
    {
        Sha256 h;
        h.addData(QByteArrayLiteral("a"));
        h.addData(QByteArrayLiteral("bc"));
        QCOMPARE(h.hexResult(), Sha256::hex(QByteArrayLiteral("abc")));
        // the object resets after result()
        QCOMPARE(h.hexResult(), Sha256::hex(QByteArray()));
    }

    void fileMatchesSha256sum()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blob"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char((i * 131) ^ (i >> 7));
        f.write(data);
        f.close();
        QProcess p;
        p.start(QStringLiteral("sha256sum"), {path});
        QVERIFY(p.waitForFinished());
        const QString expected = QString::fromLatin1(p.readAllStandardOutput().left(64));
        const auto got = Sha256::hexOfFile(path);
        QVERIFY(got.ok());
        QCOMPARE(*got, expected);
    }

    void missingFileIsAnError()
    {
        const auto got = Sha256::hexOfFile(QStringLiteral("/nonexistent/psv/file"));
        QVERIFY(!got.ok());
        QCOMPARE(got.error().where, QStringLiteral("/nonexistent/psv/file"));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "TestSha256.moc"
