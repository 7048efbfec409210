#include "Clock.h"

#include <QTimeZone>

#include <atomic>

namespace psv {

namespace {
std::atomic<const Clock *> installed {nullptr};
}

Clock::Clock() : m_previous(installed.exchange(this)) { }

Clock::~Clock()
{
    installed.store(m_previous);
}

qint64 Clock::nowMs()
{
    const Clock *clock = installed.load();
    return clock ? clock->currentMs() : QDateTime::currentMSecsSinceEpoch();
}

QDateTime Clock::nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::UTC);
}

QDate Clock::today()
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::LocalTime).date();
}

} // namespace psv
