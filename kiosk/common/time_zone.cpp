// Local time through date/tz's zone rules; the database is the system's zoneinfo.
#include "time_zone.hpp"

#include <date/tz.h>

#include <cstdlib>

namespace kiosk {

TimeZone::TimeZone() = default;

std::optional<TimeZone> TimeZone::named(const std::string& name) {
    if (name == "UTC" || name == "Etc/UTC")
        return TimeZone{};
    try {
        TimeZone tz;
        tz.zone_ = date::locate_zone(name);
        tz.name_ = name;
        return tz;
    } catch (const std::exception&) {
        return std::nullopt; // not in this system's zoneinfo
    }
}

TimeZone TimeZone::system() {
    if (const char* env = std::getenv("TZ"); env && *env)
        if (auto tz = named(*env == ':' ? env + 1 : env))
            return *tz;
    try {
        TimeZone tz;
        tz.zone_ = date::current_zone();
        tz.name_ = std::string(tz.zone_->name());
        return tz;
    } catch (const std::exception&) {
        return TimeZone{}; // no /etc/localtime: UTC
    }
}

TimeZone::WallClock TimeZone::local(std::int64_t unix_seconds) const {
    const date::sys_seconds utc{std::chrono::seconds{unix_seconds}};
    const std::int64_t local_seconds =
        zone_ ? zone_->to_local(utc).time_since_epoch().count() : unix_seconds;
    const std::int64_t day =
        local_seconds >= 0 ? local_seconds / 86400 : -((-local_seconds + 86399) / 86400);
    const auto second_of_day = static_cast<int>(local_seconds - day * 86400);
    return {LocalDate::from_days(day), second_of_day / 60, second_of_day % 60};
}

std::int64_t TimeZone::to_utc(const LocalDate& date, int minutes) const {
    const std::int64_t local_seconds = date.days() * 86400 + std::int64_t{minutes} * 60;
    if (!zone_)
        return local_seconds;
    const date::local_seconds wall{std::chrono::seconds{local_seconds}};
    const date::local_info info = zone_->get_info(wall);
    switch (info.result) {
    case date::local_info::unique:
    case date::local_info::ambiguous: // the first occurrence, under the earlier offset
        return local_seconds - info.first.offset.count();
    case date::local_info::nonexistent: // in the gap: the offset from before it
        return local_seconds - info.first.offset.count();
    }
    return local_seconds - info.first.offset.count();
}

} // namespace kiosk
