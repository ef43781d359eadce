// Back-off arithmetic and Retry-After parsing.
#include "sync/retry_policy.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <ctime>

namespace kiosk::sync {

namespace {

Seconds clamp_wait(double seconds) {
    return Seconds(std::clamp(seconds, 1.0, kBackoffCeiling.count()));
}

// IMF-fixdate only (RFC 9110 says senders must use it): "Sun, 22 Nov 2026 17:06:00 GMT".
std::optional<double> parse_http_date(const std::string& text) {
    static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char weekday[4] = {0}, month[4] = {0}, zone[4] = {0};
    int day = 0, year = 0, hour = 0, minute = 0, second = 0, used = 0;
    if (std::sscanf(text.c_str(), "%3s, %d %3s %d %d:%d:%d %3s%n", weekday, &day, month, &year,
                    &hour, &minute, &second, zone, &used) != 8 ||
        static_cast<std::size_t>(used) != text.size() || std::strcmp(zone, "GMT") != 0)
        return std::nullopt;
    int month_index = -1;
    for (int i = 0; i < 12; ++i)
        if (std::strcmp(month, kMonths[i]) == 0)
            month_index = i;
    if (month_index < 0 || day < 1 || day > 31 || year < 1970 || hour > 23 || minute > 59 ||
        second > 60)
        return std::nullopt;
    std::tm tm{};
    tm.tm_year = year - 1900;
    tm.tm_mon = month_index;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_sec = second;
    return static_cast<double>(timegm(&tm));
}

} // namespace

Seconds backoff_ceiling(int failures_in_a_row) {
    const int doublings = std::clamp(failures_in_a_row - 1, 0, 30);
    return std::min(kBackoffCeiling, kBackoffFloor * std::pow(2.0, doublings));
}

Seconds backoff_wait(int failures_in_a_row, double unit_random) {
    const Seconds ceiling = backoff_ceiling(failures_in_a_row);
    const double r = std::clamp(unit_random, 0.0, 1.0);
    return kBackoffFloor + (ceiling - kBackoffFloor) * r;
}

std::optional<Seconds> parse_retry_after(const std::string& value, double now_unix) {
    if (value.empty())
        return std::nullopt;
    if (std::all_of(value.begin(), value.end(),
                    [](unsigned char c) { return std::isdigit(c) != 0; })) {
        if (value.size() > 9)
            return clamp_wait(kBackoffCeiling.count());
        return clamp_wait(std::stod(value));
    }
    if (const auto when = parse_http_date(value))
        return clamp_wait(*when - now_unix);
    return std::nullopt;
}

} // namespace kiosk::sync
