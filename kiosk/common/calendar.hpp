// Calendar dates without a time zone: "YYYY-MM-DD" text, day numbers, adding days, weekdays
// and ISO weeks. The one place for calendar arithmetic, shared by the kiosk, the receiver and
// the bundle tool (Howard Hinnant's date library, Debian's libhowardhinnant-date-dev).
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

// A proleptic Gregorian date, years 1..9999.
struct LocalDate {
    int y = 1970;
    int m = 1;
    int d = 1;

    // Only "YYYY-MM-DD" with a real day (no "2026-02-30"); years 1..9999.
    static std::optional<LocalDate> parse(std::string_view text);
    // The date when it exists (years 1..9999), else nullopt.
    static std::optional<LocalDate> from_ymd(int y, int m, int d);
    static LocalDate from_days(std::int64_t days); // days since 1970-01-01
    std::int64_t days() const;                     // days since 1970-01-01
    std::string format() const;                    // "YYYY-MM-DD"
    LocalDate add_days(std::int64_t n) const;
    int weekday() const;      // Monday = 0 .. Sunday = 6
    LocalDate monday() const; // the Monday that starts this date's week
    int iso_year() const;     // the ISO week-numbering year (may differ from y)
    int iso_week() const;     // 1..53

    // One number in date order (y, then m, then d), for comparing.
    constexpr std::int64_t key() const { return (std::int64_t{y} * 16 + m) * 32 + d; }
    friend constexpr bool operator==(const LocalDate& a, const LocalDate& b) {
        return a.key() == b.key();
    }
    friend constexpr auto operator<=>(const LocalDate& a, const LocalDate& b) {
        return a.key() <=> b.key();
    }
};

// The number written by `count` decimal digits at `at` ("2026-12-03", 5, 2 gives 12); -1 when
// any of them is not a digit. `text` must hold at + count characters.
int decimal_digits(std::string_view text, std::size_t at, std::size_t count);

} // namespace kiosk
