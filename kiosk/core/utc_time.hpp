// Wall-clock time as RFC 3339 UTC text ("2026-11-22T17:05:00Z"), the form stored and sent.
#pragma once

#include <chrono>
#include <string>

namespace kiosk {

std::string format_utc(std::chrono::system_clock::time_point time);
inline std::string utc_now() {
    return format_utc(std::chrono::system_clock::now());
}

} // namespace kiosk
