#pragma once

#include "HlcTimestamp.h"
#include "Result.h"

#include <functional>

namespace psv {

// Hybrid logical clock (Kulkarni et al., "Logical Physical Clocks", 2014): stamps that follow
// the wall clock when it is sane, never go backwards when it is not, and always order a received
// event after its cause. The store stamps every change (and every changed field of unit and site
// records) with now(); importing a bundle feeds every remote stamp through receive().
//
// The clock is not thread-safe; the store owns one per device and persists last() so that a
// restart (or a clock set back by hand) never reissues a stamp.
class HybridLogicalClock
{
public:
    using PhysicalClock = std::function<qint64()>; // milliseconds since the epoch, UTC

    // physical defaults to QDateTime::currentMSecsSinceEpoch; last is the persisted state.
    explicit HybridLogicalClock(QString deviceId, PhysicalClock physical = {}, HlcTimestamp last = {});

    // A local event or a send: a stamp greater than every stamp issued or received before.
    HlcTimestamp now();
    // A received stamp: advances the clock past it. Refuses (and changes nothing) when the remote
    // stamp is more than maxDriftMs ahead of this device's physical clock — a peer with a clock
    // set years ahead must not drag every later stamp with it.
    Result<HlcTimestamp> receive(const HlcTimestamp &remote);

    HlcTimestamp last() const { return m_last; }
    QString deviceId() const { return m_deviceId; }
    void setMaxDriftMs(qint64 ms) { m_maxDriftMs = ms; }
    qint64 maxDriftMs() const { return m_maxDriftMs; }

private:
    HlcTimestamp stamp(qint64 wall, qint64 counter);

    QString m_deviceId;
    PhysicalClock m_physical;
    HlcTimestamp m_last;
    qint64 m_maxDriftMs = 24LL * 3600 * 1000;
};

} // namespace psv
