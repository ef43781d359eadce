// Clean shutdown on SIGTERM / SIGINT: a thread waits for them with sigwait (no signal handler,
// so nothing async-signal-unsafe runs) and then stops the server.
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace receiver {

// Blocks SIGTERM and SIGINT in the calling thread and every thread it starts later. Call it
// first in main, before any other thread exists.
void block_stop_signals();

class SignalStopper {
  public:
    // try_stop is called after a signal until it returns true (it returns false while the
    // server is not running yet, so a signal during start-up is not lost).
    explicit SignalStopper(std::function<bool()> try_stop);
    // Ends the waiting thread, with or without a signal, and joins it.
    ~SignalStopper();
    SignalStopper(const SignalStopper&) = delete;
    SignalStopper& operator=(const SignalStopper&) = delete;

    // The signal that stopped the server, or 0.
    int received() const { return received_; }

  private:
    void wait_for_signal();

    std::function<bool()> try_stop_;
    std::atomic<bool> finishing_{false};
    std::atomic<int> received_{0};
    std::mutex mutex_;
    std::condition_variable wake_;
    std::thread thread_;
};

} // namespace receiver
