// When the uploader tries next, given what happened so far: right away while there is more
// to send, a short pause after events are recorded (so a burst goes in one batch), full-jitter
// back-off after failures, Retry-After when the server is busy, a slow pace while the server
// refuses the kiosk's credentials. "Send now" and a returning network cut any wait short.
#pragma once

#include "sync/uploader.hpp"

#include <chrono>
#include <functional>

namespace kiosk::sync {

class UploadSchedule {
  public:
    using Clock = std::chrono::steady_clock;
    using TimePoint = Clock::time_point;

    // How long recorded events wait to be joined by others before an attempt.
    static constexpr std::chrono::seconds kGatherTime{2};
    // With nothing queued, the uploader still looks now and then (events recorded by
    // another process, or a missed wake-up).
    static constexpr std::chrono::minutes kIdleLook{15};

    // `unit_random` returns uniform numbers in [0, 1) for the jitter.
    UploadSchedule(TimePoint now, std::function<double()> unit_random);

    TimePoint next_attempt() const { return next_; }
    bool due(TimePoint now) const { return now >= next_; }
    int failures_in_a_row() const { return failures_; }
    bool refused() const { return refused_; }

    void after(const AttemptReport& report, TimePoint now);
    void events_recorded(TimePoint now);
    void send_now(TimePoint now);
    void network_changed(TimePoint now);

  private:
    std::function<double()> random_;
    TimePoint next_;
    int failures_ = 0;
    bool refused_ = false;
    bool told_to_wait_ = false; // a Retry-After wait is running
    bool unreachable_ = false;  // the last attempt got no answer (offline, time-out, TLS)
};

} // namespace kiosk::sync
