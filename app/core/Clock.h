#pragma once

#include <QDate>
#include <QDateTime>

namespace psv {

// What time it is, for code that stamps or measures time: production code asks Clock::nowMs() /
// nowUtc() instead of QDateTime directly, so that a test can install a ManualClock and move time
// by hand instead of waiting for it. Without one installed, it is the system clock.
class Clock
{
public:
    static qint64 nowMs(); // milliseconds since the epoch, UTC
    static QDateTime nowUtc(); // to the millisecond
    static QDate today(); // the local date

    Clock(const Clock &) = delete;
    Clock &operator=(const Clock &) = delete;

protected:
    Clock(); // installs this clock until it is destroyed (then the previous one is back)
    virtual ~Clock();
    virtual qint64 currentMs() const = 0;

private:
    const Clock *m_previous = nullptr;
};

} // namespace psv
