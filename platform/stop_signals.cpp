// sigwait-based signal watcher.
#include "stop_signals.hpp"

#include <csignal>
#include <pthread.h>

namespace kiosk::platform {

namespace {
sigset_t stop_set() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGUSR1); // used only to end the watcher at shutdown
    return set;
}
} // namespace

StopSignals::StopSignals(std::function<void()> wake) {
    const sigset_t set = stop_set();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    watcher_ = std::thread([this, wake = std::move(wake)] {
        const sigset_t waited = stop_set();
        int sig = 0;
        while (sigwait(&waited, &sig) == 0) {
            if (closing_.load())
                return;
            if (sig == SIGTERM || sig == SIGINT) {
                requested_.store(true);
                wake();
            }
        }
    });
}

StopSignals::~StopSignals() {
    closing_.store(true);
    pthread_kill(watcher_.native_handle(), SIGUSR1);
    watcher_.join();
}

} // namespace kiosk::platform
