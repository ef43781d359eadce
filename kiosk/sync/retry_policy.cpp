// Back-off arithmetic and Retry-After parsing.
#include "sync/retry_policy.hpp"

#include "common/rfc3339.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace kiosk::sync {

namespace {

Seconds clamp_wait(double seconds) {
    return Seconds(std::clamp(seconds, 1.0, kBackoffCeiling.count()));
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
    // IMF-fixdate only (RFC 9110 says senders must use it).
    if (const auto when = parse_http_date(value))
        return clamp_wait(static_cast<double>(*when) - now_unix);
    return std::nullopt;
}

} // namespace kiosk::sync
