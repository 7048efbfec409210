#pragma once

#include "Clock.h"

#include <atomic>

namespace psv {

// A clock that moves only when told (KeePassXC's MockClock): while one exists, Clock::now…()
// answers its time, on every thread. Tests make one, then advance() it instead of waiting.
class ManualClock final : public Clock
{
public:
    // Starts at start, or at the system time now when start is invalid.
    explicit ManualClock(const QDateTime &start = {});
    ~ManualClock() override;

    void advance(qint64 ms) { m_ms.fetch_add(ms); }
    void set(const QDateTime &time) { m_ms.store(time.toMSecsSinceEpoch()); }

protected:
    qint64 currentMs() const override { return m_ms.load(); }

private:
    std::atomic<qint64> m_ms;
};

} // namespace psv
