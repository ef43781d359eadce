// Building the kiosk.health data.
#include "sync/health_report.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace kiosk::sync {

namespace {

using nlohmann::json;

json throttling_json(const Throttling& t) {
    return {{"under_voltage_now", t.under_voltage_now},
            {"freq_capped_now", t.freq_capped_now},
            {"throttled_now", t.throttled_now},
            {"soft_temp_limit_now", t.soft_temp_limit_now},
            {"under_voltage_since_boot", t.under_voltage_since_boot},
            {"freq_capped_since_boot", t.freq_capped_since_boot},
            {"throttled_since_boot", t.throttled_since_boot},
            {"soft_temp_limit_since_boot", t.soft_temp_limit_since_boot}};
}

template <typename T> json or_null(const std::optional<T>& value) {
    return value ? json(*value) : json(nullptr);
}

} // namespace

std::string health_json(const HealthReport& r) {
    json data = {{"version", r.version},
                 {"uptime_s", r.uptime_s},
                 {"queue_depth", r.queue_depth},
                 {"oldest_undelivered_age_s", or_null(r.oldest_undelivered_age_s)},
                 {"last_upload_error", nullptr},
                 {"bundle_version", or_null(r.app.bundle_version)},
                 {"screen_on", r.app.screen_on},
                 {"frame_failures", r.app.frame_failures},
                 {"content_fallbacks", r.app.content_fallbacks}};
    if (r.last_upload_error) {
        data["last_upload_error"] = {{"kind", r.last_upload_error->kind},
                                     {"at", or_null(r.last_upload_error->at)}};
    }
    const HardwareHealth& h = r.hardware;
    if (h.free_disk_bytes)
        data["free_disk_bytes"] = *h.free_disk_bytes;
    if (h.cpu_temp_c)
        data["cpu_temp_c"] = std::round(*h.cpu_temp_c * 10.0) / 10.0; // tenths of a degree
    if (h.throttling)
        data["throttling"] = throttling_json(*h.throttling);
    if (r.opening_hours) {
        json days = json::object();
        for (int d = 0; d < 7; ++d)
            days[weekday_name(d)] =
                format_day_hours(r.opening_hours->days[static_cast<std::size_t>(d)]);
        data["opening_hours"] = days;
        data["time_zone"] = r.time_zone;
    }
    return data.dump();
}

} // namespace kiosk::sync
