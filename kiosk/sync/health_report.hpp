// The kiosk.health report (docs/upload-protocol.md, "kiosk.health"): its data built from
// plain readings, and when the uploader may record the next one (at most hourly, only with
// a trusted clock). Nothing about visitors goes in: no visits, no languages.
#pragma once

#include "core/device_health.hpp"
#include "core/opening_hours.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace kiosk::sync {

struct UploadError {
    std::string kind;              // problem_key: offline, timeout, tls, ...
    std::optional<std::string> at; // RFC 3339 UTC, when the failing attempt was made
};

struct HealthReport {
    std::string version; // the kiosk software's
    std::int64_t uptime_s = 0;
    std::int64_t queue_depth = 0; // events waiting, health reports not counted
    std::optional<std::int64_t> oldest_undelivered_age_s; // none: nothing waits
    std::optional<UploadError> last_upload_error;         // none: the last attempt went through
    AppHealth app;
    HardwareHealth hardware;
    // The drop-in's opening hours ([screen] open) and the zone they are read in, so the
    // console counts a silence in opening time only; none when the kiosk has none.
    std::optional<OpeningHours> opening_hours;
    std::string time_zone;
};

// The event's data: a JSON object. Readings the machine does not give are left out;
// bundle_version, oldest_undelivered_age_s and last_upload_error are null when there is none;
// opening_hours (every weekday, as the config writes it) and time_zone only when configured.
std::string health_json(const HealthReport& report);

// At most one report an hour, and none while the clock may be wrong (its time would be).
class HealthCadence {
  public:
    using Time = std::chrono::steady_clock::time_point;
    explicit HealthCadence(std::chrono::seconds every = std::chrono::hours(1)) : every_(every) {}
    bool due(Time now, bool clock_trusted) const {
        return clock_trusted && (!last_ || now - *last_ >= every_);
    }
    void recorded(Time now) { last_ = now; }

  private:
    std::chrono::seconds every_;
    std::optional<Time> last_;
};

} // namespace kiosk::sync
