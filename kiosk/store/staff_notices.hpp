// Staff notices: messages for the staff screen (e.g. "the database was recovered") until a
// staff member acknowledges them.
#pragma once

#include "store/database.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace kiosk::store {

struct StaffNotice {
    std::int64_t id = 0;
    std::string created_at; // RFC 3339 UTC
    std::string kind;       // e.g. "db_recovered"
    std::string detail;     // plain words, shown to staff as is
};

// Stores a new, unacknowledged notice and returns its id.
std::int64_t add_notice(Database& db, const std::string& kind, const std::string& detail,
                        const std::string& created_at);

// The notices not yet acknowledged, oldest first.
std::vector<StaffNotice> open_notices(Database& db);

// Marks the notice acknowledged at `at`. Acknowledging twice keeps the first time;
// an unknown id throws StoreError.
void acknowledge_notice(Database& db, std::int64_t id, const std::string& at);

} // namespace kiosk::store
