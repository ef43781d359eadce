// The outbox side of the kiosk.health report (docs/upload-protocol.md, "kiosk.health"): at
// most one report waits to be sent, so reports never pile up while the kiosk is offline.
#pragma once

#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace kiosk::store {

struct HealthRecorded {
    std::string id;   // the new report's event id
    int replaced = 0; // queued reports it replaced
};

// In one transaction: deletes every queued kiosk.health event, then appends this one. A
// report in flight (being sent right now) is never deleted: the new one waits beside it.
HealthRecorded record_health(Database& db, const std::string& data_json,
                             const std::string& occurred_at);

// The events waiting to be sent (queued or in flight) other than health reports, and when
// the oldest of them happened (RFC 3339 UTC).
struct WaitingEvents {
    std::int64_t count = 0;
    std::optional<std::string> oldest_occurred_at;
};
WaitingEvents waiting_besides_health(Database& db);

} // namespace kiosk::store
