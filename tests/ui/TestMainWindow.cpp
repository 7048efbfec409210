// GUI smoke test: the real main window, headless.
#include "AppSession.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Translator.h"

#include <QListWidget>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;
using namespace psv::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void navigatesAllPages()
    {
        QTemporaryDir dir;
        Settings settings(dir.path());
        auto session = AppSession::open(dir.path(), settings);
        QVERIFY(session);
        MainWindow window(*session.value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QCOMPARE(nav->count(), 6);
        for (int i = 0; i < nav->count(); ++i) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(int(window.currentPage()), i);
        }
    }

    void chineseIsTheDefault()
    {
        QVERIFY(Translator::install(Settings::defaultValue(Settings::Key::UiLanguage).toString()));
        QTemporaryDir dir;
        Settings settings(dir.path());
        auto session = AppSession::open(dir.path(), settings);
        QVERIFY(session);
        MainWindow window(*session.value());
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(0)->text(), QStringLiteral("工作台"));
        Translator::install(QStringLiteral("en"));
    }

    void geometryIsRemembered()
    {
        QTemporaryDir dir;
        {
            Settings settings(dir.path());
            auto session = AppSession::open(dir.path(), settings);
            QVERIFY(session);
            MainWindow window(*session.value());
            window.show();
            window.resize(700, 500); // the offscreen screen is 800x600
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        Settings settings(dir.path());
        auto session = AppSession::open(dir.path(), settings);
        QVERIFY(session);
        MainWindow window(*session.value());
        QCOMPARE(window.size(), QSize(700, 500));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
