// Slows down PIN guessing: after 3 wrong PINs in a row the pad locks for 30 s, and each
// further wrong PIN doubles the lock, up to 15 minutes. Time is passed in (tests inject it).
#pragma once

#include "idle_policy.hpp"

namespace kiosk {

class PinLockout {
  public:
    bool locked(SteadyTime now) const { return now < locked_until_; }
    int seconds_left(SteadyTime now) const;
    SteadyTime locked_until() const { return locked_until_; }
    int failures() const { return failures_; }

    void record_failure(SteadyTime now);
    void record_success() { failures_ = 0; }

    static constexpr int kFreeAttempts = 3;
    static constexpr Seconds kFirstLock{30};
    static constexpr Seconds kMaxLock{15 * 60};

  private:
    int failures_ = 0;
    SteadyTime locked_until_{};
};

} // namespace kiosk
