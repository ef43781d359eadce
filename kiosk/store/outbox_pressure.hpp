// Backpressure on the outbox: when the events take more room than the configured cap allows,
// make room without losing anything the server has not got. Delivered events go first (the
// server has them); then queued daily counters are merged into one event. Sign-ups,
// attendance and every other event are never dropped or merged: past the cap they are still
// recorded, and staff are told.
#pragma once

#include "store/database.hpp"

#include <cstdint>
#include <string>

namespace kiosk::store {

enum class PressureLevel {
    Ok,   // under 80% of the cap
    Near, // 80% of the cap or more: staff are warned
    Full  // at or over the cap after making room: staff must get the kiosk online
};

struct PressureResult {
    std::int64_t bytes_before = 0;
    std::int64_t bytes_after = 0;
    int pruned = 0; // delivered events deleted
    int merged = 0; // queued stats.daily events merged into one stats.days event
    PressureLevel level = PressureLevel::Ok;
};

// Called from time to time by the uploader. Does nothing below 80% of cap_bytes. At or above
// it: deletes delivered events; if the outbox is still at 80% or more, merges all queued
// stats.daily events (two or more) into one "stats.days" event (schema 1, occurred_at
// now_utc) with data {"kiosk_id", "from", "to", "days": [...], "counters": {...summed}},
// in one transaction, and points reach_days_closed at the new event.
PressureResult relieve_pressure(Database& db, std::int64_t cap_bytes, const std::string& kiosk_id,
                                const std::string& now_utc);

} // namespace kiosk::store
