// Event types the receiver keeps for a limited time, then forgets: kiosk health reports after
// 30 days (docs/upload-protocol.md, "kiosk.health"), and peer field worker interest forms,
// which may carry a contact, after the days the kiosk's consent text promises
// (interest_kept_days, docs/receiver.md). The receiver tidies after an upload, at most once an
// hour, and never fails the upload for it.
#pragma once

#include "event_store.hpp"

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace receiver {

inline constexpr const char* kHealthEventType = "kiosk.health";
inline constexpr std::int64_t kHealthKeptDays = 30;
inline constexpr const char* kInterestEventType = "interest.submitted";

struct KeptFor {
    std::string type;
    std::int64_t days = 0; // forgotten once they occurred more than this many days ago
};

// What is forgotten when: health reports, and interest forms after interest_kept_days.
std::vector<KeptFor> kept_types(std::int64_t interest_kept_days);

class EventRetention {
  public:
    EventRetention(EventStore& store, std::vector<KeptFor> kept)
        : store_(store), kept_(std::move(kept)) {}

    // Forgets the events of each kept type that occurred too long before now_unix, when an hour
    // has passed since the last time (the first call after start always). Logs how many of
    // each type (never what they held), and a failure.
    void tidy(std::int64_t now_unix);

  private:
    EventStore& store_;
    std::vector<KeptFor> kept_;
    std::mutex mutex_;
    std::optional<std::chrono::steady_clock::time_point> last_;
};

} // namespace receiver
