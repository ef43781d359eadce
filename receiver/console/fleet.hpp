// The fleet: each kiosk's last health report (docs/upload-protocol.md, "kiosk.health") and the
// red flags it raises (docs/console.md, "Fleet"). Pure: the thresholds are here, tested alone.
#pragma once

#include "common/time_zone.hpp"
#include "core/opening_hours.hpp"
#include "event_store.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace console {

enum class FleetFlag {
    NotSeen,          // no report for 2 hours of its opening hours (see flags_for)
    QueueGrowing,     // events have waited over 2 hours, or over 1000 are waiting
    DiskNearlyFull,   // under 1 GiB free
    HotOrThrottled,   // 80 °C or more, or the Pi's firmware reports throttling or low power
    FailingFrames,    // the kiosk failed to draw frames since its start
    ContentFallbacks, // content fell back to another language or the built-in text
    UploadsFailing,   // the last upload attempt failed
};

struct KioskHealth {
    std::string kiosk_id;
    std::int64_t reported = 0; // occurred_at, unix seconds
    std::string version;
    std::optional<std::int64_t> queue_depth, oldest_waiting_s, free_disk_bytes;
    std::optional<double> cpu_temp_c;
    std::optional<bool> screen_on;
    bool throttling = false; // any flag, now or since the start
    std::int64_t frame_failures = 0, content_fallbacks = 0;
    std::string last_upload_error; // its kind, "" when the last attempt went through
    // The drop-in's opening hours in the kiosk's zone, when the report carries them.
    std::optional<kiosk::OpeningHours> opening_hours;
    kiosk::TimeZone zone;
};

// The report in row (a kiosk.health event); a field missing or of the wrong kind stays unknown.
KioskHealth read_health(const receiver::ExportRow& row);

// Not seen: silent for 2 hours of opening time (a night or a closed day does not count), or
// for 15 days at all. A report without opening hours (a kiosk without [screen] open, or an
// older one): silent for 2 hours while its last report said the screen was on, or 14 at all.
std::vector<FleetFlag> flags_for(const KioskHealth& kiosk, std::int64_t now_unix);

} // namespace console
