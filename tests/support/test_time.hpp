// Test helpers for local time: the kiosk's usual zone (Europe/Amsterdam) from the system's
// zoneinfo, and utc(), a moment from a UTC date and time, so local-time code is tested in
// the kiosk's time zone on any machine without touching the process environment.
#pragma once

#include "common/calendar.hpp"
#include "common/time_zone.hpp"

#include <chrono>
#include <stdexcept>

namespace kiosk::test {

inline const TimeZone& amsterdam() {
    static const TimeZone zone = [] {
        const auto z = TimeZone::named("Europe/Amsterdam");
        if (!z)
            throw std::runtime_error("no Europe/Amsterdam in this system's zoneinfo (tzdata)");
        return *z;
    }();
    return zone;
}

// The moment of a UTC date and time.
inline std::chrono::system_clock::time_point utc(int year, int month, int day, int hour,
                                                 int minute) {
    const std::int64_t days = LocalDate{year, month, day}.days();
    return std::chrono::system_clock::time_point(
        std::chrono::seconds(days * 86400 + hour * 3600 + minute * 60));
}

} // namespace kiosk::test
