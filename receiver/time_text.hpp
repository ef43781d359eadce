// Wall-clock times as text: RFC 3339 UTC for stored times, IMF-fixdate for HTTP headers.
#pragma once

#include <chrono>
#include <string>

namespace receiver {

// "2026-11-22T17:05:00Z"
std::string rfc3339_utc(std::chrono::system_clock::time_point time);
inline std::string utc_now() {
    return rfc3339_utc(std::chrono::system_clock::now());
}

// "Sun, 22 Nov 2026 17:05:00 GMT" (RFC 9110 IMF-fixdate, as in Retry-After), locale-free.
std::string http_date(std::chrono::system_clock::time_point time);

} // namespace receiver
