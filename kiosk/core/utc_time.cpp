// UTC formatting with gmtime_r (thread-safe, no locale).
#include "utc_time.hpp"

#include <ctime>

namespace kiosk {

std::string format_utc(std::chrono::system_clock::time_point time) {
    const std::time_t t = std::chrono::system_clock::to_time_t(time);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

} // namespace kiosk
