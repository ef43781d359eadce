// The kiosks' day counters kept between requests, each event's JSON parsed once into compact
// sums (keys interned), so that the Reach figures of any period are added up from memory.
#pragma once

#include "reach_report.hpp"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace console {

class ReachHistory {
  public:
    // Adds one stats.daily or stats.days event (each once: the caller sees to that); one that
    // is not a day's counters is kept as nothing.
    void add(const receiver::ExportRow& row);

    // The sums of the period (see reach_report).
    ReachReport report(const Period& period) const;

    std::size_t size() const { return days_.size(); }

  private:
    struct Day {
        std::string kiosk_id;
        std::string occurred_on; // the first 10 characters of occurred_at
        std::string day;         // the day the counters are filed under
        MetricSums sums{};
        std::vector<std::pair<std::uint32_t, std::int64_t>> keyed; // (index in keys_, count)
    };

    std::uint32_t key_index(std::size_t metric, const std::string& key);

    std::vector<Day> days_;
    std::vector<std::pair<std::size_t, std::string>> keys_; // (metric, key)
    std::unordered_map<std::string, std::uint32_t> key_of_; // metric "\n" key -> index
};

} // namespace console
