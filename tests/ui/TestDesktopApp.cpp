// Starts the real psv-inspector binary (offscreen) in screenshot mode: the main window comes up,
// is grabbed and the process exits 0 — the path `packaging/dev run --screenshot` uses.
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        QProcess p;
        p.start(QStringLiteral(PSV_BIN_DIR "/psv-inspector"),
            {QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")), QStringLiteral("--screenshot"), png,
                QStringLiteral("--page"), page});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 640 && image.height() >= 400);
        // Not a blank picture: more than a handful of distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
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
