// Reach statistics in memory: anonymous per-day counters waiting to be written to the store.
// Only aggregated counts: never a per-visit record, never a time finer than the local day,
// never anything a visitor typed.
#pragma once

#include "common/time_zone.hpp"

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace kiosk {

// How much one counter grew: day is a local date "YYYY-MM-DD", metric one of the known
// metrics, key what was counted ("" for "visit").
struct CounterDelta {
    std::string day;
    std::string metric;
    std::string key;
    std::int64_t count = 0;
};

// The fixed metric vocabulary: "visit", "language", "topic", "substance", "mix", "referral",
// "qr", "emergency", "listen" (read aloud switched on; key: the language), "alert" (an alert
// listed on the Alerts screen; key: its id).
bool is_known_metric(const std::string& metric);

// True for "YYYY-MM-DD" with month 01-12 and day 01-31.
bool is_day(const std::string& day);

// The key stored for a mix of two substances: the ids sorted and joined with '+', so
// mix_key("b", "a") == mix_key("a", "b") == "a+b".
std::string mix_key(const std::string& a, const std::string& b);

// Checks a key for a metric and returns the form that is counted, or "" when it is refused.
// "visit" takes only ""; "emergency" takes "" or an id; the others need an id: 1-64 of
// a-z A-Z 0-9 '_' '-' '.'. A "mix" key is two or more ids joined by '+', returned sorted.
// (Refusing anything else keeps free text out of the counters.)
bool normalise_key(const std::string& metric, const std::string& key, std::string& out);

// The calendar date of time in the kiosk's time zone, as "YYYY-MM-DD".
std::string local_day(const TimeZone& zone, std::chrono::system_clock::time_point time);

// Pending increments, summed per (day, metric, key). Not thread-safe: used by the UI thread.
class ReachCounters {
  public:
    // The day of counts made while the clock cannot be trusted yet (docs/architecture.md,
    // "Device"): they wait in memory until date_unknown_day() files them.
    static constexpr const char* kUnknownDay = "unknown";

    // Adds one to (day, metric, key). Returns false and counts nothing when the day is not
    // "YYYY-MM-DD" or kUnknownDay, the metric is unknown, or the key is refused (see
    // normalise_key).
    bool count(const std::string& day, const std::string& metric, const std::string& key = "");
    // Files the counts of kUnknownDay under `day` (the day the clock became trusted).
    void date_unknown_day(const std::string& day);

    bool empty() const { return pending_.empty(); }

    // The pending increments with a known day, sorted by day, metric and key; afterwards
    // only the counts of kUnknownDay are pending.
    std::vector<CounterDelta> take();

  private:
    std::map<std::tuple<std::string, std::string, std::string>, std::int64_t> pending_;
};

} // namespace kiosk
