#include "ManualClock.h"

namespace psv {

ManualClock::ManualClock(const QDateTime &start)
    : m_ms(start.isValid() ? start.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch())
{
}

ManualClock::~ManualClock() = default;

} // namespace psv
