// Tests for opening time between two moments (core/open_time.hpp): a night and a closed
// day count nothing, a range past midnight counts on both sides, the count stops at
// `enough`, a DST night is an hour shorter, and opening hours go out and come back as text.
#include "core/open_time.hpp"
#include "support/test_time.hpp"

#include <catch2/catch.hpp>

using namespace kiosk;
using kiosk::test::amsterdam;
using kiosk::test::utc;

namespace {

constexpr std::int64_t kHour = 3600, kForever = 1'000'000'000;

std::int64_t unix_at(std::chrono::system_clock::time_point t) {
    return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

OpeningHours weekdays_nine_to_five() {
    OpeningHours hours;
    for (int d = 0; d < 5; ++d)
        hours.days[static_cast<std::size_t>(d)] = {{9 * 60, 17 * 60}};
    return hours;
}

std::int64_t open_between(const OpeningHours& hours, std::chrono::system_clock::time_point from,
                          std::chrono::system_clock::time_point to,
                          std::int64_t enough = kForever) {
    return open_seconds_between(hours, amsterdam(), unix_at(from), unix_at(to), enough);
}

} // namespace

TEST_CASE("a night and a weekend count no opening time") {
    const OpeningHours hours = weekdays_nine_to_five();
    // Friday 4 December 2026, 16:30 in Amsterdam (15:30 UTC), to Monday 08:00 local.
    CHECK(open_between(hours, utc(2026, 12, 4, 15, 30), utc(2026, 12, 7, 7, 0)) == kHour / 2);
    // Tuesday 17:05 to Wednesday 08:55 local: closed all the time.
    CHECK(open_between(hours, utc(2026, 12, 8, 16, 5), utc(2026, 12, 9, 7, 55)) == 0);
    // Friday 16:30 to Monday 11:00 local: half an hour and two hours.
    CHECK(open_between(hours, utc(2026, 12, 4, 15, 30), utc(2026, 12, 7, 10, 0)) == 5 * kHour / 2);
}

TEST_CASE("a range past midnight counts before and after it, and counting stops at enough") {
    OpeningHours hours;
    hours.days[4] = {{20 * 60, 2 * 60}}; // Friday 20:00 to Saturday 02:00
    // Saturday 01:00 to 03:00 local: the hour left of Friday's range.
    CHECK(open_between(hours, utc(2026, 12, 5, 0, 0), utc(2026, 12, 5, 2, 0)) == kHour);
    // A whole week holds the six hours once.
    CHECK(open_between(hours, utc(2026, 12, 7, 0, 0), utc(2026, 12, 14, 0, 0)) == 6 * kHour);
    CHECK(open_between(hours, utc(2026, 12, 7, 0, 0), utc(2026, 12, 14, 0, 0), 2 * kHour) ==
          2 * kHour);
}

TEST_CASE("the spring DST night is an hour shorter, and only 15 days back are looked at") {
    OpeningHours hours;
    hours.days[6] = {{0, 24 * 60}}; // Sunday, all day
    // Sunday 29 March 2026 in Amsterdam has 23 hours.
    CHECK(open_between(hours, utc(2026, 3, 28, 12, 0), utc(2026, 3, 30, 12, 0)) == 23 * kHour);
    const OpeningHours weekdays = weekdays_nine_to_five();
    const std::int64_t to = unix_at(utc(2026, 12, 7, 7, 0)); // Monday 08:00 local
    const std::int64_t a_year =
        open_seconds_between(weekdays, amsterdam(), to - 365 * 86400, to, kForever);
    const std::int64_t two_weeks =
        open_seconds_between(weekdays, amsterdam(), to - 15 * 86400, to, kForever);
    CHECK(a_year == two_weeks);
    CHECK(two_weeks == 10 * 8 * kHour); // two working weeks of eight hours
    CHECK(open_seconds_between(weekdays, amsterdam(), to, to - 1, kForever) == 0);
}

TEST_CASE("opening hours go out as text and read back the same") {
    for (const std::string text :
         {"closed", "09:00-17:00", "09:00-12:30, 13:30-17:00", "20:00-02:00", "00:00-24:00"}) {
        std::string error;
        const auto ranges = parse_day_hours(text, error);
        REQUIRE(ranges);
        CHECK(format_day_hours(*ranges) == text);
    }
    for (int d = 0; d < 7; ++d)
        CHECK(weekday_index(weekday_name(d)) == d);
    CHECK(std::string(weekday_name(7)).empty());
}
