#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace psv::ui {

// Watches the whole application's keyboard and mouse input and emits idle() once no input has
// arrived for the configured time (ScreenLock then locks the window). Installed as an
// application event filter; setTimeout(0) disables it.
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

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();

    QTimer m_timer;
    int m_timeoutMs = 0;
    bool m_suspended = false;
};

} // namespace psv::ui
