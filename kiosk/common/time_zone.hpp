// The kiosk's time zone, without the process environment: an IANA zone from the system's
// zoneinfo (Howard Hinnant's date/tz, USE_OS_TZDB), so local dates and wall-clock times are
// computed the same on every thread and nothing calls setenv("TZ") or tzset() after start.
#pragma once

#include "calendar.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace date {
class time_zone;
}

namespace kiosk {

class TimeZone {
  public:
    // UTC until told otherwise.
    TimeZone();
    // A zone by its IANA name ("Europe/Amsterdam"); nullopt when the system does not know it.
    static std::optional<TimeZone> named(const std::string& name);
    // The system's zone: $TZ when it names a zone, else /etc/localtime, else UTC.
    static TimeZone system();

    const std::string& name() const { return name_; }

    struct WallClock {
        LocalDate date;
        int minutes = 0; // since local midnight
        int seconds = 0; // within the minute
    };
    WallClock local(std::int64_t unix_seconds) const;
    LocalDate date_at(std::int64_t unix_seconds) const { return local(unix_seconds).date; }
    // Unix seconds of `minutes` past local midnight on `date`. A time in a spring-forward gap
    // is read with the offset from before the gap (02:30 becomes 03:30); a time that occurs
    // twice in the autumn is its first occurrence.
    std::int64_t to_utc(const LocalDate& date, int minutes) const;

  private:
    const date::time_zone* zone_ = nullptr; // null: UTC
    std::string name_ = "UTC";
};

} // namespace kiosk
