#pragma once

#include <atomic>

namespace psv {

// While one lives, SIGINT, SIGTERM and SIGHUP (Ctrl+C, a shutdown, a closed terminal) only set the
// given flag, so that long work (an evidence or bundle import) stops at its next check and removes
// its temp files on the way out instead of leaving them for the next start. A second such signal
// ends the process as it would have without this. One at a time; the previous handlers come back
// when it is destroyed. (A SIGKILL or a power cut cannot be caught: the store's next open removes
// what is left in its temp directory.)
class InterruptSignals
{
public:
    explicit InterruptSignals(std::atomic_bool *flag);
    ~InterruptSignals();
    InterruptSignals(const InterruptSignals &) = delete;
    InterruptSignals &operator=(const InterruptSignals &) = delete;

    static bool interrupted(); // a signal arrived while one lived
};

} // namespace psv
