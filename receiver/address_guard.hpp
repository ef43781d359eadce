// Backing off an address that keeps failing (docs/receiver.md, "Hardening"): after `failures`
// refused tokens within `window`, every request from that address is answered 429 at once,
// without its body being read, for `pause`; the log says so once per pause, not once a request.
// Thread-safe; remembers at most `kMaxAddresses` addresses (the oldest are forgotten first).
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <mutex>
#include <string>

namespace receiver {

struct AddressLimits {
    int failures = 20;
    std::chrono::seconds window{60};
    std::chrono::seconds pause{60};
};

class AddressGuard {
  public:
    using Clock = std::chrono::steady_clock;
    using Limits = AddressLimits;
    static constexpr std::size_t kMaxAddresses = 10000;

    explicit AddressGuard(Limits limits = {}) : limits_(limits) {}

    // Whole seconds `address` must still wait (at least 1), or 0 when it may go on.
    int paused_for(const std::string& address, Clock::time_point now);
    // A refused token from `address`; true when this one starts a pause.
    bool record_failure(const std::string& address, Clock::time_point now);
    const Limits& limits() const { return limits_; }

  private:
    struct Entry {
        Clock::time_point window_start{};
        int failures = 0;
        Clock::time_point paused_until{};
        Clock::time_point last_seen{};
    };
    void forget_oldest();

    Limits limits_;
    std::mutex mutex_;
    std::map<std::string, Entry> entries_;
};

} // namespace receiver
