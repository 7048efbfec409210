#include "HybridLogicalClock.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace psv {

HybridLogicalClock::HybridLogicalClock(QString deviceId, PhysicalClock physical, HlcTimestamp last)
    : m_deviceId(std::move(deviceId)),
      m_physical(physical ? std::move(physical) : PhysicalClock([] { return QDateTime::currentMSecsSinceEpoch(); })),
      m_last(std::move(last))
{
}

HlcTimestamp HybridLogicalClock::stamp(qint64 wall, qint64 counter)
{
    // The counter has 5 digits; in the (practically impossible) case of 100,000 events within
    // one millisecond the logical part borrows a millisecond, which keeps the order.
    if (counter > HlcTimestamp::MaxCounter) {
        wall += 1;
        counter = 0;
    }
    m_last.wallMs = std::min(wall, HlcTimestamp::MaxWallMs);
    m_last.counter = int(counter);
    m_last.deviceId = m_deviceId;
    return m_last;
}

HlcTimestamp HybridLogicalClock::now()
{
    const qint64 pt = m_physical();
    if (pt > m_last.wallMs)
        return stamp(pt, 0);
    return stamp(m_last.wallMs, qint64(m_last.counter) + 1);
}

Result<HlcTimestamp> HybridLogicalClock::receive(const HlcTimestamp &remote)
{
    const qint64 pt = m_physical();
    if (remote.wallMs - pt > m_maxDriftMs)
        return makeError(QCoreApplication::translate("HybridLogicalClock",
                             "The time stamp %1 from device %2 is %3 minutes ahead of this computer's clock (at most "
                             "%4 minutes are accepted). Check the date and time on both computers.")
                             .arg(remote.toString(), remote.deviceId)
                             .arg((remote.wallMs - pt) / 60000)
                             .arg(m_maxDriftMs / 60000),
            remote.toString());
    const qint64 wall = std::max({m_last.wallMs, remote.wallMs, pt});
    qint64 counter = 0;
    if (wall == m_last.wallMs && wall == remote.wallMs)
        counter = qint64(std::max(m_last.counter, remote.counter)) + 1;
    else if (wall == m_last.wallMs)
        counter = qint64(m_last.counter) + 1;
    else if (wall == remote.wallMs)
        counter = qint64(remote.counter) + 1;
    return stamp(wall, counter);
}

} // namespace psv
