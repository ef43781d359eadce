// The sigwait thread behind SignalStopper.
#include "shutdown.hpp"

#include <pthread.h>
#include <signal.h>

#include <chrono>

namespace receiver {

namespace {

sigset_t stop_signals() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    return set;
}

} // namespace

void block_stop_signals() {
    const sigset_t set = stop_signals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

SignalStopper::SignalStopper(std::function<bool()> try_stop)
    : try_stop_(std::move(try_stop)), thread_([this] { wait_for_signal(); }) {}

SignalStopper::~SignalStopper() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        finishing_ = true;
    }
    wake_.notify_all();
    if (received_ == 0) {
        // Still in sigwait: a SIGTERM aimed at that thread alone wakes it.
        pthread_kill(thread_.native_handle(), SIGTERM);
    }
    thread_.join();
}

void SignalStopper::wait_for_signal() {
    const sigset_t set = stop_signals();
    int signal = 0;
    if (sigwait(&set, &signal) != 0 || finishing_) {
        return;
    }
    received_ = signal;
    std::unique_lock<std::mutex> lock(mutex_);
    while (!finishing_ && !try_stop_()) {
        wake_.wait_for(lock, std::chrono::milliseconds(20));
    }
}

} // namespace receiver
