// Wall-clock instants as text: RFC 3339 UTC ("2026-11-22T17:05:00Z"), the form the kiosk
// stores and sends, and the HTTP date of RFC 9110 ("Sun, 22 Nov 2026 17:05:00 GMT", as in
// Retry-After). One parser and one formatter for each, shared by the kiosk, the receiver and
// the bundle tool; locale-free and thread-safe.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

// "2026-11-22T17:05:00Z" (whole seconds).
std::string format_utc(std::chrono::system_clock::time_point time);
std::string format_utc_unix(std::int64_t unix_seconds);
inline std::string utc_now() {
    return format_utc(std::chrono::system_clock::now());
}

// Whether a fraction of a second (".123") may stand before the Z. The kiosk writes whole
// seconds; the receiver accepts what other RFC 3339 writers send.
enum class Fraction { Refused, Allowed };

// Unix seconds of "YYYY-MM-DDTHH:MM:SS[.fraction]Z" with a real date and time (a leap second
// :60 counts as :59); nullopt for anything else, including offsets other than Z.
std::optional<std::int64_t> parse_utc(std::string_view text, Fraction fraction = Fraction::Refused);
inline bool is_utc_time(std::string_view text, Fraction fraction = Fraction::Refused) {
    return parse_utc(text, fraction).has_value();
}

// "Sun, 22 Nov 2026 17:05:00 GMT" and back (IMF-fixdate only).
std::string http_date(std::chrono::system_clock::time_point time);
std::optional<std::int64_t> parse_http_date(std::string_view text);

} // namespace kiosk
