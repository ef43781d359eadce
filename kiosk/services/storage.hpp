// The app's link to the database: opens (or recovers) it at start and reads what the staff
// page shows. If storage cannot work at all the kiosk still runs on an in-memory database
// and tells staff that nothing is saved.
#pragma once

#include "core/kiosk_model.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kiosk::services {

// What the staff page shows about the kiosk: notices and its status.
struct StaffPageData {
    std::vector<StaffNoticeView> notices;
    KioskStatus status;
};

class Storage {
  public:
    explicit Storage(const std::string& data_dir);

    // `content_problems` are shown to staff with the kiosk's status.
    StaffPageData staff_page(const std::string& version,
                             const std::vector<std::string>& content_problems);
    void acknowledge(std::int64_t notice_id);
    bool ok() const { return ok_; }
    store::Database& db() { return *db_; }
    // The database file; "" when it is in memory (nothing is saved).
    const std::string& file() const { return file_; }
    const std::string& path() const { return path_; }

  private:
    std::optional<store::Database> db_;
    std::string path_; // shown to staff
    std::string file_;
    bool ok_ = false;
};

} // namespace kiosk::services
