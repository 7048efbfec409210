// Starts the real psv-inspector binary (offscreen) in screenshot mode: the main window (signed in
// with --sign-in), the walkthrough of an inspection (--inspection, --item) or a dialog over it
// (--dialog), or the sign-in / first-run dialog comes up, is grabbed and the process exits 0 — the
// path `packaging/dev run --screenshot` uses. Officers and inspections are recorded with the real
// psvctl.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// Runs the real psvctl on dataDir; its standard output, or a null array when it failed.
QByteArray psvctl(const QString &dataDir, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PSV_BIN_DIR "/psvctl"), QStringList {QStringLiteral("--data-dir"), dataDir} + args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << args << p.readAllStandardError();
        return {};
    }
    return p.readAllStandardOutput();
}

// The sample data (psvctl demo) and a draft inspection of its first video system with item 2
// non-compliant, as the README's screenshots are made; the inspection's number.
QString sampleInspection(const QString &dataDir)
{
    if (psvctl(dataDir, {QStringLiteral("demo")}).isNull())
        return {};
    const QJsonArray sites = QJsonDocument::fromJson(
        psvctl(dataDir, {QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("list")}))
                                 .array();
    if (sites.isEmpty())
        return {};
    const QString number
        = QString::fromUtf8(psvctl(dataDir,
                                {QStringLiteral("inspection"), QStringLiteral("new"), QStringLiteral("--site"),
                                    sites.first()[QStringLiteral("id")].toString(), QStringLiteral("--inspector"),
                                    QStringLiteral("900001"), QStringLiteral("--inspector"), QStringLiteral("900002")}))
              .trimmed();
    if (number.isEmpty()
        || psvctl(dataDir,
            {QStringLiteral("inspection"), QStringLiteral("set-item"), number, QStringLiteral("2"),
                QStringLiteral("--status"), QStringLiteral("non-compliant"), QStringLiteral("--observation"),
                QStringLiteral("未设置提示标识")})
            .isNull())
        return {};
    return number;
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

    void screenshotOfTheWalkthroughAndItsDialogs()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString number = sampleInspection(data);
        QVERIFY(!number.isEmpty());
        const auto shoot = [&](const QString &name, const QStringList &extra) {
            const QString png = dir.filePath(name + QStringLiteral(".png"));
            const Run r = runApp(
                QStringList {QStringLiteral("--data-dir"), data, QStringLiteral("--screenshot"), png,
                    QStringLiteral("--sign-in"), QStringLiteral("900001"), QStringLiteral("--inspection"), number}
                + extra);
            if (r.exitCode != 0)
                qWarning() << name << r.err;
            return QImage(png);
        };
        const QImage walkthrough
            = shoot(QStringLiteral("walkthrough"), {QStringLiteral("--item"), QStringLiteral("2")});
        QVERIFY(!walkthrough.isNull());
        QVERIFY(walkthrough.width() >= 640 && walkthrough.height() >= 450);
        QVERIFY(colours(walkthrough) > 8);
        // The dialogs' pictures are of the dialog alone, not of the window under it.
        for (const QString &dialog : {QStringLiteral("outcome"), QStringLiteral("completion")}) {
            const QImage image = shoot(dialog, {QStringLiteral("--dialog"), dialog});
            QVERIFY2(!image.isNull(), qPrintable(dialog));
            QVERIFY2(image.size() != walkthrough.size(), qPrintable(dialog));
            QVERIFY2(colours(image) > 8, qPrintable(dialog));
        }
    }

    void walkthroughOptionsAreChecked_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown item") << QStringList {QStringLiteral("--item"), QStringLiteral("99")}
                                      << QByteArray("no checklist item '99'");
        QTest::newRow("unknown dialog") << QStringList {QStringLiteral("--dialog"), QStringLiteral("nowhere")}
                                        << QByteArray("unknown dialog 'nowhere'");
    }

    void walkthroughOptionsAreChecked()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString number = sampleInspection(data);
        QVERIFY(!number.isEmpty());
        const Run r = runApp(QStringList {QStringLiteral("--data-dir"), data, QStringLiteral("--sign-in"),
                                 QStringLiteral("900001"), QStringLiteral("--inspection"), number}
            + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        // Neither is a usage error without a number that exists.
        const Run unknown = runApp({QStringLiteral("--data-dir"), data, QStringLiteral("--sign-in"),
            QStringLiteral("900001"), QStringLiteral("--inspection"), QStringLiteral("0000-2026-999999")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("--inspection 0000-2026-999999"), unknown.err.constData());
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
