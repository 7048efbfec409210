// Ctrl+C, SIGTERM or SIGHUP during a long import only set the cancel flag, so that the work stops
// at its next check and cleans up; the handlers before are restored afterwards.
#include "InterruptSignals.h"

#include <QTest>

#include <csignal>

using namespace psv;

namespace {
volatile std::sig_atomic_t g_previousHandlerRan = 0;
extern "C" void previousHandler(int)
{
    g_previousHandlerRan = 1;
}
} // namespace

class TestInterruptSignals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSignalSetsTheFlagAndTheProcessGoesOn_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGINT") << SIGINT;
        QTest::newRow("SIGTERM") << SIGTERM;
        QTest::newRow("SIGHUP") << SIGHUP;
    }
    void aSignalSetsTheFlagAndTheProcessGoesOn()
    {
        QFETCH(int, signal);
        ::signal(signal, previousHandler);
        g_previousHandlerRan = 0;
        std::atomic_bool cancel {false};
        {
            InterruptSignals guard(&cancel);
            QVERIFY(!InterruptSignals::interrupted());
            QCOMPARE(::raise(signal), 0);
            QVERIFY(cancel.load());
            QVERIFY(InterruptSignals::interrupted());
            QCOMPARE(int(g_previousHandlerRan), 0);
        }
        // Restored: the handler that was there before gets the next one.
        QCOMPARE(::raise(signal), 0);
        QCOMPARE(int(g_previousHandlerRan), 1);
        ::signal(signal, SIG_DFL);
    }

    void aGuardStartsUninterrupted()
    {
        std::atomic_bool cancel {false};
        InterruptSignals guard(&cancel);
        QVERIFY(!InterruptSignals::interrupted());
        QVERIFY(!cancel.load());
    }
};

QTEST_GUILESS_MAIN(TestInterruptSignals)
#include "TestInterruptSignals.moc"
