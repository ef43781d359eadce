// Turns SIGTERM and SIGINT (systemd stop, Ctrl+C) into a clean stop of the frame loop:
// a watcher thread waits for the signal with sigwait() and wakes the loop through
// glfwPostEmptyEvent(), so the database is closed properly and nothing half-written stays.
//
// Implements: clean stop on SIGTERM/SIGINT. Does not implement: reload on SIGHUP.
#pragma once

#include <atomic>
#include <functional>
#include <thread>

namespace kiosk::platform {

class StopSignals {
  public:
    // Blocks the signals in this (main) thread; call before starting any other thread.
    explicit StopSignals(std::function<void()> wake);
    ~StopSignals();
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

    bool stop_requested() const { return requested_.load(); }

  private:
    std::atomic<bool> requested_{false};
    std::atomic<bool> closing_{false};
    std::thread watcher_;
};

} // namespace kiosk::platform
