// The hourly upkeep of the store, run on the background worker with a database connection of
// its own, so the UI thread never waits for it: the reach counts of the past hour are
// written and every finished day becomes one stats.daily event; old group data is deleted
// as the retention settings say (docs/privacy.md); delivered events are pruned.
#pragma once

#include "core/reach_counters.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kiosk::services {

struct MaintenanceOrder {
    std::vector<CounterDelta> counts; // taken from the model's counters
    std::string today;                // local YYYY-MM-DD (the clock is trusted)
    std::string now_utc;              // RFC 3339
    std::string kiosk_id;
    int keep_days = 0;
    int interest_keep_days = 0;
    // With uploads, data goes only once the server has it, and delivered events are pruned
    // after keep_days; without, retention does not wait for a delivery that never comes.
    bool uploading = false;
    std::string prune_before_utc; // RFC 3339; used when uploading
};

class Maintenance {
  public:
    // db_file: the kiosk's database file; "" (in memory) makes run() a no-op.
    explicit Maintenance(std::string db_file) : file_(std::move(db_file)) {}
    // On the worker only. Every failure is logged; counts are statistics and may be lost,
    // nothing else is touched by a failing step. True when a day was closed (a new event).
    bool run(const MaintenanceOrder& order);

  private:
    std::string file_;
    std::optional<store::Database> db_; // opened on first use, on the worker
};

} // namespace kiosk::services
