// Reading health reports and judging them.
#include "fleet.hpp"

#include "common/rfc3339.hpp"
#include "core/open_time.hpp"

#include <nlohmann/json.hpp>

namespace console {

namespace {

using nlohmann::json;

template <typename T> std::optional<T> field(const json& data, const char* name) {
    const auto it = data.find(name);
    if (it == data.end() || it->is_null()) {
        return std::nullopt;
    }
    if constexpr (std::is_same_v<T, bool>) {
        return it->is_boolean() ? std::optional<T>(it->get<bool>()) : std::nullopt;
    } else if constexpr (std::is_same_v<T, std::string>) {
        return it->is_string() ? std::optional<T>(it->get<std::string>()) : std::nullopt;
    } else {
        return it->is_number() ? std::optional<T>(it->get<T>()) : std::nullopt;
    }
}

bool any_throttling(const json& data) {
    const auto it = data.find("throttling");
    if (it == data.end() || !it->is_object()) {
        return false;
    }
    for (const auto& [name, value] : it->items()) {
        if (value.is_boolean() && value.get<bool>()) {
            return true;
        }
    }
    return false;
}

// "opening_hours": every weekday as the kiosk's config writes it, and "time_zone". Anything
// missing or unreadable leaves the hours unknown (the older rule applies then).
void read_opening_hours(const json& data, KioskHealth& k) {
    const auto days = data.find("opening_hours");
    const auto zone_name = field<std::string>(data, "time_zone");
    if (days == data.end() || !days->is_object() || !zone_name)
        return;
    const auto zone = kiosk::TimeZone::named(*zone_name);
    if (!zone)
        return;
    kiosk::OpeningHours hours;
    for (int d = 0; d < 7; ++d) {
        const auto text = field<std::string>(*days, kiosk::weekday_name(d));
        std::string error;
        auto ranges = text ? kiosk::parse_day_hours(*text, error) : std::nullopt;
        if (!ranges)
            return;
        hours.days[static_cast<std::size_t>(d)] = std::move(*ranges);
    }
    k.opening_hours = std::move(hours);
    k.zone = *zone;
}

bool not_seen(const KioskHealth& k, std::int64_t now_unix) {
    constexpr std::int64_t kHour = 3600, kDay = 24 * kHour;
    const std::int64_t silent = now_unix - k.reported;
    if (k.opening_hours)
        return silent > 15 * kDay ||
               kiosk::open_seconds_between(*k.opening_hours, k.zone, k.reported, now_unix,
                                           2 * kHour) >= 2 * kHour;
    return (silent > 2 * kHour && k.screen_on.value_or(true)) || silent > 14 * kHour;
}

} // namespace

KioskHealth read_health(const receiver::ExportRow& row) {
    KioskHealth k;
    k.kiosk_id = row.kiosk_id;
    k.reported = kiosk::parse_utc(row.occurred_at, kiosk::Fraction::Allowed).value_or(0);
    const json data = json::parse(row.data_json, nullptr, false);
    if (!data.is_object()) {
        return k;
    }
    k.version = field<std::string>(data, "version").value_or("");
    k.queue_depth = field<std::int64_t>(data, "queue_depth");
    k.oldest_waiting_s = field<std::int64_t>(data, "oldest_undelivered_age_s");
    k.free_disk_bytes = field<std::int64_t>(data, "free_disk_bytes");
    k.cpu_temp_c = field<double>(data, "cpu_temp_c");
    k.screen_on = field<bool>(data, "screen_on");
    k.throttling = any_throttling(data);
    k.frame_failures = field<std::int64_t>(data, "frame_failures").value_or(0);
    k.content_fallbacks = field<std::int64_t>(data, "content_fallbacks").value_or(0);
    if (const auto error = data.find("last_upload_error");
        error != data.end() && error->is_object()) {
        k.last_upload_error = field<std::string>(*error, "kind").value_or("other");
    }
    read_opening_hours(data, k);
    return k;
}

std::vector<FleetFlag> flags_for(const KioskHealth& k, std::int64_t now_unix) {
    constexpr std::int64_t kHour = 3600;
    std::vector<FleetFlag> flags;
    if (not_seen(k, now_unix)) {
        flags.push_back(FleetFlag::NotSeen);
    }
    if (k.oldest_waiting_s.value_or(0) > 2 * kHour || k.queue_depth.value_or(0) > 1000) {
        flags.push_back(FleetFlag::QueueGrowing);
    }
    if (k.free_disk_bytes && *k.free_disk_bytes < (std::int64_t{1} << 30)) {
        flags.push_back(FleetFlag::DiskNearlyFull);
    }
    if (k.throttling || k.cpu_temp_c.value_or(0) >= 80.0) {
        flags.push_back(FleetFlag::HotOrThrottled);
    }
    if (k.frame_failures > 0) {
        flags.push_back(FleetFlag::FailingFrames);
    }
    if (k.content_fallbacks > 0) {
        flags.push_back(FleetFlag::ContentFallbacks);
    }
    if (!k.last_upload_error.empty()) {
        flags.push_back(FleetFlag::UploadsFailing);
    }
    return flags;
}

} // namespace console
