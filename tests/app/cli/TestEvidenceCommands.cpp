// psvctl evidence import|verify|list against a real store and a real ffmpeg-made video.
#include "CliStoreSetup.h"
#include "StoreState.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A 2 s test pattern (H.264 in MP4) made by the ffmpeg command-line tool.
bool makeVideo(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("ffmpeg"),
        {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
            QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("testsrc=duration=2:size=320x240:rate=25"), QStringLiteral("-pix_fmt"),
            QStringLiteral("yuv420p"), path});
    return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0
        && QFile::exists(path);
}

QString sha256sum(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("sha256sum"), {path});
    p.waitForFinished(60000);
    return QString::fromLatin1(p.readAllStandardOutput()).section(u' ', 0, 0);
}

QString blobPath(const QString &dataDir, const QString &sha)
{
    return QDir(dataDir).filePath(QStringLiteral("evidence/sha256/%1/%2").arg(sha.left(2), sha));
}

} // namespace

class TestEvidenceCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    QTemporaryDir m_media;
    QString m_video;
    QString m_sha;
    QString m_number;
    std::unique_ptr<CliStoreSetup> m_setup;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid() && m_media.isValid());
        m_video = m_media.filePath(QStringLiteral("clip.mp4"));
        QVERIFY2(makeVideo(m_video), "ffmpeg could not make the test video");
        m_sha = sha256sum(m_video);
        QCOMPARE(m_sha.size(), 64);
        m_setup = std::make_unique<CliStoreSetup>(m_data.path());
        QVERIFY(m_setup->ok);
        m_number = m_setup->newInspection();
        QVERIFY(!m_number.isEmpty());
    }

    void importRecordsTheFile()
    {
        auto r = m_setup->run({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("import"),
            QStringLiteral("--inspection"), m_number, m_video});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonArray a = r.json().array();
        QCOMPARE(a.size(), 1);
        const QJsonObject o = a.first().toObject();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("clip.mp4"));
        QCOMPARE(o.value(QStringLiteral("sha256")).toString(), m_sha);
        QCOMPARE(o.value(QStringLiteral("result")).toString(), QStringLiteral("imported"));
        QCOMPARE(sha256sum(blobPath(m_data.path(), m_sha)), m_sha);

        auto l = m_setup->run({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("list"),
            QStringLiteral("--inspection"), m_number});
        QCOMPARE(l.exitCode, 0);
        const QJsonArray rows = l.json().array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("sha256")).toString(), m_sha);
        QCOMPARE(row.value(QStringLiteral("original_name")).toString(), QStringLiteral("clip.mp4"));
        QCOMPARE(row.value(QStringLiteral("media_type")).toString(), QStringLiteral("video"));
        // The import is in the audit log.
        QCOMPARE(sqlite3(m_data.path(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")),
            QStringLiteral("1"));
        // Text output names the file, its hash and the result.
        auto text = m_setup->run({QStringLiteral("evidence"), QStringLiteral("verify")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.out + text.err));
    }

    void reimportSaysAlreadyStored()
    {
        auto r = m_setup->run(
            {QStringLiteral("evidence"), QStringLiteral("import"), QStringLiteral("--inspection"), m_number, m_video});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("clip.mp4")), qPrintable(r.out));
        QVERIFY2(r.out.contains(m_sha), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("already stored")), qPrintable(r.out));
    }

    void unknownInspectionChangesNothing()
    {
        const QString before = storeState(m_data.path());
        auto r = m_setup->run({QStringLiteral("evidence"), QStringLiteral("import"), QStringLiteral("--inspection"),
            QStringLiteral("A7F3-1999-0042"), m_video});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("A7F3-1999-0042")), qPrintable(r.err));
        QCOMPARE(storeState(m_data.path()), before);
    }

    void missingSourceFails()
    {
        auto r = m_setup->run({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("import"),
            QStringLiteral("--inspection"), m_number, m_media.filePath(QStringLiteral("nope.mp4"))});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray a = r.json().array();
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.first().toObject().value(QStringLiteral("result")).toString(), QStringLiteral("failed"));
    }

    void verifyNamesACorruptBlob()
    {
        const QString blob = blobPath(m_data.path(), m_sha);
        QFile f(blob);
        const QFile::Permissions perms = f.permissions();
        QVERIFY(f.setPermissions(perms | QFile::WriteOwner));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(100));
        char c = 0;
        QVERIFY(f.getChar(&c));
        QVERIFY(f.seek(100));
        QVERIFY(f.putChar(char(c ^ 0x5a)));
        f.close();
        auto r = m_setup->run({QStringLiteral("evidence"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(m_sha) && r.out.contains(QStringLiteral("mismatch")), qPrintable(r.out));
    }

    void verifyNamesAMissingBlob()
    {
        QVERIFY(QFile::remove(blobPath(m_data.path(), m_sha)));
        auto r = m_setup->run({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray issues = r.json().object().value(QStringLiteral("issues")).toArray();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("missing"));
        QCOMPARE(issues.first().toObject().value(QStringLiteral("sha256")).toString(), m_sha);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceCommands)
#include "TestEvidenceCommands.moc"
