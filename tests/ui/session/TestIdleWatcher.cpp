#include "IdleWatcher.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace psv::ui;

class TestIdleWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firesAfterInactivity()
    {
        IdleWatcher watcher;
        QSignalSpy spy(&watcher, &IdleWatcher::idle);
        watcher.setTimeout(150);
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.count(), 1);
    }

    void keyboardInputPostponesIt()
    {
        QLineEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        IdleWatcher watcher;
        QSignalSpy spy(&watcher, &IdleWatcher::idle);
        watcher.setTimeout(300);
        for (int i = 0; i < 6; ++i) { // 6 x 100 ms of typing: longer than the timeout, never idle
            QTest::qWait(100);
            QTest::keyClick(&edit, Qt::Key_A);
        }
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(2000));
    }

    void disabledAndSuspendedNeverFire()
    {
        IdleWatcher watcher;
        QSignalSpy spy(&watcher, &IdleWatcher::idle);
        watcher.setTimeout(0);
        QTest::qWait(200);
        watcher.setTimeout(100);
        watcher.setSuspended(true);
        QTest::qWait(300);
        QCOMPARE(spy.count(), 0);
    }
};

QTEST_MAIN(TestIdleWatcher)
#include "TestIdleWatcher.moc"
