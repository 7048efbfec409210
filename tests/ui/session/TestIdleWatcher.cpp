// The idle watcher on a ManualClock: time moves when the test says so, never by waiting.
#include "IdleWatcher.h"
#include "ManualClock.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace psv;
using namespace psv::ui;

class TestIdleWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // On the system clock: the watcher's own timer fires once the time is up.
    void firesAfterInactivity()
    {
        IdleWatcher watcher;
        QSignalSpy spy(&watcher, &IdleWatcher::idle);
        watcher.setTimeout(150);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
    }

    void firesOnceTheTimeoutHasPassed()
    {
        ManualClock clock;
        IdleWatcher watcher;
        QSignalSpy spy(&watcher, &IdleWatcher::idle);
        watcher.setTimeout(300);
        clock.advance(299);
        watcher.check();
        QCOMPARE(spy.count(), 0);
        clock.advance(1);
        watcher.check();
        QCOMPARE(spy.count(), 1);
        clock.advance(10000);
        watcher.check();
        QCOMPARE(spy.count(), 1); // once, until reset
        watcher.reset();
        clock.advance(300);
        watcher.check();
        QCOMPARE(spy.count(), 2);
    }

    void keyboardInputPostponesIt()
    {
        QLineEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        ManualClock clock;
        IdleWatcher watcher;
        QSignalSpy spy(&watcher, &IdleWatcher::idle);
        watcher.setTimeout(300);
        for (int i = 0; i < 6; ++i) { // 6 x 100 ms of typing: longer than the timeout, never idle
            clock.advance(100);
            QTest::keyClick(&edit, Qt::Key_A);
            watcher.check();
        }
        QCOMPARE(spy.count(), 0);
        clock.advance(299); // since the last key
        watcher.check();
        QCOMPARE(spy.count(), 0);
        clock.advance(1);
        watcher.check();
        QCOMPARE(spy.count(), 1);
    }

    void disabledAndSuspendedNeverFire()
    {
        ManualClock clock;
        IdleWatcher watcher;
        QSignalSpy spy(&watcher, &IdleWatcher::idle);
        watcher.setTimeout(0);
        clock.advance(200);
        watcher.check();
        watcher.setTimeout(100);
        watcher.setSuspended(true);
        clock.advance(300);
        watcher.check();
        QCOMPARE(spy.count(), 0);
        watcher.setSuspended(false); // watching again, from now
        clock.advance(100);
        watcher.check();
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_MAIN(TestIdleWatcher)
#include "TestIdleWatcher.moc"
