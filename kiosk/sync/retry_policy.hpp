// When to try again (docs/upload-protocol.md): full-jitter exponential back-off from 5 s up
// to 15 min after failures, Retry-After for 429/503, a slow fixed pace while the server
// refuses the kiosk's credentials. Pure functions: the caller supplies time and randomness.
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace kiosk::sync {

using Seconds = std::chrono::duration<double>;

inline constexpr Seconds kBackoffFloor{5.0};
inline constexpr Seconds kBackoffCeiling{15.0 * 60.0};
inline constexpr Seconds kRefusedPace{15.0 * 60.0};

// The longest wait after the n-th failure in a row (n >= 1): min(15 min, 5 s * 2^(n-1)).
Seconds backoff_ceiling(int failures_in_a_row);

// The wait after the n-th failure in a row: uniformly between 5 s and backoff_ceiling(n);
// `unit_random` is in [0, 1).
Seconds backoff_wait(int failures_in_a_row, double unit_random);

// Reads a Retry-After value: delta seconds ("120") or an HTTP-date
// ("Sun, 22 Nov 2026 17:06:00 GMT", relative to now_unix seconds). The result is clamped to
// 1 s .. 15 min. Nothing when the value is missing or unreadable.
std::optional<Seconds> parse_retry_after(const std::string& value, double now_unix);

} // namespace kiosk::sync
