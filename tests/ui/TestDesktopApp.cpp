// Starts the real psv-inspector binary (offscreen) in screenshot mode: the main window (signed in
// with --sign-in) or the sign-in / first-run dialog comes up, is grabbed and the process exits 0 —
// the path `packaging/dev run --screenshot` uses. Officers are recorded with the real psvctl.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Records an officer through the real psvctl; secret empty: none.
bool addOfficer(const QString &dataDir, const QString &policeNumber, const QByteArray &secret = {})
{
    if (!QDir().mkpath(dataDir))
        return false;
    QProcess p;
    QStringList args {QStringLiteral("--data-dir"), dataDir, QStringLiteral("officer"), QStringLiteral("add"),
        QStringLiteral("--name"), QStringLiteral("张三"), QStringLiteral("--police-number"), policeNumber,
        QStringLiteral("--role"), QStringLiteral("station")};
    if (!secret.isEmpty())
        args << QStringLiteral("--secret-stdin");
    p.start(QStringLiteral(PSV_BIN_DIR "/psvctl"), args);
    if (!secret.isEmpty())
        p.write(secret + '\n');
    p.closeWriteChannel();
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

struct Run
{
    int exitCode = -1;
    QByteArray err;
};

Run runApp(const QStringList &args, const QByteArray &secret = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PSV_SECRET"));
    if (!secret.isEmpty())
        env.insert(QStringLiteral("PSV_SECRET"), QString::fromUtf8(secret));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PSV_BIN_DIR "/psv-inspector"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return {p.exitCode(), p.readAllStandardError()};
}

// Not a blank picture: more than a handful of distinct colours.
int colours(const QImage &image)
{
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            seen.insert(image.pixel(x, y));
    return int(seen.size());
}

} // namespace

class TestDesktopApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void screenshotOfEachPage_data()
    {
        QTest::addColumn<QString>("page");
        for (const char *p : {"dashboard", "inspections", "sites", "reinspections", "evidence", "sync"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }

    void screenshotOfEachPage()
    {
        QFETCH(QString, page);
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(addOfficer(data, QStringLiteral("012345")));
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        const Run r = runApp({QStringLiteral("--data-dir"), data, QStringLiteral("--screenshot"), png,
            QStringLiteral("--page"), page, QStringLiteral("--sign-in"), QStringLiteral("012345")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 640 && image.height() >= 400);
        QVERIFY2(colours(image) > 8, qPrintable(QString::number(colours(image))));
    }

    void screenshotOfTheSignInDialog()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(addOfficer(data, QStringLiteral("012345"), "a-long-secret"));
        const QString png = dir.filePath(QStringLiteral("signin.png"));
        const Run r = runApp({QStringLiteral("--data-dir"), data, QStringLiteral("--screenshot"), png});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QImage image(png);
        QVERIFY(!image.isNull());
        // The dialog, not the main window: smaller than the 1200×720 window.
        QVERIFY2(image.width() >= 300 && image.width() < 1000, qPrintable(QString::number(image.width())));
        QVERIFY(colours(image) > 8);
    }

    void screenshotOfTheFirstRun()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("first.png"));
        const Run r = runApp(
            {QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")), QStringLiteral("--screenshot"), png});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.height() > image.width() / 4);
        QVERIFY(colours(image) > 8);
    }

    void signInWithTheSecretFromTheEnvironment()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(addOfficer(data, QStringLiteral("012345"), "a-long-secret"));
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        const QStringList args {QStringLiteral("--data-dir"), data, QStringLiteral("--screenshot"), png,
            QStringLiteral("--sign-in"), QStringLiteral("012345")};
        Run r = runApp(args, "wrong-secret");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--sign-in 012345"), r.err.constData());
        QVERIFY(!QFile::exists(png));
        r = runApp(args, "a-long-secret");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(png));
        // Both attempts are in the audit log, and the sign-out when the app ended.
        QProcess sq;
        sq.start(QStringLiteral("sqlite3"),
            {QDir(data).filePath(QStringLiteral("psv.sqlite")),
                QStringLiteral("SELECT action FROM audit_log WHERE action LIKE 'session.%' ORDER BY seq")});
        QVERIFY(sq.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(sq.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts),
            QStringList({QStringLiteral("session.sign-in-failed"), QStringLiteral("session.sign-in"),
                QStringLiteral("session.sign-out")}));
    }

    void unknownPageIsAUsageError()
    {
        QTemporaryDir dir;
        QProcess p;
        p.start(QStringLiteral(PSV_BIN_DIR "/psv-inspector"),
            {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--page"), QStringLiteral("nowhere")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("unknown page 'nowhere'"));
    }
};

QTEST_GUILESS_MAIN(TestDesktopApp)
#include "TestDesktopApp.moc"
