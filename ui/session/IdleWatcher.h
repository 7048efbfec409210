#pragma once

#include <QObject>
#include <QTimer>

namespace psv::ui {

// Watches the whole application's keyboard and mouse input and emits idle() once no input has
// arrived for the configured time (the screen lock). Installed as an application event filter;
// setTimeout(0) disables it. Time is Clock's: input notes when it came, and a timer calls check()
// when the time may be up (a test with a ManualClock calls check() itself after advancing it).
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }
    void reset(); // counts as activity
    void setSuspended(bool suspended); // e.g. while the lock screen itself is shown
    // Emits idle() (once, until reset() or setTimeout()) when the timeout has passed since the
    // last input; otherwise waits for the rest of it.
    void check();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();

    QTimer m_timer;
    int m_timeoutMs = 0;
    bool m_suspended = false;
    bool m_armed = false; // watching: enabled, not suspended, idle() not emitted yet
    qint64 m_lastInputMs = 0; // Clock::nowMs() of the last input (or restart)
};

} // namespace psv::ui
