#include "InterruptSignals.h"

#include <csignal>

namespace psv {

namespace {

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
std::atomic<std::atomic_bool *> g_flag {nullptr};
std::atomic_bool g_interrupted {false};
struct sigaction g_previous[3];

extern "C" void onInterrupt(int signal)
{
    // Only lock-free atomic stores here: the handler may run in the middle of anything.
    if (g_interrupted.exchange(true)) {
        ::signal(signal, SIG_DFL); // the second one: as if nothing had been installed
        ::raise(signal);
        return;
    }
    if (std::atomic_bool *flag = g_flag.load())
        flag->store(true);
}

} // namespace

InterruptSignals::InterruptSignals(std::atomic_bool *flag)
{
    static_assert(std::atomic_bool::is_always_lock_free);
    g_interrupted.store(false);
    g_flag.store(flag);
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < 3; ++i)
        ::sigaction(kSignals[i], &action, &g_previous[i]);
}

InterruptSignals::~InterruptSignals()
{
    for (int i = 0; i < 3; ++i)
        ::sigaction(kSignals[i], &g_previous[i], nullptr);
    g_flag.store(nullptr);
}

bool InterruptSignals::interrupted()
{
    return g_interrupted.load();
}

} // namespace psv
