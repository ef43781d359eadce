// The app's link to the database: opens (or recovers) it at start, keeps the model's
// staff notices and status up to date. If storage cannot work at all the kiosk still
// runs on an in-memory database and tells staff that nothing is saved.
#pragma once

#include "core/kiosk_model.hpp"
#include "core/reach_counters.hpp"
#include "store/database.hpp"

#include <chrono>
#include <optional>
#include <string>

namespace kiosk::app {

class Storage {
  public:
    explicit Storage(const std::string& data_dir);

    // `content_problems` are shown to staff with the kiosk's status.
    void refresh(KioskModel& model, const std::string& version,
                 const std::vector<std::string>& content_problems);
    void acknowledge(std::int64_t notice_id);
    // Deletes outbox events the server confirmed before `before` (they are on the server).
    void prune_delivered(std::chrono::system_clock::time_point before);
    // Stores the pending reach counts and turns every finished day into one outbox event.
    void flush_reach(ReachCounters& counters, const std::string& today,
                     const std::string& kiosk_id);
    bool ok() const { return ok_; }
    store::Database& db() { return *db_; }
    const std::string& path() const { return path_; }

  private:
    std::optional<store::Database> db_;
    std::string path_;
    bool ok_ = false;
};

} // namespace kiosk::app
