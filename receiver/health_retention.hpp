// Kiosk health reports are kept 30 days, then forgotten (docs/upload-protocol.md, "kiosk.health").
// The receiver tidies after an upload, at most once an hour, and never fails the upload for it.
#pragma once

#include "event_store.hpp"

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>

namespace receiver {

inline constexpr const char* kHealthEventType = "kiosk.health";
inline constexpr std::int64_t kHealthKeptDays = 30;

class HealthRetention {
  public:
    explicit HealthRetention(EventStore& store) : store_(store) {}

    // Forgets health events that occurred over 30 days before now_unix, when an hour has passed
    // since the last time (the first call after start always). Logs how many, and a failure.
    void tidy(std::int64_t now_unix);

  private:
    EventStore& store_;
    std::mutex mutex_;
    std::optional<std::chrono::steady_clock::time_point> last_;
};

} // namespace receiver
